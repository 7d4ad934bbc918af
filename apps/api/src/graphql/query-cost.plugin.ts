import type { ApolloServerPlugin, GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { RequestContext } from '../common/request-context';
import { AuthService } from '../modules/auth/auth.service';
import { ListCountsCache } from './list-counts';
import { MAX_QUERY_COST, queryCost } from './query-cost';

const refusal = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });

/**
 * Refuses an operation whose cost (query-cost.ts) is over the limit before anything runs: first
 * with the declared list bounds (no query), and only when that worst case is over the limit
 * again with the organization's actual list sizes. Also refuses to send an answer larger than
 * `maxResponseBytes` (JSON characters): a backstop after the cost check.
 */
export function queryCostPlugin(auth: AuthService, counts: ListCountsCache, maxResponseBytes: number): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(request: GraphQLRequestContextDidResolveOperation<RequestContext>) {
          const { schema, document, operationName } = request;
          const variables = request.request.variables;
          let worstCase: number;
          try {
            worstCase = queryCost(schema, document, variables, operationName ?? undefined);
          } catch {
            // Variables that do not fit the operation: execution refuses them (BAD_USER_INPUT) before any resolver runs.
            return;
          }
          if (worstCase <= MAX_QUERY_COST) return;
          const actor = await auth.actorOf(request.contextValue.req);
          const cost = actor ? queryCost(schema, document, variables, operationName ?? undefined, await counts.of(actor.organizationId)) : Infinity;
          if (cost > MAX_QUERY_COST) {
            throw refusal(
              `This query asks for too much at once (an estimated ${Number.isFinite(cost) ? cost.toLocaleString('en-US') : 'unbounded'} fields; the limit is ${MAX_QUERY_COST.toLocaleString('en-US')}). Ask for fewer nested lists or fields, or page with limit.`,
            );
          }
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.data) return;
          if (JSON.stringify(response.body.singleResult.data).length > maxResponseBytes) {
            // Errors are already formatted at this point: the contract's shape, written out.
            response.body.singleResult = {
              errors: [{ message: `The answer would be larger than ${(maxResponseBytes / 1_000_000).toLocaleString('en-US')} MB; ask for fewer fields or items.`, extensions: { code: 'BAD_USER_INPUT' } }],
            };
          }
        },
      };
    },
  };
}
