import type { ApolloServerPlugin } from '@apollo/server';
import type { Request } from 'express';
import { RequestContext } from '../common/request-context';
import { knownOperationNames, OTHER_OPERATION } from './known-operations';

/** What one GraphQL request was, as its log line and metrics tell it. */
export interface GraphqlOperation {
  /** The operation's name as the client gave it (a GraphQL name, so never free text), or null. */
  name: string | null;
  /** The metrics label: a known name (knownOperationNames) or "other". */
  label: string;
  type: 'query' | 'mutation' | 'subscription' | 'unknown';
  /** false when the answer carried errors. */
  ok: boolean;
}

const OPERATION = Symbol('candor.graphqlOperation');
const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;

let known = new Set<string>();

/** The GraphQL operation of a finished /graphql request, or undefined when none was read. */
export function graphqlOperationOf(req: Request): GraphqlOperation | undefined {
  const tagged = (req as unknown as Record<symbol, GraphqlOperation | undefined>)[OPERATION];
  if (tagged) return tagged;
  // A request Apollo refused before resolving an operation (unparsable, invalid): the name it claimed.
  const claimed = (req.body as { operationName?: unknown } | undefined)?.operationName ?? req.query?.operationName;
  const name = typeof claimed === 'string' && GRAPHQL_NAME.test(claimed) ? claimed : null;
  return req.path === '/graphql' || req.originalUrl?.startsWith('/graphql') ? { name, label: labelOf(name), type: 'unknown', ok: false } : undefined;
}

function labelOf(name: string | null): string {
  return name && known.has(name) ? name : OTHER_OPERATION;
}

/**
 * Tags each GraphQL request with its operation (name, type, errors or not) for the request log
 * and the metrics (request-observer.ts), and learns the schema's operation names at start.
 */
export function graphqlOperationPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async serverWillStart({ schema }) {
      known = knownOperationNames(schema);
    },
    async requestDidStart({ contextValue }) {
      const tag = (operation: GraphqlOperation) => {
        (contextValue.req as unknown as Record<symbol, GraphqlOperation>)[OPERATION] = operation;
      };
      return {
        async didResolveOperation({ operationName, operation }) {
          const name = operationName && GRAPHQL_NAME.test(operationName) ? operationName : null;
          tag({ name, label: labelOf(name), type: operation?.operation ?? 'unknown', ok: true });
        },
        async willSendResponse({ response }) {
          const tagged = graphqlOperationOf(contextValue.req);
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          if (tagged) tag({ ...tagged, ok: !errors?.length && tagged.type !== 'unknown' });
        },
      };
    },
  };
}
