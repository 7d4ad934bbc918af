import { codeOf, startTestApp, TestApp } from './support/test-app';
import { Fixtures, SignedIn } from './support/fixtures';

describe('GraphQL request limits and HTTP hardening', () => {
  let t: TestApp;
  let admin: SignedIn;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await new Fixtures(t).signUp('Limits');
  });
  afterAll(() => t.close());

  it('refuses queries nested deeper than the limit', async () => {
    let selection = 'id';
    for (let i = 0; i < 6; i++) selection = `candidates { job { ${selection} } }`;
    const res = await t.gql(`{ jobs { ${selection} } }`, {}, admin.token);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toMatch(/depth/i);
  });

  it('refuses too many aliases', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: me { member { id } }`).join(' ');
    const res = await t.gql(`{ ${aliases} }`, {}, admin.token);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toMatch(/alias/i);
  });

  it('refuses oversized documents', async () => {
    const fields = Array.from({ length: 1200 }, () => 'id').join(' ');
    const res = await t.gql(`{ jobs { ${fields} } }`, {}, admin.token);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
  });

  it('refuses batched requests', async () => {
    const res = await t
      .http()
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('authorization', `Bearer ${admin.token}`)
      .send([{ query: '{ jobs { id } }' }, { query: '{ jobs { id } }' }]);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(JSON.stringify(res.body ?? res.text)).not.toContain('"jobs"');
  });

  it('answers syntax errors and unknown fields with BAD_USER_INPUT', async () => {
    expect(codeOf(await t.gql('{ jobs { id ', {}, admin.token))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql('{ jobs { salary } }', {}, admin.token))).toBe('BAD_USER_INPUT');
  });

  it('blocks cross-site GET requests (CSRF prevention)', async () => {
    const res = await t.http().get('/graphql').query({ query: '{ jobs { id } }' }).set('authorization', `Bearer ${admin.token}`);
    expect(res.status).toBe(400);
    expect(res.text).toMatch(/CSRF|preflight/i);
  });

  it('serves health, robots.txt and strict security headers', async () => {
    const health = await t.http().get('/health');
    expect(health.status).toBe(200);
    expect(health.body).toEqual({ status: 'ok', database: 'up' });
    expect(health.headers['referrer-policy']).toBe('no-referrer');
    expect(health.headers['x-content-type-options']).toBe('nosniff');
    expect(health.headers['content-security-policy']).toMatch(/default-src 'self'/);
    const robots = await t.http().get('/robots.txt');
    expect(robots.text).toMatch(/Disallow: \/status/);
  });

  it('turns introspection off in production', async () => {
    const prod = await startTestApp({ NODE_ENV: 'production' });
    try {
      const res = await prod.gql('{ __schema { types { name } } }');
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].message).toMatch(/introspection/i);
    } finally {
      await prod.close();
    }
    const dev = await t.gql('{ __schema { queryType { name } } }');
    expect(dev.data!.__schema.queryType.name).toBe('Query');
  });
});
