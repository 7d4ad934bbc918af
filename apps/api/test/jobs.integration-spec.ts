import { codeOf, startTestApp, TestApp } from './support/test-app';
import { expectNoErrors, Fixtures, SignedIn } from './support/fixtures';

const CREATE_JOB = `mutation($input: CreateJobInput!) { createJob(input: $input) { id stages { name kind position candidateLabel visibleToCandidates notifyCandidates defaultResponseDays } } }`;
const JOB = `query($id: ID!) { job(id: $id) { id title status closedAt stages { id name kind position candidateLabel defaultResponseDays } } }`;

describe('jobs and their pipelines', () => {
  let t: TestApp;
  let f: Fixtures;
  let admin: SignedIn;

  beforeAll(async () => {
    t = await startTestApp();
    f = new Fixtures(t);
    admin = await f.signUp('Pipelines');
  });
  afterAll(() => t.close());

  it('creates a job with the default pipeline when stages are omitted', async () => {
    const res = await t.gql(CREATE_JOB, { input: { title: 'Designer' } }, admin.token);
    expectNoErrors(res);
    const stages = res.data!.createJob.stages;
    expect(stages.map((s: { name: string }) => s.name)).toEqual([
      'Applied', 'Phone screen', 'Video interview', 'Assessment', 'In-person interview', 'Decision', 'Offer',
      'Hired', 'Not selected', 'Withdrawn',
    ]);
    expect(stages.map((s: { position: number }) => s.position)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(stages.every((s: { visibleToCandidates: boolean; notifyCandidates: boolean }) => s.visibleToCandidates && s.notifyCandidates)).toBe(true);
    expect(stages[8]).toMatchObject({ kind: 'REJECTED', candidateLabel: 'Not selected', defaultResponseDays: null });
  });

  it('creates a job with a custom pipeline and candidate-facing defaults', async () => {
    const res = await t.gql(
      CREATE_JOB,
      {
        input: {
          title: 'Writer',
          stages: [
            { name: 'New', kind: 'APPLIED' },
            { name: 'Writing sample', kind: 'ASSESSMENT', candidateLabel: 'Writing test', defaultResponseDays: 3 },
            { name: 'Hired', kind: 'HIRED' },
          ],
        },
      },
      admin.token,
    );
    expectNoErrors(res);
    expect(res.data!.createJob.stages[1]).toMatchObject({ name: 'Writing sample', candidateLabel: 'Writing test', defaultResponseDays: 3 });
    expect(res.data!.createJob.stages[0]).toMatchObject({ candidateLabel: 'New', defaultResponseDays: 7 });
  });

  it.each([
    ['no stages', [], /needs at least one stage/],
    ['duplicate names', [{ name: 'Chat', kind: 'SCREEN' }, { name: 'chat', kind: 'INTERVIEW' }], /twice/],
    ['only outcomes', [{ name: 'Hired', kind: 'HIRED' }], /stage before the outcome/],
    ['outcome before a stage', [{ name: 'Hired', kind: 'HIRED' }, { name: 'Chat', kind: 'SCREEN' }], /last/],
    ['an empty name', [{ name: ' ', kind: 'SCREEN' }], /must not be empty/],
    ['too many stages', Array.from({ length: 21 }, (_, i) => ({ name: `S${i}`, kind: 'INTERVIEW' })), /at most 20/],
    ['negative reply days', [{ name: 'Chat', kind: 'SCREEN', defaultResponseDays: -1 }], /0 or more/],
  ])('refuses a pipeline with %s and writes nothing', async (_, stages, message) => {
    const title = `Refused ${Math.random()}`;
    const res = await t.gql(CREATE_JOB, { input: { title, stages } }, admin.token);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toMatch(message);
    expect(res.errors![0].extensions.field).toMatch(/^stages/);
    expect(await f.count('jobs', 'title = $1', [title])).toBe(0);
  });

  it("counts a job card's numbers in Job.summary: current candidates per stage, overdue promises, archived ones left out", async () => {
    const job = await f.createJob(admin.token, { title: 'Counted' });
    const [applied, screen] = job.stages;
    const a = await f.addCandidate(admin.token, job.id, { name: 'One' });
    await f.addCandidate(admin.token, job.id, { name: 'Two' });
    const c = await f.addCandidate(admin.token, job.id, { name: 'Three' });
    const gone = await f.addCandidate(admin.token, job.id, { name: 'Gone' });
    expectNoErrors(await t.gql('mutation($i: MoveCandidateInput!) { moveCandidate(input: $i) { id } }', { i: { candidateId: c.id, stageId: screen.id, notify: false } }, admin.token));
    expectNoErrors(await t.gql('mutation($id: ID!) { archiveCandidate(candidateId: $id) { id } }', { id: gone.id }, admin.token));
    // A promise already past: set in the database (the API refuses to make one).
    await t.dataSource.query("UPDATE candidates SET expected_response_by = current_date - 2 WHERE id = $1", [a.id]);
    const res = await t.gql('query($id: ID!) { job(id: $id) { summary { candidates overdue stages { stageId count } } } }', { id: job.id }, admin.token);
    expectNoErrors(res);
    const { summary } = res.data!.job;
    expect(summary.candidates).toBe(3);
    expect(summary.overdue).toBe(1);
    expect(summary.stages).toHaveLength(job.stages.length);
    expect(summary.stages.slice(0, 2)).toEqual([{ stageId: applied.id, count: 2 }, { stageId: screen.id, count: 1 }]);
  });

  it('with allowDuplicateTitle false, refuses the title of an open job (case and white space aside); closed jobs and the default allow it', async () => {
    const first = await f.createJob(admin.token, { title: 'Data  Analyst' });
    const CREATE = `mutation($input: CreateJobInput!) { createJob(input: $input) { id title } }`;
    const refused = await t.gql(CREATE, { input: { title: '  data analyst ', allowDuplicateTitle: false } }, admin.token);
    expect(codeOf(refused)).toBe('CONFLICT');
    expect(refused.errors![0].extensions).toMatchObject({ reason: 'DUPLICATE_JOB_TITLE', existingJob: { id: first.id, title: 'Data  Analyst' } });
    expect(refused.errors![0].message).toMatch(/allowDuplicateTitle/);
    expect(await f.count('jobs', 'lower(title) = $1', ['data analyst'])).toBe(0);

    // Confirmed (true), or not asked (the default): a second job of that title.
    expectNoErrors(await t.gql(CREATE, { input: { title: 'data analyst', allowDuplicateTitle: true } }, admin.token));
    expectNoErrors(await t.gql(CREATE, { input: { title: 'DATA ANALYST' } }, admin.token));
    // Another organization's jobs and closed jobs do not count.
    const other = await f.signUp('Other pipelines');
    expectNoErrors(await t.gql(CREATE, { input: { title: 'Data Analyst', allowDuplicateTitle: false } }, other.token));
    const closed = await f.createJob(admin.token, { title: 'Archivist' });
    expectNoErrors(await t.gql('mutation($id: ID!) { closeJob(jobId: $id) { id } }', { id: closed.id }, admin.token));
    expectNoErrors(await t.gql(CREATE, { input: { title: 'archivist', allowDuplicateTitle: false } }, admin.token));
  });

  it('lets only one of two concurrent checked creations of one title through', async () => {
    const CREATE = `mutation($input: CreateJobInput!) { createJob(input: $input) { id } }`;
    const both = await Promise.all([1, 2].map(() => t.gql(CREATE, { input: { title: 'Night Porter', allowDuplicateTitle: false } }, admin.token)));
    expect(both.map(codeOf).sort()).toEqual(['CONFLICT', undefined].sort());
    expect(await f.count('jobs', 'title = $1', ['Night Porter'])).toBe(1);
  });

  it('refuses an unknown stage kind and an overlong title', async () => {
    const badKind = await t.gql(`mutation { createJob(input: { title: "X", stages: [{ name: "A", kind: LUNCH }] }) { id } }`, {}, admin.token);
    expect(codeOf(badKind)).toBe('BAD_USER_INPUT');
    const long = await t.gql(CREATE_JOB, { input: { title: 'x'.repeat(161) } }, admin.token);
    expect(codeOf(long)).toBe('BAD_USER_INPUT');
    expect(long.errors![0].extensions.field).toBe('title');
  });

  it('adds, renames, reorders and removes stages, keeping positions dense', async () => {
    const job = await f.createJob(admin.token, { title: 'Editable' });
    const added = await t.gql(
      `mutation($input: AddStageInput!) { addStage(input: $input) { id name position candidateLabel } }`,
      { input: { jobId: job.id, name: 'Portfolio review', kind: 'ASSESSMENT' } },
      admin.token,
    );
    expectNoErrors(added);
    expect(added.data!.addStage.position).toBe(7); // before the outcomes
    const renamed = await t.gql(
      `mutation($input: UpdateStageInput!) { updateStage(input: $input) { name candidateLabel defaultResponseDays visibleToCandidates } }`,
      { input: { stageId: added.data!.addStage.id, name: 'Portfolio', candidateLabel: 'Portfolio chat', defaultResponseDays: null, visibleToCandidates: false } },
      admin.token,
    );
    expect(renamed.data!.updateStage).toEqual({ name: 'Portfolio', candidateLabel: 'Portfolio chat', defaultResponseDays: null, visibleToCandidates: false });

    const current = (await t.gql(JOB, { id: job.id }, admin.token)).data!.job.stages as { id: string; name: string }[];
    const order = [current[1], current[0], ...current.slice(2)].map((s) => s.id);
    const reordered = await t.gql(
      `mutation($input: ReorderStagesInput!) { reorderStages(input: $input) { stages { id position } } }`,
      { input: { jobId: job.id, stageIds: order } },
      admin.token,
    );
    expectNoErrors(reordered);
    expect(reordered.data!.reorderStages.stages.map((s: { id: string }) => s.id)).toEqual(order);

    const removed = await t.gql(`mutation($id: ID!) { removeStage(stageId: $id) { stages { name position } } }`, { id: current[3].id }, admin.token);
    expectNoErrors(removed);
    const after = removed.data!.removeStage.stages;
    expect(after.map((s: { position: number }) => s.position)).toEqual([...after.keys()]);
    expect(after.map((s: { name: string }) => s.name)).not.toContain(current[3].name);
  });

  it('refuses reorders that are not a permutation or put an outcome first', async () => {
    const job = await f.createJob(admin.token, { title: 'Reorder rules' });
    const ids = job.stages.map((s) => s.id);
    const REORDER = `mutation($input: ReorderStagesInput!) { reorderStages(input: $input) { id } }`;
    const missing = await t.gql(REORDER, { input: { jobId: job.id, stageIds: ids.slice(1) } }, admin.token);
    expect(missing.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'stageIds' });
    const twice = await t.gql(REORDER, { input: { jobId: job.id, stageIds: [ids[0], ...ids.slice(0, -1)] } }, admin.token);
    expect(codeOf(twice)).toBe('BAD_USER_INPUT');
    const outcomeFirst = await t.gql(REORDER, { input: { jobId: job.id, stageIds: [ids[7], ...ids.filter((id) => id !== ids[7])] } }, admin.token);
    expect(codeOf(outcomeFirst)).toBe('BAD_USER_INPUT');
    const positions = await t.dataSource.query('SELECT id FROM stages WHERE job_id = $1 ORDER BY position', [job.id]);
    expect(positions.map((r: { id: string }) => r.id)).toEqual(ids);
  });

  it('refuses to remove a stage that candidates are in, saying how many', async () => {
    const job = await f.createJob(admin.token, { title: 'Occupied' });
    await f.addCandidate(admin.token, job.id);
    await f.addCandidate(admin.token, job.id);
    const res = await t.gql(`mutation($id: ID!) { removeStage(stageId: $id) { id } }`, { id: job.stages[0].id }, admin.token);
    expect(codeOf(res)).toBe('CONFLICT');
    expect(res.errors![0].message).toMatch(/2 candidates are in "Applied"/);
    expect(await f.count('stages', 'job_id = $1', [job.id])).toBe(10);
  });

  it('closes and reopens a job; a closed job takes no new candidates', async () => {
    const job = await f.createJob(admin.token, { title: 'Seasonal' });
    const closed = await t.gql(`mutation($id: ID!) { closeJob(jobId: $id) { status closedAt } }`, { id: job.id }, admin.token);
    expect(closed.data!.closeJob.status).toBe('CLOSED');
    expect(closed.data!.closeJob.closedAt).toMatch(/^\d{4}-/);
    const add = await t.gql(
      `mutation($input: AddCandidateInput!) { addCandidate(input: $input) { id } }`,
      { input: { jobId: job.id, name: 'Late', email: 'late@example.com' } },
      admin.token,
    );
    expect(codeOf(add)).toBe('CONFLICT');
    expect(codeOf(await t.gql(`mutation($id: ID!) { closeJob(jobId: $id) { id } }`, { id: job.id }, admin.token))).toBe('CONFLICT');
    const reopened = await t.gql(`mutation($id: ID!) { reopenJob(jobId: $id) { status closedAt } }`, { id: job.id }, admin.token);
    expect(reopened.data!.reopenJob).toEqual({ status: 'OPEN', closedAt: null });
  });

  it('closes a job giving every open candidate an outcome and its email, in one go', async () => {
    const job = await f.createJob(admin.token, { title: 'Closing' });
    const open = [await f.addCandidate(admin.token, job.id), await f.addCandidate(admin.token, job.id)];
    const hired = await f.addCandidate(admin.token, job.id, { stageId: job.stages.find((s) => s.kind === 'HIRED')!.id });
    const notSelected = job.stages.find((s) => s.kind === 'REJECTED')!;
    const CLOSE = `mutation($id: ID!, $final: ID) { closeJob(jobId: $id, finalStageId: $final) { status candidates { id stage { name } } } }`;
    const bad = await t.gql(CLOSE, { id: job.id, final: job.stages[1].id }, admin.token);
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'finalStageId' });
    const res = await t.gql(CLOSE, { id: job.id, final: notSelected.id }, admin.token);
    expectNoErrors(res);
    const stages = Object.fromEntries(res.data!.closeJob.candidates.map((c: { id: string; stage: { name: string } }) => [c.id, c.stage.name]));
    expect(stages).toEqual({ [open[0].id]: 'Not selected', [open[1].id]: 'Not selected', [hired.id]: 'Hired' });
    expect(await f.count('email_messages', "candidate_id = ANY($1) AND kind = 'STAGE_CHANGED'", [open.map((c) => c.id)])).toBe(2);
    expect(res.data!.closeJob.status).toBe('CLOSED');
  });

  it('lets hiring managers read jobs but not create or change them', async () => {
    const manager = await f.member(admin, 'HIRING_MANAGER');
    const job = await f.createJob(admin.token, { title: 'Read only' });
    expect((await t.gql(JOB, { id: job.id }, manager.token)).data!.job.title).toBe('Read only');
    expect(codeOf(await t.gql(CREATE_JOB, { input: { title: 'Nope' } }, manager.token))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(`mutation($id: ID!) { closeJob(jobId: $id) { id } }`, { id: job.id }, manager.token))).toBe('FORBIDDEN');
  });

  it('lists the organization jobs newest first with stages and candidates in one request', async () => {
    const other = await f.signUp('Lister');
    const older = await f.createJob(other.token, { title: 'Older' });
    const newer = await f.createJob(other.token, { title: 'Newer' });
    await f.addCandidate(other.token, older.id, { name: 'Only one' });
    const res = await t.gql(`{ jobs { title stages { name } candidates { name stage { name } } } }`, {}, other.token);
    expect(res.data!.jobs.map((j: { title: string }) => j.title)).toEqual([newer.title, older.title]);
    expect(res.data!.jobs[1].candidates).toEqual([{ name: 'Only one', stage: { name: 'Applied' } }]);
  });
});
