import { cacheExchange, Client, fetchExchange } from '@urql/core';

interface ClientOptions {
  /** Replaces the browser's fetch (tests). */
  fetch?: typeof fetch;
}

/**
 * The API is on the same origin and keeps the session in an HttpOnly cookie, so requests carry
 * the cookie and no token. Every operation is a JSON POST: the API's CSRF prevention refuses
 * simple requests (GETs and form posts).
 */
export function createGraphqlClient(options: ClientOptions = {}): Client {
  return new Client({
    url: '/graphql',
    exchanges: [cacheExchange, fetchExchange],
    preferGetMethod: false,
    fetchOptions: { credentials: 'same-origin' },
    fetch: options.fetch,
  });
}
