import { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { formatGraphQLError } from '../common/graphql-error.formatter';
import { CandorRequest, RequestContext } from '../common/request-context';
import { CalendarDateScalar } from '../common/scalars/calendar-date.scalar';
import { DateTimeScalar } from '../common/scalars/date-time.scalar';
import { AuthService } from '../modules/auth/auth.service';
import { LoaderRegistry } from '../modules/loaders/loader-registry';
import { graphqlOperationPlugin } from '../observability/graphql-operation';
import { ListCountsCache } from './list-counts';
import { queryCostPlugin } from './query-cost.plugin';

/**
 * Limits on the shape of one request (graphql-armor): depth, aliases, directives, tokens. The
 * cost of what it asks for, lists multiplied out, is limited by the query-cost plugin.
 */
export const QUERY_LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxDirectives: 20,
  maxTokens: 3000,
};

export const SCALARS_MAP = [{ type: Date, scalar: DateTimeScalar }];
export const SCALARS = [DateTimeScalar, CalendarDateScalar];

export function graphqlOptions(config: AppConfig, dataSource: DataSource, auth: AuthService): ApolloDriverConfig {
  const production = config.nodeEnv === 'production';
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, flattenFragments: true },
    costLimit: { enabled: false },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    maxTokens: { n: QUERY_LIMITS.maxTokens },
    blockFieldSuggestion: { enabled: production },
  }).protect();
  return {
    autoSchemaFile: true,
    sortSchema: true,
    buildSchemaOptions: { scalarsMap: SCALARS_MAP, numberScalarMode: 'integer' },
    resolvers: { Date: CalendarDateScalar, DateTime: DateTimeScalar },
    path: '/graphql',
    playground: false,
    introspection: !production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    // No HTTP caching of GraphQL answers (every one is private: no-store), so no per-field cache hints.
    plugins: [graphqlOperationPlugin(), ...armor.plugins, queryCostPlugin(auth, new ListCountsCache(dataSource)), ApolloServerPluginCacheControlDisabled()],
    validationRules: armor.validationRules,
    formatError: formatGraphQLError,
    context: ({ req, res }: { req: Request; res: Response }): RequestContext => {
      const request = req as CandorRequest;
      return { req: request, res, loaders: new LoaderRegistry(dataSource, () => request.actor?.organizationId) };
    },
  };
}
