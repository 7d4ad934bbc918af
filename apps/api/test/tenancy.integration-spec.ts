import { startTestApp, TestApp } from './support/test-app';
import { Fixtures } from './support/fixtures';

/** A member of organization B tries every operation on organization A's IDs: all NOT_FOUND, A unchanged. */
describe('tenancy', () => {
  let t: TestApp;
  let f: Fixtures;
  const a = { jobId: '', stageId: '', otherStageId: '', candidateId: '', stepId: '' };
  let intruder: string;
  let snapshot: string;

  const snapshotOfA = async () =>
    JSON.stringify(
      await t.dataSource.query(
        `SELECT j.title, j.status, s.name, s.position, c.name AS candidate, c.version, c.stage_id, n.title AS step, n.state,
           (SELECT count(*) FROM timeline_events e WHERE e.candidate_id = c.id) AS events,
           (SELECT encode(token_hash, 'hex') FROM status_links l WHERE l.candidate_id = c.id) AS link
         FROM jobs j JOIN stages s ON s.job_id = j.id JOIN candidates c ON c.job_id = j.id JOIN next_steps n ON n.candidate_id = c.id
         WHERE j.id = $1 ORDER BY s.position`,
        [a.jobId],
      ),
    );

  beforeAll(async () => {
    t = await startTestApp();
    f = new Fixtures(t);
    const owner = await f.signUp('Organization A');
    const job = await f.createJob(owner.token);
    a.jobId = job.id;
    a.stageId = job.stages[0].id;
    a.otherStageId = job.stages[2].id;
    a.candidateId = (await f.addCandidate(owner.token, job.id)).id;
    a.stepId = (await f.addStep(owner.token, a.candidateId)).id;
    intruder = (await f.signUp('Organization B')).token;
    snapshot = await snapshotOfA();
  });
  afterAll(() => t.close());

  const operations: [string, string, () => Record<string, unknown>][] = [
    ['job', 'query($id: ID!) { job(id: $id) { id title } }', () => ({ id: a.jobId })],
    ['candidate', 'query($id: ID!) { candidate(id: $id) { id email statusUrl } }', () => ({ id: a.candidateId })],
    ['updateJob', 'mutation($i: UpdateJobInput!) { updateJob(input: $i) { id } }', () => ({ i: { jobId: a.jobId, title: 'Mine' } })],
    ['closeJob', 'mutation($id: ID!) { closeJob(jobId: $id) { id } }', () => ({ id: a.jobId })],
    ['reopenJob', 'mutation($id: ID!) { reopenJob(jobId: $id) { id } }', () => ({ id: a.jobId })],
    ['addStage', 'mutation($i: AddStageInput!) { addStage(input: $i) { id } }', () => ({ i: { jobId: a.jobId, name: 'Spy', kind: 'SCREEN' } })],
    ['updateStage', 'mutation($i: UpdateStageInput!) { updateStage(input: $i) { id } }', () => ({ i: { stageId: a.stageId, name: 'Spy' } })],
    ['reorderStages', 'mutation($i: ReorderStagesInput!) { reorderStages(input: $i) { id } }', () => ({ i: { jobId: a.jobId, stageIds: [a.stageId] } })],
    ['removeStage', 'mutation($id: ID!) { removeStage(stageId: $id) { id } }', () => ({ id: a.otherStageId })],
    ['addCandidate', 'mutation($i: AddCandidateInput!) { addCandidate(input: $i) { id } }', () => ({ i: { jobId: a.jobId, name: 'Spy', email: 'spy@example.com' } })],
    ['updateCandidate', 'mutation($i: UpdateCandidateInput!) { updateCandidate(input: $i) { id } }', () => ({ i: { candidateId: a.candidateId, name: 'Spy' } })],
    ['moveCandidate', 'mutation($i: MoveCandidateInput!) { moveCandidate(input: $i) { id } }', () => ({ i: { candidateId: a.candidateId, stageId: a.otherStageId } })],
    ['archiveCandidate', 'mutation($id: ID!) { archiveCandidate(candidateId: $id) { id } }', () => ({ id: a.candidateId })],
    ['restoreCandidate', 'mutation($id: ID!) { restoreCandidate(candidateId: $id) { id } }', () => ({ id: a.candidateId })],
    ['rotateStatusLink', 'mutation($id: ID!) { rotateStatusLink(candidateId: $id) { statusUrl } }', () => ({ id: a.candidateId })],
    ['addNextStep', 'mutation($i: AddNextStepInput!) { addNextStep(input: $i) { id } }', () => ({ i: { candidateId: a.candidateId, kind: 'OTHER', title: 'Spy' } })],
    ['updateNextStep', 'mutation($i: UpdateNextStepInput!) { updateNextStep(input: $i) { id } }', () => ({ i: { stepId: a.stepId, title: 'Spy' } })],
    ['reorderNextSteps', 'mutation($i: ReorderNextStepsInput!) { reorderNextSteps(input: $i) { id } }', () => ({ i: { candidateId: a.candidateId, stepIds: [a.stepId] } })],
    ['completeNextStep', 'mutation($id: ID!) { completeNextStep(stepId: $id) { id } }', () => ({ id: a.stepId })],
    ['cancelNextStep', 'mutation($id: ID!) { cancelNextStep(stepId: $id) { id } }', () => ({ id: a.stepId })],
  ];

  it.each(operations)('%s with organization A IDs answers NOT_FOUND and leaks nothing', async (_, query, variables) => {
    const res = await t.gql(query, variables(), intruder);
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0].extensions.code).toBe('NOT_FOUND');
    expect(Object.values(res.data ?? {}).every((value) => value === null)).toBe(true);
    expect(res.errors![0].message).not.toMatch(/Organization A|Margaret|Product Designer/);
  });

  it('left organization A exactly as it was', async () => {
    expect(await snapshotOfA()).toBe(snapshot);
  });

  it("shows organization B none of A's jobs, members or attention items", async () => {
    const res = await t.gql('{ jobs { id } members { email } needsAttention { candidate { id } } }', {}, intruder);
    expect(res.data!.jobs).toEqual([]);
    expect(res.data!.members).toHaveLength(1);
    expect(res.data!.needsAttention).toEqual([]);
  });
});
