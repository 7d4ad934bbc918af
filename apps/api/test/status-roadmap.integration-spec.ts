import ICAL from 'ical.js';
import { LIMITS } from '@candor/domain';
import { randomAddress, startTestApp, TestApp } from './support/test-app';
import { expectNoErrors, Fixtures, SignedIn } from './support/fixtures';

const STATUS = `query($token: String!) {
  candidateStatus(token: $token) {
    greetingName checkInState
    nextSteps { id title done past requestsResponse calendarFile yourAnswers { sentAt message links } }
    yourCheckIns { sentAt promisedDate message }
  }
}`;
const RESPOND = `mutation($input: RespondToRequestInput!) { respondToRequest(input: $input) { accepted } }`;
const CHECK_IN = `mutation($token: String!, $message: String) { checkIn(token: $token, message: $message) { accepted } }`;
const tokenOf = (url: string) => url.split('#').pop()!;

/** The status page as a timeline: steps in the order they happen, the past apart, the candidate's own words shown back. */
describe("the candidate's roadmap on the status page", () => {
  let t: TestApp;
  let f: Fixtures;
  let admin: SignedIn;
  let jobId: string;

  beforeAll(async () => {
    t = await startTestApp();
    f = new Fixtures(t);
    t.clock.set('2026-11-25T15:00:00Z');
    admin = await f.signUp('Northwind', { timeZone: 'America/Los_Angeles' });
    jobId = (await f.createJob(admin.token, { title: 'Product Designer' })).id;
  });
  afterAll(() => t.close());

  async function read(token: string) {
    const res = await t.gql(STATUS, { token });
    expectNoErrors(res);
    return res.data!.candidateStatus;
  }

  it('lists steps by date whatever order the team added them in, and moves what has gone by to the past', async () => {
    t.clock.set('2026-11-25T15:00:00Z');
    const candidate = await f.addCandidate(admin.token, jobId, { name: '  Ada   María Lovelace ' });
    await f.addStep(admin.token, candidate.id, { kind: 'IN_PERSON', title: 'On site Dec 4', startsAt: '2026-12-04T17:00:00Z' });
    await f.addStep(admin.token, candidate.id, { kind: 'WRITTEN_TEST', title: 'Test due Dec 3', dueAt: '2026-12-03T17:00:00Z' });
    await f.addStep(admin.token, candidate.id, { kind: 'PHONE_SCREEN', title: 'Call Nov 26', startsAt: '2026-11-26T17:00:00Z', durationMinutes: 30 });
    await f.addStep(admin.token, candidate.id, { kind: 'OTHER', title: 'Undated' });
    await f.addStep(admin.token, candidate.id, { kind: 'DECISION', title: 'Decision Dec 2', dueAt: '2026-12-02T17:00:00Z' });
    const token = tokenOf(candidate.statusUrl);

    const before = await read(token);
    expect(before.greetingName).toBe('Ada');
    expect(before.nextSteps.map((s: { title: string; past: boolean }) => [s.title, s.past])).toEqual([
      ['Call Nov 26', false],
      ['Decision Dec 2', false],
      ['Test due Dec 3', false],
      ['On site Dec 4', false],
      ['Undated', false],
    ]);

    // The call ended at 17:30 UTC on Nov 26. On Dec 2 at 18:00 the decision's day has gone by, but
    // no decision was made: it stays ahead (late, not done).
    t.clock.set('2026-12-02T18:00:00Z');
    const after = await read(token);
    expect(after.nextSteps.map((s: { title: string; past: boolean }) => [s.title, s.past])).toEqual([
      ['Decision Dec 2', false],
      ['Test due Dec 3', false],
      ['On site Dec 4', false],
      ['Undated', false],
      ['Call Nov 26', true],
    ]);
    // Nothing gone by is offered for a calendar.
    expect(after.nextSteps.filter((s: { past: boolean }) => s.past).map((s: { calendarFile: string | null }) => s.calendarFile)).toEqual([null]);
  });

  it('shows the candidate their own answers under the step, takes more, and stops at the limit with a clear CONFLICT (a count of stored rows)', async () => {
    t.clock.set('2026-11-25T15:00:00Z');
    const candidate = await f.addCandidate(admin.token, jobId, { name: 'Grace Hopper' });
    const step = await f.addStep(admin.token, candidate.id, { kind: 'OTHER', title: 'Two work samples', requestsResponse: true });
    const token = tokenOf(candidate.statusUrl);
    // Each from its own address: the per-address write limit is not what this test is about.
    const answer = (message: string, links: string[] = []) => t.gql(RESPOND, { input: { token, stepId: step.id, message, links } }, undefined, randomAddress());

    expectNoErrors(await answer('Here is the first.', ['https://example.com/a']));
    t.clock.set('2026-11-25T16:00:00Z');
    expectNoErrors(await answer('And a correction: use this one.', ['http://example.com/b']));
    const [shown] = (await read(token)).nextSteps;
    expect(shown.yourAnswers).toEqual([
      { sentAt: '2026-11-25T15:00:00.000Z', message: 'Here is the first.', links: ['https://example.com/a'] },
      { sentAt: '2026-11-25T16:00:00.000Z', message: 'And a correction: use this one.', links: ['http://example.com/b'] },
    ]);

    for (let i = 2; i < LIMITS.answersPerStep; i += 1) expectNoErrors(await answer(`More ${i}`));
    const refused = await answer('One too many');
    expect(refused.errors![0].extensions).toMatchObject({ code: 'CONFLICT' });
    expect(refused.errors![0].message).toContain(`already has ${LIMITS.answersPerStep} answers`);
    expect((await read(token)).nextSteps[0].yourAnswers).toHaveLength(LIMITS.answersPerStep);
  });

  it("shows another candidate's answers and check-ins to nobody but them", async () => {
    t.clock.set('2026-11-25T15:00:00Z');
    const one = await f.addCandidate(admin.token, jobId, { name: 'One', expectedResponseBy: '2026-11-26' });
    const other = await f.addCandidate(admin.token, jobId, { name: 'Other', expectedResponseBy: '2026-11-26' });
    t.clock.set('2026-11-28T18:00:00Z');
    expect((await t.gql(CHECK_IN, { token: tokenOf(one.statusUrl), message: 'Any news?' })).data!.checkIn.accepted).toBe(true);
    expect((await read(tokenOf(one.statusUrl))).yourCheckIns).toEqual([
      { sentAt: '2026-11-28T18:00:00.000Z', promisedDate: '2026-11-26', message: 'Any news?' },
    ]);
    expect((await read(tokenOf(other.statusUrl))).yourCheckIns).toEqual([]);
  });

  it('gives .ics files that name the company and lead back to the status page', async () => {
    t.clock.set('2026-11-25T15:00:00Z');
    const candidate = await f.addCandidate(admin.token, jobId, { name: 'Katherine Johnson' });
    await f.addStep(admin.token, candidate.id, {
      kind: 'VIDEO_INTERVIEW', title: 'Portfolio review', startsAt: '2026-12-01T17:00:00Z', meetingUrl: 'https://meet.example.com/r', instructions: 'Bring two projects.',
    });
    const [step] = (await read(tokenOf(candidate.statusUrl))).nextSteps;
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(step.calendarFile)).getFirstSubcomponent('vevent')!);
    expect(event.summary).toBe('Portfolio review · Northwind');
    expect(event.description.split('\n\n')).toEqual([
      'Product Designer at Northwind',
      'Bring two projects.',
      'Video link: https://meet.example.com/r',
      `Your application status: ${candidate.statusUrl}`,
    ]);
  });
});
