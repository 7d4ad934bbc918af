import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  getNamedType,
  GraphQLField,
  GraphQLInputType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
} from 'graphql';

/** The committed schema, read the way outside clients read it. */
export const committedSchema: GraphQLSchema = buildSchema(readFileSync(join(__dirname, '..', '..', 'schema.gql'), 'utf8'));

export type OperationKind = 'query' | 'mutation';

export function operationField(kind: OperationKind, name: string): GraphQLField<unknown, unknown> {
  return (kind === 'query' ? committedSchema.getQueryType() : committedSchema.getMutationType())!.getFields()[name];
}

/** Every query and mutation of the schema. */
export function allOperations(): { kind: OperationKind; name: string }[] {
  return [
    ...Object.keys(committedSchema.getQueryType()!.getFields()).map((name) => ({ kind: 'query' as const, name })),
    ...Object.keys(committedSchema.getMutationType()!.getFields()).map((name) => ({ kind: 'mutation' as const, name })),
  ];
}

/** A document that calls the operation with all its arguments as variables and asks for __typename only. */
export function documentFor(kind: OperationKind, name: string): string {
  const field = operationField(kind, name);
  const params = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const named = getNamedType(field.type);
  const selection = 'getFields' in named ? ' { __typename }' : '';
  return `${kind}${params ? `(${params})` : ''} { ${name}${args ? `(${args})` : ''}${selection} }`;
}

/**
 * Variables of the right types that name nothing real: unknown IDs, empty strings, the first
 * enum value, required fields only. They pass GraphQL's type check, so an answer tells what the
 * API's own checks (access, then validation or look-up) decided.
 */
export function placeholderVariables(kind: OperationKind, name: string): Record<string, unknown> {
  const variables: Record<string, unknown> = {};
  for (const arg of operationField(kind, name).args) {
    if (isNonNullType(arg.type)) variables[arg.name] = placeholderValue(arg.type);
  }
  return variables;
}

function placeholderValue(type: GraphQLInputType): unknown {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return [placeholderValue(inner.ofType)];
  const named = getNamedType(inner);
  if (isEnumType(named)) return named.getValues()[0].value;
  if (isInputObjectType(named)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(named.getFields())) if (isNonNullType(field.type)) value[field.name] = placeholderValue(field.type);
    return value;
  }
  switch (named.name) {
    case 'ID':
      return randomUUID();
    case 'Int':
      return 1;
    case 'Boolean':
      return false;
    case 'Date':
      return '2000-01-01';
    case 'DateTime':
      return '2000-01-01T00:00:00.000Z';
    default:
      return '';
  }
}
