import { codeOf, startTestApp, TestApp } from './support/test-app';
import { expectNoErrors, Fixtures, SignedIn } from './support/fixtures';
import { MOVE_CANDIDATE as MOVE } from './support/operations';
import { rawHeader, SmtpSink } from './support/smtp-sink';
import { QueryCounter } from './support/query-counter';
import { waitFor } from './support/wait-for';
import { STATUS_SQL } from '../src/modules/candidate-status/status-sql';

/**
 * Attacks on the promise ledger: ways a team might make a lapse count as kept (or news count as
 * a lapse). New York (UTC-5 in December): a promised day ends at 05:00Z the next day.
 */
describe('the promise ledger under attack', () => {
  const sink = new SmtpSink();
  const queries = new QueryCounter();
  let t: TestApp;
  let f: Fixtures;
  let admin: SignedIn;
  let job: Awaited<ReturnType<Fixtures['createJob']>>;
  const stage = (name: string) => job.stages.find((s) => s.name === name)!.id;
  const PROMISES = `query($id: ID!) { candidate(id: $id) { version expectedResponseBy promises { expectedResponseBy outcome automatic reason settledAt heardAt } } }`;
  const STATUS = `query($t: String!) { candidateStatus(token: $t) { expectedResponseBy currentStage { name } outcome { kind } } }`;
  const UPDATE = `mutation($input: UpdateCandidateInput!) { updateCandidate(input: $input) { version expectedResponseBy } }`;
  const outcomes = async (id: string, token = admin.token) => {
    const res = await t.gql(PROMISES, { id }, token);
    expectNoErrors(res);
    return (res.data!.candidate.promises as { expectedResponseBy: string; outcome: string }[]).map((p) => `${p.expectedResponseBy} ${p.outcome}`);
  };
  const statusOf = async (candidate: { statusUrl: string }) => {
    const res = await t.gql(STATUS, { t: candidate.statusUrl.split('#').pop() });
    expectNoErrors(res);
    return res.data!.candidateStatus;
  };
  const move = async (candidateId: string, stageId: string, extra: Record<string, unknown> = {}, token = admin.token) =>
    expectNoErrors(await t.gql(MOVE, { input: { candidateId, stageId, notify: false, ...extra } }, token));

  beforeAll(async () => {
    await sink.start();
    t = await startTestApp({ SMTP_URL: sink.url, QUEUE_SCHEMA: 'pgboss_promise_attack', SESSION_TTL_HOURS: '720' }, undefined, queries);
    f = new Fixtures(t);
    t.clock.set('2026-12-01T15:00:00Z'); // Tuesday 10:00 in New York
    admin = await f.signUp('Attack Co', { timeZone: 'America/New_York' });
    job = await f.createJob(admin.token, { title: 'Editor' });
    // "Phone screen" is internal: the candidate's page keeps showing "Applied" while they are in it.
    expectNoErrors(
      await t.gql(`mutation($input: UpdateStageInput!) { updateStage(input: $input) { visibleToCandidates } }`, { input: { stageId: stage('Phone screen'), visibleToCandidates: false } }, admin.token),
    );
  });
  beforeEach(() => t.clock.set('2026-12-01T15:00:00Z'));
  afterAll(async () => {
    await t.close();
    await sink.stop();
  });

  it('a quiet move into a stage hidden from the candidate is no news: their page is the same, the promise lapses', async () => {
    const candidate = await f.addCandidate(admin.token, job.id, { expectedResponseBy: '2026-12-03' });
    const before = await statusOf(candidate);
    t.clock.set('2026-12-02T15:00:00Z');
    await move(candidate.id, stage('Phone screen'), { expectedResponseBy: '2026-12-03' });
    expect(await statusOf(candidate)).toEqual(before); // nothing changed for the candidate
    await t.tick('2026-12-04T05:00:00Z');
    expect(await outcomes(candidate.id)).toEqual(['2026-12-03 BROKEN']);
    // Out of the hidden stage to one they see: that is news (late).
    t.clock.set('2026-12-04T15:00:00Z');
    await move(candidate.id, stage('Video interview'), { expectedResponseBy: '2026-12-08' });
    expect(await outcomes(candidate.id)).toEqual(['2026-12-08 OPEN', '2026-12-03 BROKEN']);
  });

  it('a later day given with a quiet move into a hidden stage is an extension: it needs a reason', async () => {
    const candidate = await f.addCandidate(admin.token, job.id, { expectedResponseBy: '2026-12-03' });
    t.clock.set('2026-12-02T15:00:00Z');
    const refused = await t.gql(MOVE, { input: { candidateId: candidate.id, stageId: stage('Phone screen'), notify: false, expectedResponseBy: '2026-12-10' } }, admin.token);
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0].extensions!.field).toBe('promiseChangeReason');
    await move(candidate.id, stage('Phone screen'), { expectedResponseBy: '2026-12-10', promiseChangeReason: 'Our panel meets next week.' });
    expect(await outcomes(candidate.id)).toEqual(['2026-12-10 OPEN', '2026-12-03 EXTENDED']);
  });

  it('archiving a candidate whose outcome waits in its undo window shows the outcome at once: that keeps the promise', async () => {
    const candidate = await f.addCandidate(admin.token, job.id, { expectedResponseBy: '2026-12-03' });
    t.clock.set('2026-12-02T15:00:00Z');
    await move(candidate.id, stage('Not selected')); // held 60 minutes
    expect(await statusOf(candidate)).toMatchObject({ outcome: null });
    t.clock.set('2026-12-02T15:10:00Z');
    expectNoErrors(await t.gql(`mutation($id: ID!) { archiveCandidate(candidateId: $id) { id } }`, { id: candidate.id }, admin.token));
    expect(await statusOf(candidate)).toMatchObject({ outcome: { kind: 'REJECTED' } }); // the candidate sees it now
    await t.tick('2026-12-04T05:00:00Z');
    expect(await outcomes(candidate.id)).toEqual(['2026-12-03 KEPT']);
  });

  it('a reply day set while an outcome waits in its undo window is refused: the candidate would never see it', async () => {
    const candidate = await f.addCandidate(admin.token, job.id, { expectedResponseBy: '2026-12-03' });
    t.clock.set('2026-12-03T20:00:00Z'); // 15:00 on the promised day
    await move(candidate.id, stage('Not selected'));
    const res = await t.gql(UPDATE, { input: { candidateId: candidate.id, expectedResponseBy: '2026-12-10', promiseChangeReason: 'More time.' } }, admin.token);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions!.field).toBe('expectedResponseBy');
    expect(await outcomes(candidate.id)).toEqual(['2026-12-03 OPEN']);
  });

  it('two ticks at once extend a pre-approved promise once and email it once', async () => {
    const candidate = await f.addCandidate(admin.token, job.id, { expectedResponseBy: '2026-12-04', fallbackExtensionDays: 1 });
    t.clock.set('2026-12-04T21:00:00Z');
    const [a, b] = await Promise.all([t.tick('2026-12-04T21:00:00Z'), t.tick('2026-12-04T21:00:00Z')]);
    expect(a.promisesExtended + b.promisesExtended).toBe(1);
    expect(await outcomes(candidate.id)).toEqual(['2026-12-07 OPEN', '2026-12-04 EXTENDED']);
    await t.emailsSettled({ of: [candidate.id] });
    expect(sink.to(candidate.email).filter((m) => m.subject?.startsWith('A new date'))).toHaveLength(1);
  });

  it("a tick's cost does not grow with the pre-approved promises whose extension time has not come", async () => {
    const own = await f.signUp('Many Promises Co', { timeZone: 'America/New_York' });
    const ownJob = await f.createJob(own.token, { title: 'Clerk' });
    const first = await f.addCandidate(own.token, ownJob.id, { expectedResponseBy: '2026-12-04', fallbackExtensionDays: 1 });
    // 300 more like it, each with its own open pre-approved promise for Friday Dec 4.
    await t.dataSource.query(
      `WITH made AS (
         INSERT INTO candidates SELECT (jsonb_populate_record(c, jsonb_build_object('id', gen_random_uuid(), 'email', 'many' || g || '@example.test'))).*
           FROM candidates c, generate_series(1, 300) g WHERE c.id = $1 RETURNING id)
       INSERT INTO candidate_promises SELECT (jsonb_populate_record(p, jsonb_build_object('id', gen_random_uuid(), 'candidate_id', made.id))).*
         FROM candidate_promises p, made WHERE p.candidate_id = $1`,
      [first.id],
    );
    queries.reset();
    const tick = await t.tick('2026-12-04T15:00:00Z'); // 10:00 on the day: their 16:00 has not come
    expect(tick.promisesExtended).toBe(0);
    const ledgerStatements = queries.statements.filter((q) => /candidate_promises/.test(q));
    expect(ledgerStatements.length).toBeLessThan(30);
    expect(await outcomes(first.id, own.token)).toEqual(['2026-12-04 OPEN']);
    // The copies have no status link to be emailed: out of the later tests' ticks.
    await t.dataSource.query(`DELETE FROM candidates WHERE organization_id = (SELECT organization_id FROM candidates WHERE id = $1)`, [first.id]);
  });

  it("a member's reason cannot inject markup, Liquid or headers, and the days are written for a person", async () => {
    const own = await f.signUp('Header Co', { timeZone: 'America/New_York' });
    expectNoErrors(await t.gql(`mutation { updateOrganization(input: { replyTo: "hiring@header.test" }) { replyTo } }`, {}, own.token));
    expectNoErrors(
      await t.gql(
        'mutation($i: UpdateOrganizationEmailTemplateInput!) { updateOrganizationEmailTemplate(input: $i) { isDefault } }',
        { i: { kind: 'PROMISE_EXTENDED', subject: 'New date: {{ reason }} ({{ promised_date }})', body: 'Because {{ reason }}. By {{ promised_date }}, not {{ previous_date }}. {{ status_link }}' } },
        own.token,
      ),
    );
    const ownJob = await f.createJob(own.token, { title: 'Clerk' });
    const candidate = await f.addCandidate(own.token, ownJob.id, { expectedResponseBy: '2026-12-04' });
    // A right-to-left override is refused outright (textProblem; bad-input covers every free-text field).
    const overridden = await t.gql(UPDATE, { input: { candidateId: candidate.id, expectedResponseBy: '2026-12-09', promiseChangeReason: 'late \u202Egnp.exe' } }, own.token);
    expect(codeOf(overridden)).toBe('BAD_USER_INPUT');
    const reason = 'late <script>alert(1)</script> {{ candidate.email }} {% raw %}\r\nBcc: evil@attacker.test gnp.exe';
    expectNoErrors(await t.gql(UPDATE, { input: { candidateId: candidate.id, expectedResponseBy: '2026-12-09', promiseChangeReason: reason } }, own.token));
    await t.emailsSettled({ of: [candidate.id] });
    const [mail] = sink.to(candidate.email);
    expect(mail).toBeDefined();
    expect(mail.headerLines.map((h) => h.key)).not.toContain('bcc');
    expect(mail.bcc).toBeUndefined();
    expect(sink.received.some((m) => JSON.stringify(m.to).includes('attacker.test'))).toBe(false);
    expect(mail.subject).not.toMatch(/[\r\n]/);
    expect(mail.subject).toContain('Wednesday, December 9, 2026');
    const html = mail.html as string;
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    for (const part of [mail.text!, html, mail.subject!]) {
      expect(part).not.toContain(candidate.email); // {{ candidate.email }} in the reason stays text
      expect(part).toContain('{{ candidate.email }}');
      expect(part).not.toMatch(/\b2026-12-0\d\b/);
    }
    expect(rawHeader(mail, 'reply-to')).toBe('Reply-To: hiring@header.test');
    expect(rawHeader(mail, 'list-unsubscribe')).toMatch(/^List-Unsubscribe: <http:\/\/candor\.test\/email\/unsubscribe\/[^>]+>$/);
    expect(rawHeader(mail, 'message-id')).toMatch(/^Message-ID: <[^>]+@[^>]+>$/);
  });

  it('a step the candidate saw, hidden and shown again, is not news a second time', async () => {
    const candidate = await f.addCandidate(admin.token, job.id, { expectedResponseBy: '2026-12-03' });
    const step = await f.addStep(admin.token, candidate.id, { title: 'Writing test', dueAt: '2026-12-20T15:00:00Z' });
    expect(await outcomes(candidate.id)).toEqual(['2026-12-03 KEPT']);
    expectNoErrors(await t.gql(UPDATE, { input: { candidateId: candidate.id, expectedResponseBy: '2026-12-08' } }, admin.token));
    const SET_VISIBLE = `mutation($input: UpdateNextStepInput!) { updateNextStep(input: $input) { id } }`;
    t.clock.set('2026-12-08T20:00:00Z');
    expectNoErrors(await t.gql(SET_VISIBLE, { input: { stepId: step.id, visibleToCandidate: false } }, admin.token));
    expectNoErrors(await t.gql(SET_VISIBLE, { input: { stepId: step.id, visibleToCandidate: true } }, admin.token));
    expect(await outcomes(candidate.id)).toEqual(['2026-12-08 OPEN', '2026-12-03 KEPT']);
    // A step hidden from the start and shown later is news.
    const hidden = await f.addStep(admin.token, candidate.id, { title: 'Panel', visibleToCandidate: false, dueAt: '2026-12-21T15:00:00Z' });
    expect(await outcomes(candidate.id)).toEqual(['2026-12-08 OPEN', '2026-12-03 KEPT']);
    expectNoErrors(await t.gql(SET_VISIBLE, { input: { stepId: hidden.id, visibleToCandidate: true } }, admin.token));
    expect(await outcomes(candidate.id)).toEqual(['2026-12-08 KEPT', '2026-12-03 KEPT']);
  });

  // Finding, not fixed (a product decision): a visible stage and back again within seconds, with
  // notify: false, leaves the candidate's page as it was, yet keeps the promise.
  it.failing('a quiet move to a visible stage and straight back is no news', async () => {
    const candidate = await f.addCandidate(admin.token, job.id, { expectedResponseBy: '2026-12-03' });
    const before = await statusOf(candidate);
    t.clock.set('2026-12-04T04:59:00Z'); // 23:59 on the promised day
    await move(candidate.id, stage('Video interview'), { expectedResponseBy: '2026-12-03' });
    t.clock.set('2026-12-04T04:59:01Z');
    await move(candidate.id, stage('Applied'), { expectedResponseBy: '2026-12-03' });
    expect(await statusOf(candidate)).toEqual(before);
    await t.tick('2026-12-04T05:00:00Z');
    expect((await outcomes(candidate.id)).pop()).toBe('2026-12-03 BROKEN');
  });

  it('a tick extending a promise while a member changes the same candidate takes the locks in the same order: no deadlock', async () => {
    const candidate = await f.addCandidate(admin.token, job.id, { expectedResponseBy: '2026-12-04', fallbackExtensionDays: 1 });
    // A member's change in progress: it holds the candidate, as every change does first, then takes the open promise.
    const change = t.dataSource.createQueryRunner();
    await change.connect();
    await change.startTransaction();
    try {
      await change.query(`SELECT 1 FROM candidates WHERE id = $1 FOR UPDATE`, [candidate.id]);
      let settled = false;
      const tick = t.tick('2026-12-04T21:00:00Z').finally(() => (settled = true));
      const waiting = async () =>
        (await t.dataSource.query(`SELECT count(*)::int AS n FROM pg_locks WHERE NOT granted AND locktype IN ('transactionid', 'tuple')`))[0].n > 0;
      await waitFor('the tick to finish or to wait for the candidate', async () => settled || (await waiting()));
      await change.query(`SELECT 1 FROM candidate_promises WHERE candidate_id = $1 AND outcome = 'OPEN' FOR UPDATE`, [candidate.id]);
      await change.commitTransaction();
      await tick;
    } finally {
      if (change.isTransactionActive) await change.rollbackTransaction();
      await change.release();
    }
    // Whatever that tick skipped, the next one extends.
    await t.tick('2026-12-04T21:01:00Z');
    expect(await outcomes(candidate.id)).toEqual(['2026-12-07 OPEN', '2026-12-04 EXTENDED']);
  });

  it("breaking lapsed promises skips one a change holds (closing a job moves many candidates in one transaction): no deadlock", async () => {
    const a = await f.addCandidate(admin.token, job.id, { expectedResponseBy: '2026-12-02' });
    const b = await f.addCandidate(admin.token, job.id, { expectedResponseBy: '2026-12-02' });
    const [first, second] = (
      await t.dataSource.query(`SELECT id FROM candidate_promises WHERE candidate_id = ANY($1) AND outcome = 'OPEN' ORDER BY id`, [[a.id, b.id]])
    ).map((r: { id: string }) => r.id);
    const change = t.dataSource.createQueryRunner();
    await change.connect();
    await change.startTransaction();
    try {
      // The change holds the promise the tick comes to second, and will want the one it comes to first.
      await change.query(`SELECT 1 FROM candidate_promises WHERE id = $1 FOR UPDATE`, [second]);
      let settled = false;
      const tick = t.tick('2026-12-03T05:00:00Z').finally(() => (settled = true));
      const waiting = async () => (await t.dataSource.query(`SELECT count(*)::int AS n FROM pg_locks WHERE NOT granted`))[0].n > 0;
      await waitFor('the tick to finish or to wait for the promise', async () => settled || (await waiting()));
      await change.query(`SELECT 1 FROM candidate_promises WHERE id = $1 FOR UPDATE`, [first]);
      await change.commitTransaction();
      await tick;
    } finally {
      if (change.isTransactionActive) await change.rollbackTransaction();
      await change.release();
    }
    await t.tick('2026-12-03T05:01:00Z');
    expect([...(await outcomes(a.id)), ...(await outcomes(b.id))]).toEqual(['2026-12-02 BROKEN', '2026-12-02 BROKEN']);
    const settledAt = await t.dataSource.query(`SELECT DISTINCT settled_at FROM candidate_promises WHERE id = ANY($1)`, [[first, second]]);
    expect(settledAt).toEqual([{ settled_at: new Date('2026-12-03T05:00:00Z') }]); // the end of the day, whichever tick
  });

  it("the status page counts the organization's public record from an index alone, not row by row", async () => {
    const plan: { 'QUERY PLAN': string }[] = await t.dataSource.transaction(async (db) => {
      // Whatever the (tiny) test tables would make cheapest: the plan the index allows.
      await db.query('SET LOCAL enable_seqscan = off');
      await db.query('SET LOCAL enable_bitmapscan = off');
      return db.query(`EXPLAIN ${STATUS_SQL}`, ['no-such-hash', new Date('2026-12-01T15:00:00Z')]);
    });
    expect(plan.map((r) => r['QUERY PLAN']).join('\n')).toMatch(/Index Only Scan using candidate_promises_ended_idx/);
  });
});
