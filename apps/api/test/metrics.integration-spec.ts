import { randomBytes } from 'node:crypto';
import { FINAL_STAGE_KINDS } from '@candor/domain';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PORTAL_OPERATIONS } from '../src/observability/known-operations';
import { startBuiltApi } from './support/built-api';
import { fileDatabaseUrl } from './support/file-database';
import { expectNoErrors, Fixtures } from './support/fixtures';
import { SmtpSink } from './support/smtp-sink';
import { randomAddress, startTestApp, TestApp, uniqueEmail } from './support/test-app';
import { waitFor } from './support/wait-for';

const METRICS_TOKEN = 'metrics-token-for-the-tests-0123456789';

/** The sum of a metric's samples whose labels include `labels` (Prometheus text format); 0 when there is none. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  let total = 0;
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const given = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(labels).every(([key, value]) => given[key] === value)) {
      total += Number(match[3]);
    }
  }
  return total;
}

describe('GET /metrics', () => {
  const sink = new SmtpSink();
  let t: TestApp;
  let f: Fixtures;

  const scrape = async (app: TestApp = t) => {
    const res = await app.http().get('/metrics').set('authorization', `Bearer ${METRICS_TOKEN}`);
    expect(res.status).toBe(200);
    return res.text;
  };
  const named = (query: string, variables: Record<string, unknown> = {}, token?: string) => {
    const req = t.http().post('/graphql').set('content-type', 'application/json').set('x-forwarded-for', randomAddress());
    if (token) req.set('authorization', `Bearer ${token}`);
    return req.send({ query, variables });
  };

  beforeAll(async () => {
    await sink.start();
    t = await startTestApp({ SMTP_URL: sink.url, METRICS_TOKEN, EMAIL_MAX_ATTEMPTS: '1' });
    f = new Fixtures(t);
    t.clock.set('2026-11-25T10:00:00Z');
  });
  afterAll(async () => {
    await t.close();
    await sink.stop();
  });

  it('answers only the bearer METRICS_TOKEN, in the Prometheus text format, and is 404 when the token is unset', async () => {
    expect((await t.http().get('/metrics')).status).toBe(401);
    expect((await t.http().get('/metrics').set('authorization', 'Bearer not-the-token-at-all-000000')).status).toBe(401);
    expect((await t.http().get('/metrics').set('authorization', `Basic ${METRICS_TOKEN}`)).status).toBe(401);
    const ok = await t.http().get('/metrics').set('authorization', `Bearer ${METRICS_TOKEN}`).set('accept', '*/*');
    expect(ok.status).toBe(200);
    expect(ok.headers['content-type']).toMatch(/^text\/plain;.*version=0\.0\.4/);
    expect(ok.text).toMatch(/^process_cpu_user_seconds_total /m);
    expect(ok.text).toMatch(/^candor_email_sends_total\{result="refused"\} 0$/m); // every result's series is there from the start
    // The Grafana dashboard in docs/ asks only for metrics that exist.
    const dashboard = readFileSync(join(__dirname, '..', '..', '..', 'docs', 'grafana-dashboard.json'), 'utf8');
    const asked = new Set([...dashboard.matchAll(/\b((?:candor|process|nodejs)_[a-z0-9_]+?)(?:_bucket)?\b/g)].map((m) => m[1]));
    expect(asked.size).toBeGreaterThan(8);
    for (const name of asked) expect(ok.text).toContain(`# TYPE ${name} `);

    const off = await startTestApp({}, await fileDatabaseUrl());
    try {
      const res = await off.http().get('/metrics').set('authorization', `Bearer ${METRICS_TOKEN}`).set('accept', 'text/html,*/*');
      expect(res.status).toBe(404);
      expect(res.text).not.toMatch(/candor_|<html/i);
    } finally {
      await off.close();
    }
  });

  it('counts GraphQL requests per known operation name and HTTP requests per route class, with no organization in any label', async () => {
    const email = uniqueEmail('metrics');
    const signUp = await named('mutation SignUp($i: SignUpInput!) { signUp(input: $i) { accessToken } }', {
      i: { organizationName: 'Metrics Org', name: 'Mia Metrics', email, password: 'correct horse battery' },
    });
    const token = signUp.body.data.signUp.accessToken as string;
    const before = await scrape();
    const me = await named('query Me { me { organization { id } } }', {}, token);
    const organizationId = me.body.data.me.organization.id as string;
    await named('query Me { me { organization { id } } }', {}, token);
    await named('query Me { me { organization { id } } }'); // no session: an error
    await named('query MyOwnNameForIt { me { organization { id } } }', {}, token);
    await named('query moveCandidate { me { organization { id } } }', {}, token); // a schema field's name is a known name too
    await t.http().get('/health/live');
    const after = await scrape();

    const ok = { operation: 'Me', type: 'query', outcome: 'ok' };
    expect(sample(after, 'candor_graphql_requests_total', ok) - sample(before, 'candor_graphql_requests_total', ok)).toBe(2);
    expect(sample(after, 'candor_graphql_requests_total', { operation: 'Me', outcome: 'error' })).toBe(1);
    expect(sample(after, 'candor_graphql_requests_total', { operation: 'SignUp', type: 'mutation', outcome: 'ok' })).toBe(1);
    expect(sample(after, 'candor_graphql_requests_total', { operation: 'other' })).toBeGreaterThanOrEqual(1);
    expect(sample(after, 'candor_graphql_requests_total', { operation: 'moveCandidate' })).toBe(1);
    expect(after).not.toContain('MyOwnNameForIt');
    expect(sample(after, 'candor_graphql_request_duration_seconds_count', { operation: 'Me', type: 'query' })).toBe(3);
    expect(sample(after, 'candor_http_requests_total', { route: 'graphql', method: 'POST', status: '2xx' })).toBeGreaterThanOrEqual(5);
    expect(sample(after, 'candor_http_requests_total', { route: 'health', method: 'GET', status: '2xx' })).toBe(1);
    expect(sample(after, 'candor_http_requests_total', { route: 'metrics', method: 'GET', status: '2xx' })).toBeGreaterThanOrEqual(1);

    // Bounded labels: no organization, member or candidate anywhere, no ID, no address.
    expect(after).not.toContain(organizationId);
    expect(after).not.toContain(email);
    const labelNames = new Set([...after.matchAll(/[{,](\w+)="/g)].map((m) => m[1]));
    for (const name of labelNames) expect(name).not.toMatch(/organization|member|candidate|email|user/i);
    const labelValues = [...after.matchAll(/="([^"]*)"/g)].map((m) => m[1]);
    expect(labelValues.filter((value) => /[0-9a-f]{8}-[0-9a-f]{4}-/.test(value))).toEqual([]);
  });

  it('counts email sends by result and status-link look-ups by what they found', async () => {
    const admin = await f.signUp('Sends');
    const job = await f.createJob(admin.token);
    const before = await scrape();

    const heard = await f.addCandidate(admin.token, job.id, { notify: true });
    await t.emailsSettled({ of: [heard.id] });
    sink.mode = 'permanent-failure';
    const refused = await f.addCandidate(admin.token, job.id, { notify: true });
    await t.emailsSettled({ of: [refused.id] });
    sink.mode = 'accept';

    const token = heard.statusUrl.split('#').pop()!;
    expectNoErrors(await t.gql('query($t: String!) { candidateStatus(token: $t) { candidateName } }', { t: token }));
    const guesser = randomAddress();
    const wrong = `${token.slice(0, -4)}abcd`;
    for (let i = 0; i < 12; i++) await t.gql('query($t: String!) { candidateStatus(token: $t) { candidateName } }', { t: wrong }, undefined, guesser);
    const after = await scrape();

    const delta = (name: string, labels: Record<string, string>) => sample(after, name, labels) - sample(before, name, labels);
    expect(delta('candor_email_sends_total', { result: 'sent' })).toBe(1);
    expect(delta('candor_email_sends_total', { result: 'refused' })).toBe(1);
    expect(delta('candor_email_sends_total', { result: 'failed' })).toBe(0);
    expect(delta('candor_status_lookups_total', { result: 'found' })).toBe(1);
    expect(delta('candor_status_lookups_total', { result: 'not_found' })).toBe(10);
    expect(delta('candor_status_lookups_total', { result: 'rate_limited' })).toBe(2);
  });

  it('reads the email queue and overdue promises from the database when scraped', async () => {
    // A second app on the same database whose emails stay queued: it has no email workers.
    const queuing = await startTestApp({ METRICS_TOKEN, EMAIL_WORKERS: '0' }, await fileDatabaseUrl());
    try {
      queuing.clock.set('2026-11-25T10:00:00Z');
      await t.emailsSettled();
      const q = new Fixtures(queuing);
      const admin = await q.signUp('Backlog');
      const job = await q.createJob(admin.token);
      const empty = await scrape(queuing);
      expect(sample(empty, 'candor_email_outbox_queued')).toBe(0);
      expect(sample(empty, 'candor_email_outbox_oldest_queued_age_seconds')).toBe(0);
      expect(sample(empty, 'candor_promises_overdue')).toBe(0);

      await q.addCandidate(admin.token, job.id, { notify: true, expectedResponseBy: '2026-11-27' });
      queuing.clock.set('2026-11-25T10:01:30Z');
      const backlog = await scrape(queuing);
      expect(sample(backlog, 'candor_email_outbox_queued')).toBe(1);
      expect(sample(backlog, 'candor_email_outbox_oldest_queued_age_seconds')).toBe(90);

      queuing.clock.set('2026-12-20T10:00:00Z');
      const late = await scrape(queuing);
      const [{ n }] = await queuing.dataSource.query(
        `SELECT count(*)::int AS n FROM candidates c JOIN stages s ON s.id = c.stage_id
          WHERE c.archived_at IS NULL AND c.expected_response_by < '2026-12-20' AND s.kind <> ALL ($1::text[])`,
        [[...FINAL_STAGE_KINDS]],
      );
      expect(n).toBeGreaterThanOrEqual(1);
      expect(sample(late, 'candor_promises_overdue')).toBe(n);
    } finally {
      await queuing.close();
    }
  });

  it("labels every operation of the portal by its name (the list matches the portal's documents)", () => {
    const documents = readFileSync(join(__dirname, '..', '..', 'portal', 'src', 'generated', 'gql.ts'), 'utf8');
    const names = new Set([...documents.matchAll(/"(?:\\n)?\s*(?:query|mutation) ([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]));
    expect([...names].sort()).toEqual([...PORTAL_OPERATIONS].sort());
  });

  it('writes JSON lines in production, one per request with its ID and operation, and nothing personal', async () => {
    const secretKey = randomBytes(32).toString('base64url');
    const api = await startBuiltApi({ NODE_ENV: 'production', SECRET_KEY: secretKey, DATABASE_URL: await fileDatabaseUrl(), METRICS_TOKEN, EMAIL_WORKERS: '0', LOG_LEVEL: undefined, LOG_FORMAT: undefined });
    const email = uniqueEmail('production');
    try {
      const res = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'production-request-1' },
        body: JSON.stringify({
          query: 'mutation SignUp($i: SignUpInput!) { signUp(input: $i) { accessToken } }',
          variables: { i: { organizationName: 'Json Lines', name: 'Jay Son', email, password: 'correct horse battery' } },
        }),
      });
      expect(res.headers.get('x-request-id')).toBe('production-request-1');
      const metrics = await fetch(`${api.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
      expect(metrics.status).toBe(200);
      await waitFor('the request line', () => api.output().includes('"reqId":"production-request-1"'));
    } finally {
      await api.stop('SIGTERM');
    }
    const lines = api.output().split('\n').filter((line) => line.trim() !== '');
    const records = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(records.find((r) => r.reqId === 'production-request-1')).toMatchObject({
      level: 'info',
      method: 'POST',
      path: '/graphql',
      status: 200,
      operation: 'SignUp',
    });
    expect(records.some((r) => /^Database: PostgreSQL at 127\.0\.0\.1:\d+\/\w+\.$/.test(String(r.msg)))).toBe(true);
    expect(records.some((r) => String(r.msg).startsWith('Mail: the dev mailbox'))).toBe(true);
    const output = api.output();
    expect(output).not.toContain(email);
    expect(output).not.toContain('Jay Son');
    expect(output).not.toContain(secretKey);
    expect(output).not.toMatch(/InstanceLoader|RouterExplorer|Mapped \{/);
  });
});
