import ICAL from 'ical.js';
import { codeOf, randomAddress, startTestApp, TestApp } from './support/test-app';
import { expectNoErrors, Fixtures, SignedIn } from './support/fixtures';
import { QueryCounter } from './support/query-counter';

const STATUS = `query($token: String!) {
  candidateStatus(token: $token) {
    candidateName organizationName organizationTimeZone jobTitle
    currentStage { name state description } stages { name state }
    nextSteps { id kind kindLabel title startsAt dueAt durationMinutes location meetingUrl instructions done requestsResponse calendarFile }
    expectedResponseBy canCheckIn canCheckInFrom checkInState outcome { kind message } linkWorksUntil
  }
}`;
const CHECK_IN = `mutation($token: String!, $message: String) { checkIn(token: $token, message: $message) { accepted nextAllowedOn } }`;
const MOVE = `mutation($input: MoveCandidateInput!) { moveCandidate(input: $input) { id } }`;
const tokenOf = (url: string) => url.split('#').pop()!;

describe("the candidate's status link", () => {
  const counter = new QueryCounter();
  let t: TestApp;
  let f: Fixtures;
  let admin: SignedIn;
  let job: Awaited<ReturnType<Fixtures['createJob']>>;
  const stage = (name: string) => job.stages.find((s) => s.name === name)!;

  beforeAll(async () => {
    t = await startTestApp({ SESSION_TTL_HOURS: '720' }, undefined, counter);
    f = new Fixtures(t);
    t.clock.set('2026-11-25T15:00:00Z');
    admin = await f.signUp('Northwind', { timeZone: 'America/Los_Angeles' });
    job = await f.createJob(admin.token, { title: 'Product Designer' });
  });
  afterAll(() => t.close());
  afterEach(() => t.clock.set('2026-11-25T15:00:00Z'));

  async function candidateWithSteps() {
    const candidate = await f.addCandidate(admin.token, job.id, { name: 'Margaret Okafor', expectedResponseBy: '2026-12-04' });
    await t.gql(MOVE, { input: { candidateId: candidate.id, stageId: stage('Video interview').id, expectedResponseBy: '2026-12-04' } }, admin.token);
    await f.addStep(admin.token, candidate.id, {
      kind: 'VIDEO_INTERVIEW', title: 'Video interview', startsAt: '2026-12-01T17:00:00Z', durationMinutes: 45,
      meetingUrl: 'https://meet.example.com/x', instructions: 'Bring a project.',
    });
    await f.addStep(admin.token, candidate.id, { kind: 'WRITTEN_TEST', title: 'Writing test', dueAt: '2026-12-03T01:00:00Z' });
    await f.addStep(admin.token, candidate.id, { kind: 'OTHER', title: 'Internal debrief', visibleToCandidate: false });
    await f.addStep(admin.token, candidate.id, { kind: 'OTHER', title: 'Send two work samples', requestsResponse: true });
    return candidate;
  }

  it('shows exactly what the team set, and nothing recruiter-only', async () => {
    const candidate = await candidateWithSteps();
    const res = await t.gql(STATUS, { token: tokenOf(candidate.statusUrl) });
    expectNoErrors(res);
    const status = res.data!.candidateStatus;
    expect(status).toMatchObject({
      candidateName: 'Margaret Okafor',
      organizationName: 'Northwind',
      organizationTimeZone: 'America/Los_Angeles',
      jobTitle: 'Product Designer',
      currentStage: { name: 'Video interview', state: 'CURRENT', description: expect.stringContaining('video') },
      expectedResponseBy: '2026-12-04',
      canCheckIn: false,
      canCheckInFrom: '2026-12-05',
      checkInState: 'NOT_YET',
      outcome: null,
    });
    // Moved straight from the application to the video interview: the call they never had is not listed.
    expect(status.stages).toEqual([
      { name: 'Application received', state: 'DONE' },
      { name: 'Video interview', state: 'CURRENT' },
      { name: 'Assessment', state: 'UPCOMING' },
      { name: 'In-person interview', state: 'UPCOMING' },
      { name: 'Decision', state: 'UPCOMING' },
      { name: 'Offer', state: 'UPCOMING' },
    ]);
    expect(status.nextSteps.map((s: { title: string }) => s.title)).toEqual(['Video interview', 'Writing test', 'Send two work samples']);
    expect(status.nextSteps[0]).toMatchObject({
      kind: 'VIDEO_INTERVIEW', kindLabel: 'Video interview', startsAt: '2026-12-01T17:00:00.000Z', durationMinutes: 45,
      meetingUrl: 'https://meet.example.com/x', instructions: 'Bring a project.', done: false, requestsResponse: false,
    });
    expect(status.nextSteps[2]).toMatchObject({ requestsResponse: true, calendarFile: null });
    const text = JSON.stringify(res.data);
    for (const secret of [candidate.email, candidate.id, admin.email, 'Internal debrief', 'Ada Admin']) expect(text).not.toContain(secret);
  });

  it('marks DONE only the stages the candidate went through, whatever a reorder or a move back does', async () => {
    const own = await f.createJob(admin.token, { title: 'Editor' });
    const named = (name: string) => own.stages.find((s) => s.name === name)!.id;
    const candidate = await f.addCandidate(admin.token, own.id);
    const token = tokenOf(candidate.statusUrl);
    const stagesNow = async () => (await t.gql(STATUS, { token })).data!.candidateStatus.stages.map((s: { name: string; state: string }) => `${s.name}: ${s.state}`);
    const move = async (name: string) => expectNoErrors(await t.gql(MOVE, { input: { candidateId: candidate.id, stageId: named(name), notify: false } }, admin.token));
    const reorder = async (names: string[]) => {
      const rest = own.stages.map((s) => s.id).filter((id) => !names.map(named).includes(id));
      const i = { jobId: own.id, stageIds: [...names.map(named), ...rest] };
      expectNoErrors(await t.gql(`mutation($i: ReorderStagesInput!) { reorderStages(input: $i) { id } }`, { i }, admin.token));
    };
    await move('Phone screen');
    // Phone screen and Assessment swap places: the assessment they never had is not DONE (nor listed).
    await reorder(['Applied', 'Assessment', 'Video interview', 'Phone screen', 'In-person interview', 'Decision', 'Offer']);
    expect(await stagesNow()).toEqual(['Application received: DONE', 'Introductory call: CURRENT', 'In-person interview: UPCOMING', 'Decision: UPCOMING', 'Offer: UPCOMING']);
    // Into the interview and back (an undo): the interview is ahead again, not DONE.
    await move('In-person interview');
    expect((await stagesNow()).slice(0, 3)).toEqual(['Application received: DONE', 'Introductory call: DONE', 'In-person interview: CURRENT']);
    await move('Phone screen');
    expect((await stagesNow()).slice(0, 3)).toEqual(['Application received: DONE', 'Introductory call: CURRENT', 'In-person interview: UPCOMING']);
    // A stage they went through stays DONE where a reorder puts it.
    await move('In-person interview');
    await reorder(['Applied', 'Assessment', 'Video interview', 'In-person interview', 'Phone screen', 'Decision', 'Offer']);
    expect(await stagesNow()).toEqual(['Application received: DONE', 'In-person interview: CURRENT', 'Introductory call: DONE', 'Decision: UPCOMING', 'Offer: UPCOMING']);
  });

  it('answers with one SQL statement, however many stages and steps', async () => {
    const candidate = await candidateWithSteps();
    for (let i = 0; i < 10; i++) await f.addStep(admin.token, candidate.id, { title: `Extra ${i}` });
    await t.emailsSettled({ of: [candidate.id] });
    counter.reset();
    expectNoErrors(await t.gql(STATUS, { token: tokenOf(candidate.statusUrl) }));
    expect(counter.statements).toEqual([expect.stringContaining('FROM status_links l')]);
  });

  it('gives an .ics per dated step with a stable UID and a rising SEQUENCE', async () => {
    const candidate = await candidateWithSteps();
    const token = tokenOf(candidate.statusUrl);
    const read = async () => (await t.gql(STATUS, { token })).data!.candidateStatus.nextSteps[0];
    const before = await read();
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(before.calendarFile)).getFirstSubcomponent('vevent')!);
    expect(event.uid).toBe(`${before.id}@candor`);
    expect(event.summary).toBe('Video interview · Northwind');
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-01T17:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-12-01T17:45:00.000Z');
    expect(event.sequence).toBe(0);
    await t.gql(`mutation($i: UpdateNextStepInput!) { updateNextStep(input: $i) { id } }`, { i: { stepId: before.id, startsAt: '2026-12-02T18:00:00Z' } }, admin.token);
    const after = await read();
    const moved = new ICAL.Event(new ICAL.Component(ICAL.parse(after.calendarFile)).getFirstSubcomponent('vevent')!);
    expect(moved.uid).toBe(event.uid);
    expect(moved.sequence).toBe(1);
    expect(moved.startDate.toJSDate().toISOString()).toBe('2026-12-02T18:00:00.000Z');
  });

  it('"Add to calendar" posts the token in the body and downloads the same .ics; other steps, undated steps and bad tokens get a 404', async () => {
    const candidate = await candidateWithSteps();
    const other = await candidateWithSteps();
    const token = tokenOf(candidate.statusUrl);
    const steps = (await t.gql(STATUS, { token })).data!.candidateStatus.nextSteps;
    const post = (form: Record<string, string>) =>
      t.http().post('/status/calendar').set('x-forwarded-for', randomAddress()).type('form').send(form);

    const res = await post({ token, stepId: steps[0].id });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/calendar/);
    expect(res.headers['content-disposition']).toBe('attachment; filename="video-interview.ics"');
    expect(res.headers['cache-control']).toBe('no-store');
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(res.text)).getFirstSubcomponent('vevent')!);
    expect(event.uid).toBe(`${steps[0].id}@candor`);
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-01T17:00:00.000Z');
    // The same event as the page's calendarFile: the company in the title, the way back in the description.
    expect(res.text).toBe(steps[0].calendarFile);
    expect(event.description).toContain(`Your application status: ${candidate.statusUrl}`);

    const otherSteps = (await t.gql(STATUS, { token: tokenOf(other.statusUrl) })).data!.candidateStatus.nextSteps;
    expect((await post({ token, stepId: otherSteps[0].id })).status).toBe(404);
    expect((await post({ token, stepId: steps[2].id })).status).toBe(404); // undated: nothing to add
    expect((await post({ token: 'x'.repeat(43), stepId: steps[0].id })).status).toBe(404);
    t.clock.set('2026-12-01T17:45:00Z'); // the 45-minute interview has ended: nothing to add any more
    expect((await post({ token, stepId: steps[0].id })).status).toBe(404);
    expect((await post({ token, stepId: 'not-a-uuid' })).status).toBe(404);
    // Not a single string (a repeated field arrives as a list): refused like a wrong token.
    const listed = await t.http().post('/status/calendar').set('x-forwarded-for', randomAddress()).type('form').send(`token=${token}&token=${token}&stepId=${steps[0].id}`);
    expect(listed.status).toBe(404);
    const missing = await t.http().post('/status/calendar').set('x-forwarded-for', randomAddress()).type('form').send({});
    expect(missing.status).toBe(404);
    expect(missing.text).toMatch(/no longer available/);
  });

  it('opens a check-in only after the promised date, once per promised date, and tells the team', async () => {
    const candidate = await candidateWithSteps();
    const token = tokenOf(candidate.statusUrl);
    const early = await t.gql(CHECK_IN, { token, message: 'Any news?' });
    expect(early.data!.checkIn).toEqual({ accepted: false, nextAllowedOn: '2026-12-05' });

    // 23:30 on the 4th in Los Angeles is already the 5th in UTC: still closed.
    t.clock.set('2026-12-05T07:30:00Z');
    expect((await t.gql(CHECK_IN, { token })).data!.checkIn.accepted).toBe(false);
    t.clock.set('2026-12-05T08:00:00Z');
    const status = (await t.gql(STATUS, { token })).data!.candidateStatus;
    expect(status).toMatchObject({ canCheckIn: true, canCheckInFrom: null, checkInState: 'OPEN' });
    expect((await t.gql(CHECK_IN, { token, message: '  Just checking in, thank you!  ' })).data!.checkIn).toEqual({ accepted: true, nextAllowedOn: null });
    expect((await t.gql(CHECK_IN, { token })).data!.checkIn).toEqual({ accepted: false, nextAllowedOn: null });
    expect((await t.gql(STATUS, { token })).data!.candidateStatus.checkInState).toBe('ALREADY_CHECKED_IN');

    const seen = await t.gql(
      `query($id: ID!) { candidate(id: $id) { checkIns { promisedDate message } timeline { type summary } } needsAttention { reason candidate { id } } }`,
      { id: candidate.id },
      admin.token,
    );
    expect(seen.data!.candidate.checkIns).toEqual([{ promisedDate: '2026-12-04', message: 'Just checking in, thank you!' }]);
    expect(seen.data!.candidate.timeline.at(-1)).toEqual({ type: 'CHECKED_IN', summary: 'The candidate checked in: no news by Fri, Dec 4, 2026 ("Just checking in, thank you!")' });
    expect(seen.data!.needsAttention).toContainEqual({ reason: 'CHECK_IN_WAITING', candidate: { id: candidate.id } });

    // The team answers with a new promise: the check-in is no longer waiting, and a new one waits for the new date.
    await t.gql(`mutation($i: UpdateCandidateInput!) { updateCandidate(input: $i) { id } }`, { i: { candidateId: candidate.id, expectedResponseBy: '2026-12-09' } }, admin.token);
    const after = await t.gql(`{ needsAttention { reason candidate { id } } }`, {}, admin.token);
    expect(after.data!.needsAttention).not.toContainEqual({ reason: 'CHECK_IN_WAITING', candidate: { id: candidate.id } });
    expect((await t.gql(CHECK_IN, { token })).data!.checkIn).toEqual({ accepted: false, nextAllowedOn: '2026-12-10' });
  });

  it('refuses an overlong check-in message', async () => {
    const candidate = await candidateWithSteps();
    const res = await t.gql(CHECK_IN, { token: tokenOf(candidate.statusUrl), message: 'x'.repeat(1001) });
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'message' });
  });

  it('takes answers to requests for information onto the timeline', async () => {
    const candidate = await candidateWithSteps();
    const token = tokenOf(candidate.statusUrl);
    const steps = (await t.gql(STATUS, { token })).data!.candidateStatus.nextSteps;
    const request = steps.find((s: { requestsResponse: boolean }) => s.requestsResponse);
    const RESPOND = `mutation($input: RespondToRequestInput!) { respondToRequest(input: $input) { accepted } }`;
    const ok = await t.gql(RESPOND, { input: { token, stepId: request.id, message: 'Here you go.', links: ['https://example.com/a', 'https://example.com/b'] } });
    expect(ok.data!.respondToRequest.accepted).toBe(true);
    const badLink = await t.gql(RESPOND, { input: { token, stepId: request.id, message: 'x', links: ['javascript:alert(1)'] } });
    expect(codeOf(badLink)).toBe('BAD_USER_INPUT');
    expect(badLink.errors![0].message).toContain('starting with https:// or http://'); // what the form says, and what is accepted
    const notARequest = await t.gql(RESPOND, { input: { token, stepId: steps[0].id, message: 'x' } });
    expect(notARequest.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'stepId' });
    const seen = await t.gql(`query($id: ID!) { candidate(id: $id) { responses { message links } timeline { type } } }`, { id: candidate.id }, admin.token);
    expect(seen.data!.candidate.responses).toEqual([{ message: 'Here you go.', links: ['https://example.com/a', 'https://example.com/b'] }]);
    expect(seen.data!.candidate.timeline.at(-1).type).toBe('RESPONSE_RECEIVED');
  });

  it('says the outcome respectfully and shows nothing still ahead', async () => {
    const candidate = await candidateWithSteps();
    await t.gql(MOVE, { input: { candidateId: candidate.id, stageId: stage('Not selected').id } }, admin.token);
    await t.tick(new Date(t.clock.now().getTime() + 60 * 60_000)); // the end of its undo window
    const status = (await t.gql(STATUS, { token: tokenOf(candidate.statusUrl) })).data!.candidateStatus;
    expect(status).toMatchObject({
      currentStage: { name: 'Not selected', state: 'CURRENT' },
      // The journey stays: how far they got, then the outcome; nothing upcoming.
      stages: [
        { name: 'Application received', state: 'DONE' },
        { name: 'Video interview', state: 'DONE' },
        { name: 'Not selected', state: 'CURRENT' },
      ],
      nextSteps: [],
      expectedResponseBy: null,
      canCheckIn: false,
      checkInState: 'DECIDED',
      outcome: { kind: 'REJECTED', message: expect.stringMatching(/Thank you/) },
      // Moved at 15:00 UTC on Nov 25 (07:00 in Los Angeles); the link stops 90 days of 24 hours later,
      // at 07:00 on Feb 23 in Los Angeles: Feb 22 is the last whole day it opens.
      linkWorksUntil: '2027-02-22',
    });
  });

  it('answers NOT_FOUND alike for unknown, rotated and expired links', async () => {
    const candidate = await candidateWithSteps();
    const token = tokenOf(candidate.statusUrl);
    const address = randomAddress();
    expect(codeOf(await t.gql(STATUS, { token: 'A'.repeat(43) }, undefined, address))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(STATUS, { token: 'short' }, undefined, address))).toBe('NOT_FOUND');
    const rotated = await t.gql(`mutation($id: ID!) { rotateStatusLink(candidateId: $id) { statusUrl } }`, { id: candidate.id }, admin.token);
    const stale = await t.gql(STATUS, { token }, undefined, address);
    expect(codeOf(stale)).toBe('NOT_FOUND');
    const fresh = tokenOf(rotated.data!.rotateStatusLink.statusUrl);
    expectNoErrors(await t.gql(STATUS, { token: fresh }, undefined, address));

    await t.gql(MOVE, { input: { candidateId: candidate.id, stageId: stage('Hired').id } }, admin.token);
    t.clock.set('2027-02-22T15:00:00Z'); // 89 days after the outcome
    expectNoErrors(await t.gql(STATUS, { token: fresh }, undefined, address));
    t.clock.set('2027-02-23T15:01:00Z'); // 90 days after
    const expired = await t.gql(STATUS, { token: fresh }, undefined, address);
    expect(codeOf(expired)).toBe('NOT_FOUND');
    expect(expired.errors![0].message).toBe(stale.errors![0].message);
  });

  it('rate-limits token guessing per address', async () => {
    const address = randomAddress();
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 12; i++) codes.push(codeOf(await t.gql(STATUS, { token: `${'B'.repeat(42)}${i}` }, undefined, address)));
    expect(codes.slice(0, 10).every((c) => c === 'NOT_FOUND')).toBe(true);
    expect(codes.slice(10)).toEqual(['TOO_MANY_REQUESTS', 'TOO_MANY_REQUESTS']);
    // A real link from another address still works.
    const candidate = await f.addCandidate(admin.token, job.id);
    expectNoErrors(await t.gql(STATUS, { token: tokenOf(candidate.statusUrl) }));
  });

  it('refuses guesses spread over two instances at the same count as on one', async () => {
    const other = await startTestApp(); // a second API on the same database
    try {
      const address = randomAddress();
      const codes: (string | undefined)[] = [];
      for (let i = 0; i < 13; i++) {
        const instance = i % 2 === 0 ? t : other;
        codes.push(codeOf(await instance.gql(STATUS, { token: `${'C'.repeat(42)}${i % 10}` }, undefined, address)));
      }
      expect(codes.slice(0, 10)).toEqual(Array(10).fill('NOT_FOUND'));
      expect(codes.slice(10)).toEqual(['TOO_MANY_REQUESTS', 'TOO_MANY_REQUESTS', 'TOO_MANY_REQUESTS']);
    } finally {
      await other.close();
    }
  });

  it('answers with no-store and noindex headers', async () => {
    const candidate = await f.addCandidate(admin.token, job.id);
    const res = await t.gql(STATUS, { token: tokenOf(candidate.statusUrl) });
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-robots-tag']).toBe('noindex, nofollow');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });
});
