import type { ApolloServerPlugin, GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import { BREAK, DocumentNode, GraphQLError, Kind, visit } from 'graphql';
import { RequestContext } from '../common/request-context';
import { AuthService } from '../modules/auth/auth.service';
import { ListCountsCache } from './list-counts';
import { MAX_QUERY_COST, queryCost } from './query-cost';

/**
 * Worst-case costs by document and operation: Apollo reuses the parsed document of a repeated
 * query (the status page's, the board's), so the common case costs a look-up. Documents whose
 * cost can change with their variables (a list size `limit: $n`, or `@include(if: $x)` /
 * `@skip(if: $x)`) are computed every time.
 */
const worstCases = new WeakMap<DocumentNode, Map<string, number>>();

function costVariesWithVariables(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Argument(node) {
      if ((node.name.value === 'limit' || node.name.value === 'first') && node.value.kind === Kind.VARIABLE) {
        found = true;
        return BREAK;
      }
      return undefined;
    },
    Directive(node) {
      if (node.arguments?.some((argument) => argument.value.kind === Kind.VARIABLE)) {
        found = true;
        return BREAK;
      }
      return undefined;
    },
  });
  return found;
}

const refusal = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });

/**
 * Refuses an operation whose cost (query-cost.ts) is over the limit before anything runs: first
 * with the declared list bounds (no query), and only when that worst case is over the limit
 * again with the organization's actual list sizes. (Answers too large to send are stopped at the
 * HTTP layer: `capResponseSize` in http/configure-http.ts.)
 */
export function queryCostPlugin(auth: AuthService, counts: ListCountsCache): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(request: GraphQLRequestContextDidResolveOperation<RequestContext>) {
          const { schema, document, operationName } = request;
          const variables = request.request.variables;
          let worstCase: number;
          const cached = worstCases.get(document);
          const key = operationName ?? '';
          try {
            if (cached?.has(key)) {
              worstCase = cached.get(key)!;
            } else {
              worstCase = queryCost(schema, document, variables, operationName ?? undefined);
              if (!costVariesWithVariables(document)) worstCases.set(document, (cached ?? new Map<string, number>()).set(key, worstCase));
            }
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
      };
    },
  };
}
