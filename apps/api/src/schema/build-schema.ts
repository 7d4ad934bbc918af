import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { SCALARS_MAP } from '../graphql/graphql-options';
import { RESOLVERS } from './resolvers';

/** The SDL of the API exactly as the running server builds it (code-first). */
export async function buildSchemaSdl(): Promise<string> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  try {
    const schema = await app.get(GraphQLSchemaFactory).create(RESOLVERS, { scalarsMap: SCALARS_MAP, numberScalarMode: 'integer' });
    const header = '# Generated from the code-first resolvers by `npm run schema`. Do not edit.\n\n';
    return header + printSchema(lexicographicSortSchema(schema)) + '\n';
  } finally {
    await app.close();
  }
}
