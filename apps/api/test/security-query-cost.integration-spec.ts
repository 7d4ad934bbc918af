import { GraphQLSchemaHost } from '@nestjs/graphql';
import { GraphQLObjectType } from 'graphql';
import { fieldHasOwnResolver, MAX_QUERY_COST } from '../src/graphql/query-cost';
import { StatusLinksService } from '../src/modules/status-links/status-links.service';
import { codeOf, startTestApp, TestApp } from './support/test-app';
import { expectNoErrors, Fixtures, SignedIn } from './support/fixtures';
import { QueryCounter } from './support/query-counter';

/** The portal's board query (apps/portal/src/modules/board/graphql/board.graphql.ts). */
const BOARD = `query Board($id: ID!) {
  job(id: $id) {
    id title status
    stages { id name kind position candidateLabel defaultResponseDays notifyCandidates }
    candidates { id name version stageEnteredAt expectedResponseBy promiseState stage { id } nextSteps { id title startsAt dueAt state } }
  }
  me { organization { id timeZone } }
}`;

/** The contract's Job and Candidate, every field the public contract names, lists included. */
const CONTRACT_JOB = `query($id: ID!) {
  job(id: $id) {
    id title stages { id name kind position }
    candidates {
      id name email job { id title } stage { id name kind position } expectedResponseBy statusUrl version
      nextSteps { id kind title startsAt dueAt } timeline { id type at } emails { id to subject status }
    }
  }
}`;

/** Lists inside lists beyond any bound: each must be refused before it runs. */
const FAN_OUTS: [string, string][] = [
  ['jobs > candidates > job > candidates', '{ jobs { candidates { job { candidates { id name email statusUrl } } } } }'],
  ['the same with email bodies', '{ jobs { candidates { job { candidates { id emails { html } } } } } }'],
  ['job > candidates > job > candidates > steps', 'query($id: ID!) { job(id: $id) { candidates { job { candidates { nextSteps { id title } } } } } }'],
  ['attention > candidate > job > candidates', '{ needsAttention { candidate { job { candidates { id name email } } } } }'],
  ['aliased board queries', `query($id: ID!) { ${Array.from({ length: 12 }, (_, i) => `b${i}: job(id: $id) { candidates { id name email statusUrl timeline { id type at } } }`).join(' ')} }`],
  [
    'the same list under 15 aliases, with per-item work (links, promises, stages, timeline words)',
    `{ ${Array.from({ length: 15 }, (_, i) => `a${i}: jobs { candidates { id name email statusUrl promiseState stage { name candidateLabel suggestedResponseBy } timeline { summary } } }`).join(' ')} }`,
  ],
  ['every candidate with email bodies', 'query($id: ID!) { job(id: $id) { candidates { id emails { html } } } }'],
  ['14 aliases of every timeline with who did it', `query($id: ID!) { ${Array.from({ length: 14 }, (_, i) => `t${i}: job(id: $id) { candidates { timeline { actorName } } }`).join(' ')} }`],
  ['job > candidates > promises > who made each', 'query($id: ID!) { job(id: $id) { candidates { promises { madeBy { name } } } } }'],
  ['6 aliases of timelines in words', `query($id: ID!) { ${Array.from({ length: 6 }, (_, i) => `t${i}: job(id: $id) { candidates { timeline { summary actorName } } }`).join(' ')} }`],
];

describe('query cost: lists multiply, and fan-outs are refused before they run', () => {
  const counter = new QueryCounter();
  let t: TestApp;
  let f: Fixtures;
  let admin: SignedIn;
  let jobId: string;

  beforeAll(async () => {
    t = await startTestApp({}, undefined, counter);
    f = new Fixtures(t);
    admin = await f.signUp('Big organization');
    const job = await f.createJob(admin.token);
    jobId = job.id;
    const [{ organization_id: org }] = await t.dataSource.query('SELECT organization_id FROM jobs WHERE id = $1', [job.id]);
    // 1,000 candidates with a status link, 5 steps, 6 timeline events and 3 emails each.
    await t.dataSource.query(
      `INSERT INTO candidates (organization_id, job_id, stage_id, name, email, expected_response_by, version, stage_entered_at, updated_at)
       SELECT $1, $2, (ARRAY[$3, $4, $5]::uuid[])[1 + i % 3], 'Candidate ' || i, 'c' || i || '@example.com', current_date + (i % 10) - 3, 1, now(), now()
         FROM generate_series(1, 1000) AS i`,
      [org, job.id, job.stages[0].id, job.stages[1].id, job.stages[2].id],
    );
    // Real status links, issued as the app issues them (statusUrl is asked for below).
    const links = t.app.get(StatusLinksService);
    const candidates: { id: string; organization_id: string }[] = await t.dataSource.query('SELECT id, organization_id FROM candidates WHERE job_id = $1', [job.id]);
    await t.dataSource.transaction(async (db) => {
      for (const c of candidates) await links.issue(db, { id: c.id, organizationId: c.organization_id });
    });
    await t.dataSource.query(
      `INSERT INTO next_steps (organization_id, candidate_id, kind, title, starts_at, position, state, sequence, updated_at)
       SELECT c.organization_id, c.id, 'VIDEO_INTERVIEW', 'Interview ' || n, now() + (n || ' days')::interval, n, 'PLANNED', 0, now()
         FROM candidates c CROSS JOIN generate_series(0, 4) AS n WHERE c.job_id = $1`,
      [job.id],
    );
    await t.dataSource.query(
      `INSERT INTO timeline_events (organization_id, candidate_id, type, at, data)
       SELECT c.organization_id, c.id, 'STAGE_CHANGED', now() - (n || ' hours')::interval, '{}' FROM candidates c CROSS JOIN generate_series(1, 6) AS n WHERE c.job_id = $1`,
      [job.id],
    );
    await t.dataSource.query(
      `INSERT INTO email_messages (organization_id, candidate_id, kind, to_address, subject, html, text, message_id, status, send_after, updated_at)
       SELECT c.organization_id, c.id, 'STAGE_CHANGED', c.email, 'Subject ' || n, repeat('<p>x</p>', 500), 'text', '<' || gen_random_uuid() || '@test>', 'SENT', now(), now()
         FROM candidates c CROSS JOIN generate_series(1, 3) AS n WHERE c.job_id = $1`,
      [job.id],
    );
    // 20 kept promises each, given by the admin (Candidate.promises is priced by the largest ledger).
    await t.dataSource.query(
      `INSERT INTO candidate_promises (organization_id, candidate_id, job_id, stage_id, stage_name, made_by_member_id, made_at, promised_day, outcome, settled_at)
       SELECT c.organization_id, c.id, c.job_id, c.stage_id, 'Applied', (SELECT id FROM members WHERE organization_id = c.organization_id LIMIT 1),
              now() - (n || ' days')::interval, current_date - n + 2, 'KEPT', now() - (n || ' days')::interval + interval '1 hour'
         FROM candidates c CROSS JOIN generate_series(1, 20) AS n WHERE c.job_id = $1`,
      [job.id],
    );
  });
  afterAll(() => t.close());

  it.each(FAN_OUTS)('refuses %s with BAD_USER_INPUT, running none of it', async (_, query) => {
    counter.reset();
    const res = await t.gql(query, { id: jobId }, admin.token);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toMatch(/too much at once/);
    expect(res.data ?? null).toBeNull();
    // At most the session look-up and the organization's list sizes: no candidate was read.
    expect(counter.statements.filter((sql) => /FROM "?candidates"?/i.test(sql) && !/count\(\*\)/i.test(sql))).toEqual([]);
  });

  it("accepts the portal's jobs list (card numbers from Job.summary) for an organization of 60 jobs", async () => {
    for (let i = 0; i < 59; i++) await f.createJob(admin.token, { title: `Job ${i}` });
    const res = await t.gql(
      '{ jobs { id title status createdAt stages { id name kind position } summary { candidates overdue stages { stageId count } } } }',
      {},
      admin.token,
    );
    expectNoErrors(res);
    expect(res.data!.jobs).toHaveLength(60);
    expect(res.data!.jobs.find((job: { id: string }) => job.id === jobId).summary.candidates).toBe(1000);
  });

  it('accepts the portal board on a job of 1,000 candidates', async () => {
    const res = await t.gql(BOARD, { id: jobId }, admin.token);
    expectNoErrors(res);
    expect(res.data!.job.candidates).toHaveLength(1000);
  });

  it("accepts the contract's job query with every candidate field and list, on 1,000 candidates", async () => {
    const res = await t.gql(CONTRACT_JOB, { id: jobId }, admin.token);
    expectNoErrors(res);
    expect(res.data!.job.candidates).toHaveLength(1000);
    expect(res.data!.job.candidates[0].nextSteps).toHaveLength(5);
    expect(res.data!.job.candidates[0].statusUrl).toMatch(/^http:\/\/candor\.test\/status#/);
  });

  it("prices Candidate.promises by the organization's largest ledger, not the declared bound: a small organization's board with every promise and its maker runs", async () => {
    // 30 candidates with one promise each: at the declared bound (500 a candidate) this would be refused.
    const small = await f.signUp('Small organization');
    const job = await f.createJob(small.token);
    for (let i = 0; i < 30; i++) await f.addCandidate(small.token, job.id, { name: `Person ${i}` });
    const query = 'query($id: ID!) { job(id: $id) { candidates { promises { outcome madeBy { name } } } } }';
    const res = await t.gql(query, { id: job.id }, small.token);
    expectNoErrors(res);
    expect(res.data!.job.candidates).toHaveLength(30);
    expect(res.data!.job.candidates.every((c: { promises: unknown[] }) => c.promises.length === 1)).toBe(true);
    expect(res.data!.job.candidates[0].promises[0]).toEqual({ outcome: 'OPEN', madeBy: { name: 'Ada Admin' } });
    // One candidate's whole ledger, in the big organization, is cheap.
    const [{ id }] = await t.dataSource.query('SELECT id FROM candidates WHERE job_id = $1 LIMIT 1', [jobId]);
    const one = await t.gql('query($id: ID!) { candidate(id: $id) { promises { outcome daysLate madeBy { name } } } }', { id }, admin.token);
    expectNoErrors(one);
    expect(one.data!.candidate.promises).toHaveLength(20);
  });

  it('answers /health while the heaviest accepted query is still running', async () => {
    let queryDone = 0;
    const heavy = t.gql(CONTRACT_JOB, { id: jobId }, admin.token).then((res) => {
      queryDone = Date.now();
      return res;
    });
    await new Promise((resolve) => setTimeout(resolve, 5));
    const health = await t.http().get('/health');
    const healthDone = Date.now();
    expect(health.status).toBe(200);
    expectNoErrors(await heavy);
    expect(healthDone).toBeLessThan(queryDone);
  });

  it('a fan-out hidden behind @include is refused even after the same text ran cheaply', async () => {
    const query = 'query($x: Boolean!) { jobs { candidates @include(if: $x) { job { candidates { id } } } } }';
    expectNoErrors(await t.gql(query, { x: false }, admin.token));
    counter.reset();
    const res = await t.gql(query, { x: true }, admin.token);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toMatch(/too much at once/);
    expect(counter.statements.filter((sql) => /FROM "?candidates"?/i.test(sql) && !/count\(\*\)/i.test(sql))).toEqual([]);
  });

  it('tells fields that run code from plain properties (the weights depend on it)', () => {
    const fields = (t.app.get(GraphQLSchemaHost).schema.getType('Candidate') as GraphQLObjectType).getFields();
    expect(fieldHasOwnResolver(fields.name)).toBe(false);
    expect(fieldHasOwnResolver(fields.email)).toBe(false);
    expect(fieldHasOwnResolver(fields.stage)).toBe(true);
    expect(fieldHasOwnResolver(fields.statusUrl)).toBe(true);
    expect(fieldHasOwnResolver(fields.promiseState)).toBe(true);
  });

  it(`states the limit (${MAX_QUERY_COST.toLocaleString('en-US')}) and the estimate in the refusal`, async () => {
    const res = await t.gql(FAN_OUTS[0][1], {}, admin.token);
    expect(res.errors![0].message).toContain(MAX_QUERY_COST.toLocaleString('en-US'));
  });

  it('bounds every statement of the API by statement_timeout', async () => {
    const quick = await startTestApp({ DATABASE_STATEMENT_TIMEOUT_MS: '200' });
    try {
      await expect(quick.dataSource.query('SELECT pg_sleep(2)')).rejects.toThrow(/statement timeout/);
    } finally {
      await quick.close();
    }
  });

  it('refuses an answer above the response size cap', async () => {
    const small = await startTestApp({ GRAPHQL_MAX_RESPONSE_BYTES: '10000' });
    try {
      // The big organization's mailbox: 200 emails of about 4 KB each.
      const res = await small.gql('{ mailbox(limit: 200) { html } }', {}, admin.token);
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].message).toMatch(/larger than/);
      expect(res.data ?? null).toBeNull();
    } finally {
      await small.close();
    }
  });
});
