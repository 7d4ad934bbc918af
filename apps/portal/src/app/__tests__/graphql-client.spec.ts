import { MeQuery } from '../../modules/auth/graphql/auth.graphql';
import { createGraphqlClient } from '../graphql-client';

describe('GraphQL client', () => {
  it('POSTs JSON to /graphql on the same origin with the session cookie and no token', async () => {
    const body = { data: { me: { member: { id: 'm1' }, organization: { id: 'o1' } } } };
    const fetch = jest.fn(async (_url: RequestInfo | URL, _init?: RequestInit) => ({
      status: 200,
      statusText: 'OK',
      headers: { get: () => 'application/json' },
      text: async () => JSON.stringify(body),
    }));
    const client = createGraphqlClient({ fetch: fetch as unknown as typeof globalThis.fetch });

    const result = await client.query(MeQuery, {}).toPromise();

    expect(result.data?.me.member.id).toBe('m1');
    expect(fetch).toHaveBeenCalledTimes(1);
    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe('/graphql');
    expect(init?.method).toBe('POST');
    expect(init?.credentials).toBe('same-origin');
    const headers = init?.headers as Record<string, string>;
    expect(headers['content-type']).toBe('application/json');
    expect(headers).not.toHaveProperty('authorization');
    expect(JSON.parse(String(init?.body))).toMatchObject({ operationName: 'Me' });
  });
});
