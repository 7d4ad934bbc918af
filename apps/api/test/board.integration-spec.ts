import { startTestApp, TestApp } from './support/test-app';
import { expectNoErrors, Fixtures } from './support/fixtures';
import { QueryCounter } from './support/query-counter';

const BOARD = `query($id: ID!) {
  job(id: $id) {
    id title status
    stages { id name kind position candidateLabel defaultResponseDays suggestedResponseBy notifyCandidates }
    candidates { id name version stageEnteredAt expectedResponseBy promiseState stage { id } nextSteps { id title startsAt dueAt state } }
  }
}`;

describe('the pipeline board', () => {
  const counter = new QueryCounter();
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({}, undefined, counter);
  });
  afterAll(() => t.close());

  it('loads 1,000 candidates with their stages and steps in one request and at most 5 SQL statements', async () => {
    const f = new Fixtures(t);
    const admin = await f.signUp('Big board');
    const job = await f.createJob(admin.token);
    const [{ organization_id: org }] = await t.dataSource.query('SELECT organization_id FROM jobs WHERE id = $1', [job.id]);
    await t.dataSource.query(
      `INSERT INTO candidates (organization_id, job_id, stage_id, name, email, expected_response_by, version, stage_entered_at, updated_at)
       SELECT $1, $2, (ARRAY[$3, $4, $5]::uuid[])[1 + i % 3], 'Candidate ' || i, 'c' || i || '@example.com',
              current_date + (i % 10) - 3, 1, now(), now()
         FROM generate_series(1, 1000) AS i`,
      [org, job.id, job.stages[0].id, job.stages[1].id, job.stages[2].id],
    );
    await t.dataSource.query(
      `INSERT INTO next_steps (organization_id, candidate_id, kind, title, starts_at, position, state, sequence, updated_at)
       SELECT organization_id, id, 'VIDEO_INTERVIEW', 'Interview', now() + interval '2 days', 0, 'PLANNED', 0, now()
         FROM candidates WHERE job_id = $1`,
      [job.id],
    );
    // The first board of an organization also reads its list sizes for the query-cost check
    // (graphql/list-counts.ts), kept for 30 s: one statement more, once.
    counter.reset();
    expectNoErrors(await t.gql(BOARD, { id: job.id }, admin.token));
    expect(counter.statements.length).toBeLessThanOrEqual(6);
    counter.reset();
    const res = await t.gql(BOARD, { id: job.id }, admin.token);
    expectNoErrors(res);
    expect(res.data!.job.candidates).toHaveLength(1000);
    expect(res.data!.job.candidates.every((c: { nextSteps: unknown[] }) => c.nextSteps.length === 1)).toBe(true);
    const states = new Set(res.data!.job.candidates.map((c: { promiseState: string }) => c.promiseState));
    expect(states).toEqual(new Set(['OVERDUE', 'DUE_SOON', 'ON_TRACK']));
    expect(res.data!.job.stages[0].suggestedResponseBy).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(counter.statements.length).toBeLessThanOrEqual(5);
    process.stdout.write(`board: ${counter.statements.length} SQL statements\n`);
  });

  it("draws the job's funnel from real moves: reached, current and median days per stage, scoped to the organization", async () => {
    const f = new Fixtures(t);
    const admin = await f.signUp('Funnel org');
    const job = await f.createJob(admin.token);
    const [applied, screen] = job.stages;
    const MOVE = `mutation($input: MoveCandidateInput!) { moveCandidate(input: $input) { id version } }`;
    const move = async (candidateId: string, stageId: string, expectedVersion: number) =>
      expectNoErrors(await t.gql(MOVE, { input: { candidateId, stageId, expectedVersion, notify: false } }, admin.token));

    t.clock.set('2026-11-01T09:00:00Z');
    const ann = await f.addCandidate(admin.token, job.id, { name: 'Ann', email: 'ann@example.com' });
    const ben = await f.addCandidate(admin.token, job.id, { name: 'Ben', email: 'ben@example.com' });
    await f.addCandidate(admin.token, job.id, { name: 'Cat', email: 'cat@example.com' });
    t.clock.set('2026-11-03T09:00:00Z');
    await move(ann.id, screen.id, 1);
    t.clock.set('2026-11-07T09:00:00Z');
    await move(ben.id, screen.id, 1);
    t.clock.set('2026-11-08T09:00:00Z');
    await move(ann.id, job.stages[2].id, 2);

    const FUNNEL = `query($id: ID!) { job(id: $id) { funnel { stage { id name } reached current medianDaysInStage finishedStays } } }`;
    const res = await t.gql(FUNNEL, { id: job.id }, admin.token);
    expectNoErrors(res);
    const rows = res.data!.job.funnel;
    expect(rows.map((row: { stage: { id: string } }) => row.stage.id)).toEqual(job.stages.map((stage: { id: string }) => stage.id));
    expect(rows[0]).toMatchObject({ stage: { id: applied.id }, reached: 3, current: 1, medianDaysInStage: 4, finishedStays: 2 });
    expect(rows[1]).toMatchObject({ stage: { id: screen.id }, reached: 2, current: 1, medianDaysInStage: 5, finishedStays: 1 });
    expect(rows[2]).toMatchObject({ reached: 1, current: 1, medianDaysInStage: null, finishedStays: 0 });

    const stranger = await f.signUp('Other org');
    const leak = await t.gql(FUNNEL, { id: job.id }, stranger.token);
    expect(leak.data?.job ?? null).toBeNull();
  });

  it('never lets a stage pass 100% of the funnel: a later stage implies the earlier ones, an outcome only those really reached', async () => {
    const f = new Fixtures(t);
    const admin = await f.signUp('Funnel implied org');
    const job = await f.createJob(admin.token);
    const byKind = (kind: string) => job.stages.find((stage) => stage.kind === kind)!;
    const [applied, screen] = job.stages;
    // Two candidates added straight into the phone screen (the "Phone screen 2 (200%)").
    const ann = await f.addCandidate(admin.token, job.id, { name: 'Ann', email: 'ann@example.com', stageId: screen.id });
    await f.addCandidate(admin.token, job.id, { name: 'Ben', email: 'ben@example.com', stageId: screen.id });
    // Ann is then turned down: that implies nothing beyond the stages she was in.
    expectNoErrors(
      await t.gql(`mutation($input: MoveCandidateInput!) { moveCandidate(input: $input) { id } }`, { input: { candidateId: ann.id, stageId: byKind('REJECTED').id, notify: false } }, admin.token),
    );

    const res = await t.gql(`query($id: ID!) { job(id: $id) { funnel { stage { id kind } reached current } } }`, { id: job.id }, admin.token);
    expectNoErrors(res);
    const rows: { stage: { id: string; kind: string }; reached: number; current: number }[] = res.data!.job.funnel;
    const reached = (id: string) => rows.find((row) => row.stage.id === id)!.reached;
    expect(reached(applied.id)).toBe(2);
    expect(reached(screen.id)).toBe(2);
    expect(rows.find((row) => row.stage.id === applied.id)!.current).toBe(0);
    expect(reached(byKind('REJECTED').id)).toBe(1);
    // Every stage after the phone screen and before the outcomes: nobody got there.
    const later = rows.slice(2).filter((row) => !['HIRED', 'REJECTED', 'WITHDRAWN'].includes(row.stage.kind));
    expect(later.length).toBeGreaterThan(0);
    expect(later.every((row) => row.reached === 0)).toBe(true);
    expect(rows.every((row) => row.reached <= rows[0].reached)).toBe(true);
  });
});
