/**
 * A fake `fetch` for the candidate status page, which talks to /graphql with plain fetch (no
 * urql). Answers are keyed by operation name; everything the page sent is recorded.
 */
export type FetchAnswer =
  | { data: Record<string, unknown>; errors?: never }
  | { data?: null; errors: Array<{ message: string; extensions: Record<string, unknown> }> }
  | 'pending'
  | 'network-error';

export type FetchResolvers = Record<string, (variables: Record<string, unknown>) => FetchAnswer>;

export interface FetchCall {
  url: string;
  init: RequestInit;
  operationName: string;
  query: string;
  variables: Record<string, unknown>;
}

export function installFakeFetch(resolvers: FetchResolvers) {
  const calls: FetchCall[] = [];
  const original = globalThis.fetch;
  const fake = jest.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const body = JSON.parse(String(init.body)) as { query: string; variables: Record<string, unknown> };
    const operationName = /\b(?:query|mutation)\s+(\w+)/.exec(body.query)?.[1] ?? '(anonymous)';
    calls.push({ url: String(input), init, operationName, query: body.query, variables: body.variables });
    const resolve = resolvers[operationName];
    if (!resolve) throw new Error(`No fake answer for operation ${operationName}`);
    const answer = resolve(body.variables);
    if (answer === 'pending') return new Promise<Response>(() => undefined);
    if (answer === 'network-error') throw new TypeError('Failed to fetch');
    const status = answer.errors?.some((e) => e.extensions.code === 'TOO_MANY_REQUESTS') ? 429 : 200;
    return { ok: status === 200, status, json: async () => answer } as unknown as Response;
  });
  globalThis.fetch = fake as unknown as typeof fetch;
  return {
    calls,
    called: (name: string) => calls.filter((call) => call.operationName === name),
    restore: () => {
      globalThis.fetch = original;
    },
  };
}

export function apiError(code: string, message: string, extensions: Record<string, unknown> = {}) {
  return { errors: [{ message, extensions: { code, ...extensions } }] };
}
