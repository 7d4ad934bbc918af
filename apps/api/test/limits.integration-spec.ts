import { addDays, calendarDateInZone, LIMITS } from '@candor/domain';
import { codeOf, GqlResult, randomAddress, startTestApp, TestApp } from './support/test-app';
import { expectNoErrors, Fixtures, SignedIn } from './support/fixtures';
import { pngFile } from './support/images';

/**
 * Every limit in LIMITS at its boundary, through the public API: exactly the limit is accepted,
 * one past it is refused with BAD_USER_INPUT (CONFLICT for counts that depend on stored rows)
 * naming the field, also where the field sits inside a nested input or a list. Lengths are
 * measured after trimming, so values here carry no outer spaces.
 */
describe('limits at their boundary', () => {
  let t: TestApp;
  let f: Fixtures;
  let admin: SignedIn;
  let job: Awaited<ReturnType<Fixtures['createJob']>>;
  const today = () => calendarDateInZone(t.clock.now(), 'America/Los_Angeles');
  const text = (n: number) => 'x'.repeat(n);

  beforeAll(async () => {
    t = await startTestApp({ SESSION_TTL_HOURS: '720' });
    f = new Fixtures(t);
    // 21:00 in Los Angeles is already tomorrow in UTC: day limits count the organization's days.
    t.clock.set('2026-12-02T05:00:00Z');
    admin = await f.signUp('Limits', { timeZone: 'America/Los_Angeles' });
    job = await f.createJob(admin.token);
  });
  afterAll(() => t.close());

  const refused = (res: GqlResult, field: string, code = 'BAD_USER_INPUT') => {
    expect(res.errors?.[0]?.extensions).toMatchObject({ code });
    if (code === 'BAD_USER_INPUT') expect(JSON.stringify(res.errors![0].extensions)).toContain(field);
  };
  const candidate = () => f.addCandidate(admin.token, job.id);
  const gql = (query: string, variables: Record<string, unknown>) => t.gql(query, variables, admin.token);
  const ADD_CANDIDATE = 'mutation($i: AddCandidateInput!) { addCandidate(input: $i) { id } }';
  const ADD_STEP = 'mutation($i: AddNextStepInput!) { addNextStep(input: $i) { id } }';
  const CREATE_JOB = 'mutation($i: CreateJobInput!) { createJob(input: $i) { id } }';
  const MOVE = 'mutation($i: MoveCandidateInput!) { moveCandidate(input: $i) { id } }';
  const BULK = 'mutation($i: BulkMoveCandidatesInput!) { bulkMoveCandidates(input: $i) { moved { id } failures { candidateId code message } } }';
  const stages = (n: number, stage: Record<string, unknown> = {}) => [
    ...Array.from({ length: n - 1 }, (_, i) => ({ name: `Stage ${i + 1}`, kind: i === 0 ? 'APPLIED' : 'SCREEN', ...(i === 1 ? stage : {}) })),
    { name: 'Hired', kind: 'HIRED' },
  ];
  /** An address of exactly n characters (n >= 70): a 64-character local part, labels of at most 63. */
  const emailOf = (n: number) => {
    const domainLength = n - 65 - 4;
    const labels: string[] = [];
    for (let left = domainLength; left > 0; left -= 64) labels.push('d'.repeat(Math.min(63, left - (left > 63 ? 1 : 0))));
    const address = `${'a'.repeat(64)}@${labels.join('.')}.com`;
    return address.length === n ? address : `${'a'.repeat(64)}@${'d'.repeat(63)}.${'e'.repeat(n - 65 - 64 - 4)}.com`;
  };

  /** Each LIMITS entry: how it is tried at the limit and one past it. */
  const cases: Record<keyof typeof LIMITS, (() => Promise<void>) | string> = {
    organizationName: async () => {
      expectNoErrors(await gql('mutation($n: String!) { updateOrganization(input: { name: $n }) { name } }', { n: text(LIMITS.organizationName) }));
      refused(await gql('mutation($n: String!) { updateOrganization(input: { name: $n }) { name } }', { n: text(LIMITS.organizationName + 1) }), 'name');
    },
    personName: async () => {
      const signUp = (name: string) =>
        t.gql('mutation($i: SignUpInput!) { signUp(input: $i) { accessToken } }', { i: { organizationName: 'Names', name, email: `n${Math.random().toString(36).slice(2)}@example.com`, password: 'glacier trumpet orchard' } }, undefined, randomAddress());
      expectNoErrors(await signUp(text(LIMITS.personName)));
      refused(await signUp(text(LIMITS.personName + 1)), 'name');
    },
    email: async () => {
      expect(emailOf(LIMITS.email)).toHaveLength(LIMITS.email);
      expect(emailOf(LIMITS.email + 1)).toHaveLength(LIMITS.email + 1);
      expectNoErrors(await gql(ADD_CANDIDATE, { i: { jobId: job.id, name: 'Long Address', email: emailOf(LIMITS.email), notify: false } }));
      refused(await gql(ADD_CANDIDATE, { i: { jobId: job.id, name: 'Longer Address', email: emailOf(LIMITS.email + 1), notify: false } }), 'email');
    },
    passwordMin: async () => {
      const change = (newPassword: string) => gql('mutation($i: ChangePasswordInput!) { changePassword(input: $i) }', { i: { currentPassword: 'correct horse battery', newPassword } });
      refused(await change('q7#Lm2!vR9@kZ4'), 'newPassword'); // 14
      expectNoErrors(await change('q7#Lm2!vR9@kZ4w')); // 15
      expectNoErrors(await gql('mutation($i: ChangePasswordInput!) { changePassword(input: $i) }', { i: { currentPassword: 'q7#Lm2!vR9@kZ4w', newPassword: 'correct horse battery' } }));
      admin = { ...admin, token: await f.logIn(admin.email) };
    },
    passwordMinWithSecondFactor: 'two-factor sign-in needs a TOTP enrolment: security-accounts spec (8 accepted, 7 refused once enrolled)',
    passwordMax: async () => {
      const signUp = (password: string) =>
        t.gql('mutation($i: SignUpInput!) { signUp(input: $i) { accessToken } }', { i: { organizationName: 'Passwords', name: 'Pat', email: `p${Math.random().toString(36).slice(2)}@example.com`, password } }, undefined, randomAddress());
      const long = (n: number) => Array.from({ length: n }, (_, i) => 'abcdefghijklmnopqrstuvwxyz0123456789'[(i * 7 + i * i) % 36]).join('');
      expectNoErrors(await signUp(long(LIMITS.passwordMax)));
      refused(await signUp(long(LIMITS.passwordMax + 1)), 'password');
    },
    jobTitle: async () => {
      expectNoErrors(await gql(CREATE_JOB, { i: { title: text(LIMITS.jobTitle) } }));
      refused(await gql(CREATE_JOB, { i: { title: text(LIMITS.jobTitle + 1) } }), 'title');
    },
    stageName: async () => {
      expectNoErrors(await gql(CREATE_JOB, { i: { title: 'Nested', stages: stages(4, { name: text(LIMITS.stageName) }) } }));
      refused(await gql(CREATE_JOB, { i: { title: 'Nested', stages: stages(4, { name: text(LIMITS.stageName + 1) }) } }), 'name');
    },
    stageLabel: async () => {
      expectNoErrors(await gql(CREATE_JOB, { i: { title: 'Nested', stages: stages(4, { candidateLabel: text(LIMITS.stageLabel) }) } }));
      refused(await gql(CREATE_JOB, { i: { title: 'Nested', stages: stages(4, { candidateLabel: text(LIMITS.stageLabel + 1) }) } }), 'candidateLabel');
    },
    stageDescription: async () => {
      expectNoErrors(await gql(CREATE_JOB, { i: { title: 'Nested', stages: stages(4, { candidateDescription: text(LIMITS.stageDescription) }) } }));
      refused(await gql(CREATE_JOB, { i: { title: 'Nested', stages: stages(4, { candidateDescription: text(LIMITS.stageDescription + 1) }) } }), 'candidateDescription');
    },
    stagesPerJob: async () => {
      expectNoErrors(await gql(CREATE_JOB, { i: { title: 'Twenty', stages: stages(LIMITS.stagesPerJob) } }));
      refused(await gql(CREATE_JOB, { i: { title: 'Twenty-one', stages: stages(LIMITS.stagesPerJob + 1) } }), 'stages');
    },
    defaultResponseDaysMax: async () => {
      expectNoErrors(await gql(CREATE_JOB, { i: { title: 'Nested', stages: stages(4, { defaultResponseDays: LIMITS.defaultResponseDaysMax }) } }));
      refused(await gql(CREATE_JOB, { i: { title: 'Nested', stages: stages(4, { defaultResponseDays: LIMITS.defaultResponseDaysMax + 1 }) } }), 'defaultResponseDays');
    },
    candidateName: async () => {
      expectNoErrors(await gql(ADD_CANDIDATE, { i: { jobId: job.id, name: text(LIMITS.candidateName), email: 'named@example.com', notify: false } }));
      refused(await gql(ADD_CANDIDATE, { i: { jobId: job.id, name: text(LIMITS.candidateName + 1), email: 'named2@example.com', notify: false } }), 'name');
    },
    stepTitle: async () => {
      const { id } = await candidate();
      expectNoErrors(await gql(ADD_STEP, { i: { candidateId: id, kind: 'OTHER', title: text(LIMITS.stepTitle) } }));
      refused(await gql(ADD_STEP, { i: { candidateId: id, kind: 'OTHER', title: text(LIMITS.stepTitle + 1) } }), 'title');
    },
    stepLocation: async () => {
      const { id } = await candidate();
      expectNoErrors(await gql(ADD_STEP, { i: { candidateId: id, kind: 'IN_PERSON', title: 'Visit', location: text(LIMITS.stepLocation) } }));
      refused(await gql(ADD_STEP, { i: { candidateId: id, kind: 'IN_PERSON', title: 'Visit', location: text(LIMITS.stepLocation + 1) } }), 'location');
    },
    stepInstructions: async () => {
      const { id } = await candidate();
      expectNoErrors(await gql(ADD_STEP, { i: { candidateId: id, kind: 'OTHER', title: 'Read', instructions: text(LIMITS.stepInstructions) } }));
      refused(await gql(ADD_STEP, { i: { candidateId: id, kind: 'OTHER', title: 'Read', instructions: text(LIMITS.stepInstructions + 1) } }), 'instructions');
    },
    stepDurationMinutesMax: async () => {
      const { id } = await candidate();
      const startsAt = '2026-12-10T17:00:00Z';
      expectNoErrors(await gql(ADD_STEP, { i: { candidateId: id, kind: 'VIDEO_INTERVIEW', title: 'Call', startsAt, durationMinutes: LIMITS.stepDurationMinutesMax } }));
      refused(await gql(ADD_STEP, { i: { candidateId: id, kind: 'VIDEO_INTERVIEW', title: 'Call', startsAt, durationMinutes: LIMITS.stepDurationMinutesMax + 1 } }), 'durationMinutes');
      expectNoErrors(await gql(ADD_STEP, { i: { candidateId: id, kind: 'VIDEO_INTERVIEW', title: 'Call', startsAt, durationMinutes: 1 } }));
      refused(await gql(ADD_STEP, { i: { candidateId: id, kind: 'VIDEO_INTERVIEW', title: 'Call', startsAt, durationMinutes: 0 } }), 'durationMinutes');
    },
    stepsPerCandidate: async () => {
      const { id } = await candidate();
      for (let i = 0; i < LIMITS.stepsPerCandidate; i++) expectNoErrors(await gql(ADD_STEP, { i: { candidateId: id, kind: 'OTHER', title: `Step ${i + 1}` } }));
      refused(await gql(ADD_STEP, { i: { candidateId: id, kind: 'OTHER', title: 'One too many' } }), 'stepsPerCandidate', 'CONFLICT');
    },
    url: async () => {
      const { id } = await candidate();
      const url = (n: number) => `https://example.com/${'p'.repeat(n - 20)}`;
      expect(url(LIMITS.url)).toHaveLength(LIMITS.url);
      expectNoErrors(await gql(ADD_STEP, { i: { candidateId: id, kind: 'VIDEO_INTERVIEW', title: 'Call', meetingUrl: url(LIMITS.url) } }));
      refused(await gql(ADD_STEP, { i: { candidateId: id, kind: 'VIDEO_INTERVIEW', title: 'Call', meetingUrl: url(LIMITS.url + 1) } }), 'meetingUrl');
      // Inside a list: the candidate's answer with links.
      const added = await f.addCandidate(admin.token, job.id);
      const token = added.statusUrl.split('#').pop();
      const request = (await gql(ADD_STEP, { i: { candidateId: added.id, kind: 'OTHER', title: 'Portfolio', requestsResponse: true } })).data!.addNextStep.id;
      const respond = (links: string[]) => t.gql('mutation($i: RespondToRequestInput!) { respondToRequest(input: $i) { accepted } }', { i: { token, stepId: request, message: 'Here', links } }, undefined, randomAddress());
      expectNoErrors(await respond(['https://example.com/a', url(LIMITS.url)]));
      refused(await respond(['https://example.com/a', url(LIMITS.url + 1)]), 'links');
    },
    messageToCandidate: async () => {
      const one = await candidate();
      expectNoErrors(await gql(MOVE, { i: { candidateId: one.id, stageId: job.stages[1].id, messageToCandidate: text(LIMITS.messageToCandidate), notify: false } }));
      refused(await gql(MOVE, { i: { candidateId: one.id, stageId: job.stages[2].id, messageToCandidate: text(LIMITS.messageToCandidate + 1), notify: false } }), 'messageToCandidate');
      const two = await candidate();
      refused(await gql(BULK, { i: { candidateIds: [two.id], stageId: job.stages[1].id, messageToCandidate: text(LIMITS.messageToCandidate + 1), notify: false } }), 'messageToCandidate');
      expectNoErrors(await gql(BULK, { i: { candidateIds: [two.id], stageId: job.stages[1].id, messageToCandidate: text(LIMITS.messageToCandidate), notify: false } }));
    },
    promiseHorizonDays: async () => {
      expect(today()).toBe('2026-12-01');
      expectNoErrors(await gql(ADD_CANDIDATE, { i: { jobId: job.id, name: 'Far', email: 'far@example.com', notify: false, expectedResponseBy: addDays(today(), LIMITS.promiseHorizonDays) } }));
      refused(await gql(ADD_CANDIDATE, { i: { jobId: job.id, name: 'Too far', email: 'toofar@example.com', notify: false, expectedResponseBy: addDays(today(), LIMITS.promiseHorizonDays + 1) } }), 'expectedResponseBy');
      const { id } = await candidate();
      const bulk = await gql(BULK, { i: { candidateIds: [id], stageId: job.stages[1].id, expectedResponseBy: addDays(today(), LIMITS.promiseHorizonDays + 1), notify: false } });
      expect(codeOf(bulk) ?? bulk.data!.bulkMoveCandidates.failures[0]?.code).toBe('BAD_USER_INPUT');
      // Today (the organization's) is the earliest promise; yesterday is already broken.
      expectNoErrors(await gql(ADD_CANDIDATE, { i: { jobId: job.id, name: 'Today', email: 'today@example.com', notify: false, expectedResponseBy: today() } }));
      refused(await gql(ADD_CANDIDATE, { i: { jobId: job.id, name: 'Yesterday', email: 'yesterday@example.com', notify: false, expectedResponseBy: addDays(today(), -1) } }), 'expectedResponseBy');
    },
    fallbackExtensionDaysMax: async () => {
      const UPDATE = 'mutation($i: UpdateCandidateInput!) { updateCandidate(input: $i) { promises { fallbackExtensionDays } } }';
      const day = addDays(today(), 5);
      expectNoErrors(await gql(ADD_CANDIDATE, { i: { jobId: job.id, name: 'Patient', email: 'patient@example.com', notify: false, expectedResponseBy: day, fallbackExtensionDays: LIMITS.fallbackExtensionDaysMax } }));
      refused(await gql(ADD_CANDIDATE, { i: { jobId: job.id, name: 'Too patient', email: 'toopatient@example.com', notify: false, expectedResponseBy: day, fallbackExtensionDays: LIMITS.fallbackExtensionDaysMax + 1 } }), 'fallbackExtensionDays');
      const one = await candidate();
      refused(await gql(MOVE, { i: { candidateId: one.id, stageId: job.stages[1].id, expectedResponseBy: day, fallbackExtensionDays: LIMITS.fallbackExtensionDaysMax + 1, notify: false } }), 'fallbackExtensionDays');
      expectNoErrors(await gql(MOVE, { i: { candidateId: one.id, stageId: job.stages[1].id, expectedResponseBy: day, fallbackExtensionDays: LIMITS.fallbackExtensionDaysMax, notify: false } }));
      refused(await gql(UPDATE, { i: { candidateId: one.id, fallbackExtensionDays: LIMITS.fallbackExtensionDaysMax + 1 } }), 'fallbackExtensionDays');
      const updated = await gql(UPDATE, { i: { candidateId: one.id, fallbackExtensionDays: LIMITS.fallbackExtensionDaysMax - 1 } });
      expectNoErrors(updated);
      expect(updated.data!.updateCandidate.promises[0].fallbackExtensionDays).toBe(LIMITS.fallbackExtensionDaysMax - 1);
      const two = await candidate();
      refused(await gql(BULK, { i: { candidateIds: [two.id], stageId: job.stages[1].id, expectedResponseBy: day, fallbackExtensionDays: LIMITS.fallbackExtensionDaysMax + 1, notify: false } }), 'fallbackExtensionDays');
      const bulk = await gql(BULK, { i: { candidateIds: [two.id], stageId: job.stages[1].id, expectedResponseBy: day, fallbackExtensionDays: LIMITS.fallbackExtensionDaysMax, notify: false } });
      expectNoErrors(bulk);
      expect(bulk.data!.bulkMoveCandidates.failures).toEqual([]);
    },
    promiseChangeReason: async () => {
      const UPDATE = 'mutation($i: UpdateCandidateInput!) { updateCandidate(input: $i) { expectedResponseBy promises { reason } } }';
      const one = await f.addCandidate(admin.token, job.id, { expectedResponseBy: addDays(today(), 5) });
      refused(await gql(UPDATE, { i: { candidateId: one.id, expectedResponseBy: addDays(today(), 10), promiseChangeReason: text(LIMITS.promiseChangeReason + 1) } }), 'promiseChangeReason');
      const res = await gql(UPDATE, { i: { candidateId: one.id, expectedResponseBy: addDays(today(), 10), promiseChangeReason: text(LIMITS.promiseChangeReason) } });
      expectNoErrors(res);
      expect(res.data!.updateCandidate.promises[0].reason).toHaveLength(LIMITS.promiseChangeReason);
      refused(await gql(MOVE, { i: { candidateId: one.id, stageId: job.stages[1].id, expectedResponseBy: addDays(today(), 20), promiseChangeReason: text(LIMITS.promiseChangeReason + 1), notify: false } }), 'promiseChangeReason');
      expectNoErrors(await gql(MOVE, { i: { candidateId: one.id, stageId: job.stages[1].id, expectedResponseBy: addDays(today(), 20), promiseChangeReason: text(LIMITS.promiseChangeReason), notify: false } }));
    },
    promiseStatsDays: async () => {
      const STATS = 'query($from: DateTime!, $to: DateTime!) { promiseStats(from: $from, to: $to) { from to made } }';
      const from = '2024-01-01T08:00:00.000Z';
      const after = (days: number, ms = 0) => new Date(Date.parse(from) + days * 86_400_000 + ms).toISOString();
      const res = await gql(STATS, { from, to: after(LIMITS.promiseStatsDays) });
      expectNoErrors(res);
      expect(res.data!.promiseStats).toMatchObject({ from, to: after(LIMITS.promiseStatsDays) });
      refused(await gql(STATS, { from, to: after(LIMITS.promiseStatsDays, 1) }), 'to');
      refused(await gql(STATS, { from, to: after(LIMITS.promiseStatsDays + 1) }), 'to');
    },
    holidays: async () => {
      const SET = 'mutation($h: [Date!]) { updateOrganization(input: { holidays: $h }) { holidays } }';
      const days = (n: number) => Array.from({ length: n }, (_, i) => addDays('2027-01-01', i));
      const res = await gql(SET, { h: days(LIMITS.holidays) });
      expectNoErrors(res);
      expect(res.data!.updateOrganization.holidays).toEqual(days(LIMITS.holidays));
      refused(await gql(SET, { h: days(LIMITS.holidays + 1) }), 'holidays');
      expectNoErrors(await gql(SET, { h: [] }));
    },
    stepReminderHoursMax: async () => {
      const SET = 'mutation($h: Int) { updateOrganization(input: { stepReminderHours: $h }) { stepReminderHours } }';
      const res = await gql(SET, { h: LIMITS.stepReminderHoursMax });
      expectNoErrors(res);
      expect(res.data!.updateOrganization.stepReminderHours).toBe(LIMITS.stepReminderHoursMax);
      refused(await gql(SET, { h: LIMITS.stepReminderHoursMax + 1 }), 'stepReminderHours');
      expectNoErrors(await gql(SET, { h: 24 }));
    },
    stepHorizonDays: async () => {
      const { id } = await candidate();
      const at = (days: number) => new Date(t.clock.now().getTime() + days * 86_400_000).toISOString();
      expectNoErrors(await gql(ADD_STEP, { i: { candidateId: id, kind: 'OTHER', title: 'Far', startsAt: at(LIMITS.stepHorizonDays - 1) } }));
      refused(await gql(ADD_STEP, { i: { candidateId: id, kind: 'OTHER', title: 'Too far', startsAt: at(LIMITS.stepHorizonDays + 1) } }), 'startsAt');
      refused(await gql(ADD_STEP, { i: { candidateId: id, kind: 'OTHER', title: 'Too long ago', startsAt: at(-LIMITS.stepHorizonDays - 1) } }), 'startsAt');
    },
    answersPerStep: 'counted from stored answers (CONFLICT at one past the limit): status-roadmap spec sends LIMITS.answersPerStep answers, then one more',
    checkInReply: async () => {
      // A check-in to answer: the candidate's promised day lapsed (yesterday, set in the database:
      // the API refuses a past day).
      const { id, statusUrl } = await candidate();
      const yesterday = addDays(today(), -1);
      await t.dataSource.query('UPDATE candidates SET expected_response_by = $2 WHERE id = $1', [id, yesterday]);
      await t.dataSource.query("UPDATE candidate_promises SET promised_day = $2 WHERE candidate_id = $1 AND outcome = 'OPEN'", [id, yesterday]);
      const checkedIn = await t.gql('mutation($token: String!) { checkIn(token: $token) { accepted } }', { token: statusUrl.split('#').pop() });
      expect(checkedIn.data?.checkIn.accepted).toBe(true);
      const [{ id: checkInId }] = await t.dataSource.query('SELECT id FROM check_ins WHERE candidate_id = $1', [id]);
      const REPLY = 'mutation($i: ReplyToCheckInInput!) { replyToCheckIn(input: $i) { reply { message } } }';
      // One past the limit first: a refused reply leaves the check-in unanswered, so the limit itself can still be sent.
      refused(await gql(REPLY, { i: { checkInId, message: text(LIMITS.checkInReply + 1) } }), 'message');
      const accepted = await gql(REPLY, { i: { checkInId, message: text(LIMITS.checkInReply) } });
      expectNoErrors(accepted);
      expect(accepted.data!.replyToCheckIn.reply.message).toHaveLength(LIMITS.checkInReply);
    },
    timeZone: 'every IANA zone name is shorter than 64 characters: a longer one is refused as unknown (bad-input spec)',
    logoBytes: async () => {
      const padding = LIMITS.logoBytes - pngFile(1, 1).length;
      expectNoErrors(await uploadLogo(pngFile(1, 1, padding)));
      refused(await uploadLogo(pngFile(1, 1, padding + 1)), 'contentBase64');
    },
    logoSidePixels: async () => {
      expectNoErrors(await uploadLogo(pngFile(LIMITS.logoSidePixels, 1)));
      refused(await uploadLogo(pngFile(1, LIMITS.logoSidePixels + 1)), 'contentBase64');
    },
  };
  const uploadLogo = (file: Buffer) => gql('mutation($i: UploadOrganizationLogoInput!) { uploadOrganizationLogo(input: $i) { id } }', { i: { contentBase64: file.toString('base64') } });

  it.each(Object.keys(LIMITS) as (keyof typeof LIMITS)[])('%s', async (name) => {
    const test = cases[name];
    if (typeof test === 'string') {
      expect(test.length).toBeGreaterThan(20); // the reason it is tested elsewhere
      return;
    }
    await test();
  });
});
