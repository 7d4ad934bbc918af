import { codeOf, startTestApp, TestApp } from './support/test-app';
import { expectNoErrors, Fixtures, SignedIn } from './support/fixtures';

const ADD = `mutation($input: AddNextStepInput!) { addNextStep(input: $input) { id kind title startsAt dueAt durationMinutes location meetingUrl instructions visibleToCandidate state position } }`;
const UPDATE = `mutation($input: UpdateNextStepInput!) { updateNextStep(input: $input) { id title startsAt durationMinutes location meetingUrl state } }`;
const inDays = (days: number, hour = 9) => {
  const d = new Date(Date.now() + days * 86_400_000);
  d.setUTCHours(hour, 0, 0, 0);
  return d.toISOString();
};

describe('next steps', () => {
  let t: TestApp;
  let f: Fixtures;
  let admin: SignedIn;
  let candidateId: string;

  beforeAll(async () => {
    t = await startTestApp();
    f = new Fixtures(t);
    admin = await f.signUp('Steps');
    const job = await f.createJob(admin.token);
    candidateId = (await f.addCandidate(admin.token, job.id)).id;
  });
  afterAll(() => t.close());

  it('adds dated and undated steps in order, each on the timeline', async () => {
    const startsAt = inDays(3, 14);
    const interview = await t.gql(
      ADD,
      {
        input: {
          candidateId, kind: 'VIDEO_INTERVIEW', title: 'Video interview', startsAt: startsAt.replace('Z', '+00:00'),
          durationMinutes: 45, meetingUrl: 'https://meet.example.com/abc', instructions: 'Bring a portfolio piece.',
        },
      },
      admin.token,
    );
    expectNoErrors(interview);
    expect(interview.data!.addNextStep).toMatchObject({
      kind: 'VIDEO_INTERVIEW', startsAt, dueAt: null, durationMinutes: 45, state: 'PLANNED', visibleToCandidate: true, position: 0,
    });
    const test = await t.gql(ADD, { input: { candidateId, kind: 'WRITTEN_TEST', title: 'Writing test', dueAt: inDays(5, 17) } }, admin.token);
    const later = await t.gql(ADD, { input: { candidateId, kind: 'IN_PERSON', title: 'Studio visit', location: 'Palo Alto office' } }, admin.token);
    expect(test.data!.addNextStep.position).toBe(1);
    expect(later.data!.addNextStep).toMatchObject({ position: 2, startsAt: null, dueAt: null, location: 'Palo Alto office' });
    const res = await t.gql(`query($id: ID!) { candidate(id: $id) { nextSteps { title } timeline { type summary } } }`, { id: candidateId }, admin.token);
    expect(res.data!.candidate.nextSteps.map((s: { title: string }) => s.title)).toEqual(['Video interview', 'Writing test', 'Studio visit']);
    expect(res.data!.candidate.timeline.filter((e: { type: string }) => e.type === 'STEP_ADDED')).toHaveLength(3);
  });

  it.each([
    ['meetingUrl', { meetingUrl: 'javascript:alert(1)' }],
    ['meetingUrl', { meetingUrl: 'ftp://files.example.com' }],
    ['dueAt', { startsAt: inDays(3), dueAt: inDays(2) }],
    ['durationMinutes', { durationMinutes: 30 }],
    ['durationMinutes', { startsAt: inDays(3), durationMinutes: 0 }],
    ['durationMinutes', { startsAt: inDays(3), durationMinutes: 5000 }],
    ['startsAt', { startsAt: inDays(3000) }],
    ['title', { title: '' }],
    ['title', { title: 'x'.repeat(161) }],
    ['instructions', { instructions: 'x'.repeat(4001) }],
    ['location', { location: 'x'.repeat(301) }],
  ])('refuses a bad %s and writes nothing', async (field, override) => {
    const before = await f.count('next_steps', 'candidate_id = $1', [candidateId]);
    const res = await t.gql(ADD, { input: { candidateId, kind: 'OTHER', title: 'Bad', ...override } }, admin.token);
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await f.count('next_steps', 'candidate_id = $1', [candidateId])).toBe(before);
  });

  it('refuses instants without an offset, impossible days and unknown kinds', async () => {
    for (const startsAt of ['2026-12-01T09:00:00', '2026-02-30T09:00:00Z', 'next tuesday']) {
      const res = await t.gql(ADD, { input: { candidateId, kind: 'OTHER', title: 'Bad', startsAt } }, admin.token);
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].message).toMatch(/startsAt/);
    }
    const kind = await t.gql(ADD, { input: { candidateId, kind: 'LUNCH', title: 'Bad' } }, admin.token);
    expect(codeOf(kind)).toBe('BAD_USER_INPUT');
  });

  it('edits a planned step, raising the calendar sequence only for changes a calendar shows', async () => {
    const step = await f.addStep(admin.token, candidateId, { kind: 'OTHER', startsAt: inDays(4), durationMinutes: 30 });
    const sequence = async () => (await t.dataSource.query('SELECT sequence FROM next_steps WHERE id = $1', [step.id]))[0].sequence;
    const renamed = await t.gql(UPDATE, { input: { stepId: step.id, title: 'Writing test (90 min)' } }, admin.token);
    expect(renamed.data!.updateNextStep.title).toBe('Writing test (90 min)');
    expect(await sequence()).toBe(1);
    // Instructions are the event's description: the calendar shows them too.
    await t.gql(UPDATE, { input: { stepId: step.id, instructions: 'Bring a pen.' } }, admin.token);
    expect(await sequence()).toBe(2);
    await t.gql(UPDATE, { input: { stepId: step.id, requestsResponse: true } }, admin.token);
    expect(await sequence()).toBe(2); // not shown in the calendar
    const moved = await t.gql(UPDATE, { input: { stepId: step.id, startsAt: inDays(6), durationMinutes: 90 } }, admin.token);
    expect(moved.data!.updateNextStep).toMatchObject({ startsAt: inDays(6), durationMinutes: 90 });
    expect(await sequence()).toBe(3);
    const cleared = await t.gql(UPDATE, { input: { stepId: step.id, durationMinutes: null, location: 'Room 4' } }, admin.token);
    expect(cleared.data!.updateNextStep).toMatchObject({ durationMinutes: null, location: 'Room 4' });
    expect(await sequence()).toBe(4);
    const bad = await t.gql(UPDATE, { input: { stepId: step.id, durationMinutes: 30, startsAt: null } }, admin.token);
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'durationMinutes' });
  });

  it("takes every detail with every kind, as the public contract has it (the portal's form asks per kind)", async () => {
    const timed = await t.gql(ADD, {
      input: { candidateId, kind: 'WRITTEN_TEST', title: 'Timed writing test', startsAt: inDays(5, 9), dueAt: inDays(5, 11), durationMinutes: 60, location: 'Room 4', meetingUrl: 'https://meet.example.com/x' },
    }, admin.token);
    expectNoErrors(timed);
    const call = await f.addStep(admin.token, candidateId, { kind: 'PHONE_SCREEN', title: 'Call', startsAt: inDays(6, 10), meetingUrl: 'https://meet.example.com/call' });
    // A change of kind keeps what the step holds: only the client says what to clear.
    const decided = await t.gql(`mutation($input: UpdateNextStepInput!) { updateNextStep(input: $input) { kind startsAt meetingUrl } }`,
      { input: { stepId: call.id, kind: 'VIDEO_INTERVIEW' } }, admin.token);
    expect(decided.data!.updateNextStep).toEqual({ kind: 'VIDEO_INTERVIEW', startsAt: inDays(6, 10), meetingUrl: 'https://meet.example.com/call' });
  });

  it('marks steps done or cancelled; finished steps no longer change', async () => {
    const done = await f.addStep(admin.token, candidateId, { title: 'Phone call', kind: 'PHONE_SCREEN' });
    const cancelled = await f.addStep(admin.token, candidateId, { title: 'Second call', kind: 'PHONE_SCREEN' });
    const d = await t.gql(`mutation($id: ID!) { completeNextStep(stepId: $id) { state completedAt } }`, { id: done.id }, admin.token);
    expect(d.data!.completeNextStep.state).toBe('DONE');
    const c = await t.gql(`mutation($id: ID!) { cancelNextStep(stepId: $id) { state cancelledAt } }`, { id: cancelled.id }, admin.token);
    expect(c.data!.cancelNextStep.state).toBe('CANCELLED');
    expect(codeOf(await t.gql(UPDATE, { input: { stepId: done.id, title: 'Again' } }, admin.token))).toBe('CONFLICT');
    expect(codeOf(await t.gql(`mutation($id: ID!) { cancelNextStep(stepId: $id) { id } }`, { id: cancelled.id }, admin.token))).toBe('CONFLICT');
    const timeline = await t.gql(`query($id: ID!) { candidate(id: $id) { timeline { type } } }`, { id: candidateId }, admin.token);
    const types = timeline.data!.candidate.timeline.map((e: { type: string }) => e.type);
    expect(types).toEqual(expect.arrayContaining(['STEP_DONE', 'STEP_CANCELLED', 'STEP_UPDATED']));
  });

  it('reorders steps only with every step named once', async () => {
    const job = await f.createJob(admin.token, { title: 'Reorder steps' });
    const candidate = await f.addCandidate(admin.token, job.id);
    const a = await f.addStep(admin.token, candidate.id, { title: 'A' });
    const b = await f.addStep(admin.token, candidate.id, { title: 'B' });
    const REORDER = `mutation($input: ReorderNextStepsInput!) { reorderNextSteps(input: $input) { title position } }`;
    const res = await t.gql(REORDER, { input: { candidateId: candidate.id, stepIds: [b.id, a.id] } }, admin.token);
    expect(res.data!.reorderNextSteps).toEqual([{ title: 'B', position: 0 }, { title: 'A', position: 1 }]);
    const bad = await t.gql(REORDER, { input: { candidateId: candidate.id, stepIds: [a.id] } }, admin.token);
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'stepIds' });
  });

  it('answers NOT_FOUND for an unknown candidate or step', async () => {
    expect(codeOf(await t.gql(ADD, { input: { candidateId: '00000000-0000-4000-8000-000000000000', kind: 'OTHER', title: 'X' } }, admin.token))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(UPDATE, { input: { stepId: 'nope', title: 'X' } }, admin.token))).toBe('NOT_FOUND');
  });
});
