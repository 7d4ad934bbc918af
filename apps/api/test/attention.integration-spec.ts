import { codeOf, startTestApp, TestApp } from './support/test-app';
import { expectNoErrors, Fixtures } from './support/fixtures';

const NEEDS_ATTENTION = `{ needsAttention { reason dueOn dueAt candidate { name promiseState } nextStep { title } } }`;

describe('needs attention', () => {
  let t: TestApp;
  let f: Fixtures;

  beforeAll(async () => {
    t = await startTestApp({ SESSION_TTL_HOURS: '720' });
    f = new Fixtures(t);
  });
  afterAll(() => {
    t.clock.reset();
    return t.close();
  });

  it('lists overdue promises, past steps not done, then promises due by tomorrow, in the organization time zone', async () => {
    // Monday 2026-11-23, 10:00 in Tokyo.
    t.clock.set('2026-11-23T01:00:00Z');
    const admin = await f.signUp('Tokyo office', { timeZone: 'Asia/Tokyo' });
    const job = await f.createJob(admin.token);
    await f.addCandidate(admin.token, job.id, { name: 'Due today', expectedResponseBy: '2026-11-23' });
    await f.addCandidate(admin.token, job.id, { name: 'Due tomorrow', expectedResponseBy: '2026-11-24' });
    await f.addCandidate(admin.token, job.id, { name: 'Due later', expectedResponseBy: '2026-11-26' });
    const withStep = await f.addCandidate(admin.token, job.id, { name: 'Had a call', expectedResponseBy: '2026-12-10' });
    await f.addStep(admin.token, withStep.id, { title: 'Phone call', kind: 'PHONE_SCREEN', startsAt: '2026-11-23T02:00:00Z', durationMinutes: 30 });
    await f.addStep(admin.token, withStep.id, { title: 'Undated step', kind: 'OTHER' });
    const done = await f.addStep(admin.token, withStep.id, { title: 'Done call', kind: 'PHONE_SCREEN', startsAt: '2026-11-23T01:30:00Z' });

    // Two days later, 00:30 on Wednesday in Tokyo (still Tuesday in UTC).
    t.clock.set('2026-11-24T15:30:00Z');
    expectNoErrors(await t.gql(`mutation($id: ID!) { completeNextStep(stepId: $id) { id } }`, { id: done.id }, admin.token));
    const res = await t.gql(NEEDS_ATTENTION, {}, admin.token);
    expectNoErrors(res);
    expect(res.data!.needsAttention).toEqual([
      { reason: 'PROMISE_OVERDUE', dueOn: '2026-11-23', dueAt: null, candidate: { name: 'Due today', promiseState: 'OVERDUE' }, nextStep: null },
      { reason: 'PROMISE_OVERDUE', dueOn: '2026-11-24', dueAt: null, candidate: { name: 'Due tomorrow', promiseState: 'OVERDUE' }, nextStep: null },
      {
        reason: 'STEP_PAST_NOT_DONE', dueOn: null, dueAt: '2026-11-23T02:30:00.000Z',
        candidate: { name: 'Had a call', promiseState: 'ON_TRACK' }, nextStep: { title: 'Phone call' },
      },
      { reason: 'PROMISE_DUE_SOON', dueOn: '2026-11-26', dueAt: null, candidate: { name: 'Due later', promiseState: 'DUE_SOON' }, nextStep: null },
    ]);
  });

  it('leaves out archived candidates and candidates with an outcome', async () => {
    t.clock.set('2026-11-23T12:00:00Z');
    const admin = await f.signUp('Outcomes');
    const job = await f.createJob(admin.token);
    const archived = await f.addCandidate(admin.token, job.id, { expectedResponseBy: '2026-11-23' });
    await t.gql(`mutation($id: ID!) { archiveCandidate(candidateId: $id) { id } }`, { id: archived.id }, admin.token);
    const hired = job.stages.find((s) => s.kind === 'HIRED')!;
    const decided = await f.addCandidate(admin.token, job.id, { stageId: hired.id });
    expect(decided.expectedResponseBy).toBeNull();
    t.clock.set('2026-11-30T12:00:00Z');
    const res = await t.gql(NEEDS_ATTENTION, {}, admin.token);
    expect(res.data!.needsAttention).toEqual([]);
  });

  it('needs a session', async () => {
    expect(codeOf(await t.gql(NEEDS_ATTENTION))).toBe('UNAUTHENTICATED');
  });
});
