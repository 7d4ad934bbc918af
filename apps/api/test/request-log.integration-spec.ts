import { CandorNestLogger } from '../src/observability/logger';
import { Fixtures } from './support/fixtures';
import { logWatch } from './support/log-watch';
import { startTestApp, TestApp } from './support/test-app';
import { waitFor } from './support/wait-for';

/**
 * With Nest's logs through pino as in production (CandorNestLogger), a line logged while a
 * request runs carries that request's ID, like the request's own line.
 */
describe('the request log', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    t.app.useLogger(t.app.get(CandorNestLogger));
  });
  afterAll(() => t.close());

  it("gives a log line written during a request the request's ID", async () => {
    const admin = await new Fixtures(t).signUp('Request Ids');
    // An unexpected error inside a resolver is logged (graphql-error.formatter.ts) while the request runs.
    await t.dataSource.query('ALTER TABLE jobs RENAME TO jobs_hidden');
    try {
      const res = await t.http().post('/graphql').set('content-type', 'application/json').set('authorization', `Bearer ${admin.token}`)
        .set('x-request-id', 'request-with-an-error').send({ query: 'query Jobs { jobs { id } }' });
      expect(res.body.errors[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await t.dataSource.query('ALTER TABLE jobs_hidden RENAME TO jobs');
    }
    let lines: Record<string, unknown>[] = [];
    await waitFor('the request line', () => {
      lines = logWatch().lines.filter((line) => line.includes('"reqId":"request-with-an-error"')).map((line) => JSON.parse(line));
      return lines.some((line) => line.durationMs !== undefined);
    });
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ level: 'error', context: 'GraphQL', msg: expect.stringContaining('relation "jobs" does not exist') }),
        expect.objectContaining({ level: 'info', path: '/graphql', operation: 'Jobs', status: 200 }),
      ]),
    );
    // Package paths in the stack are kept (they hold an @ but are no address).
    expect(JSON.stringify(lines)).not.toContain('[email]');
  });
});
