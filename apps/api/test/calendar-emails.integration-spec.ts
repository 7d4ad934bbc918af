import { calendarDateInZone } from '@candor/domain';
import { ParsedMail } from 'mailparser';
import { randomAddress, startTestApp, TestApp, uniqueEmail } from './support/test-app';
import { expectNoErrors, Fixtures, SignedIn } from './support/fixtures';
import { CANDIDATE_EMAILS as EMAILS, MOVE_CANDIDATE as MOVE } from './support/operations';
import { rawHeader, SmtpSink } from './support/smtp-sink';

/**
 * Step emails and their calendar messages over a real SMTP server, read with ical.js: the
 * life cycle of each step's event (REQUEST, update, CANCEL; collapsed while held; taken back
 * when the candidate leaves) and the MIME shape mail clients expect; team notices too.
 */
describe('calendar updates and team notices over real SMTP', () => {
  const sink = new SmtpSink();
  let t: TestApp;
  let f: Fixtures;
  let admin: SignedIn;

  beforeAll(async () => {
    await sink.start();
    t = await startTestApp({ SMTP_URL: sink.url, EMAIL_RETRY_DELAY_SECONDS: '1', QUEUE_SCHEMA: 'pgboss_calendar' });
    f = new Fixtures(t);
    t.clock.set('2026-12-01T10:00:00Z');
    admin = await f.signUp('Calendar Co', { timeZone: 'Europe/Berlin' });
  });
  beforeEach(() => t.clock.set('2026-12-01T10:00:00Z'));
  afterAll(async () => {
    await t.close();
    await sink.stop();
  });

  async function icsOf(mail: ParsedMail) {
    const { default: ICAL } = await import('ical.js');
    const attachment = mail.attachments.find((a) => a.contentType.startsWith('text/calendar'))!;
    const calendar = new ICAL.Component(ICAL.parse(attachment.content.toString('utf8')));
    return { method: calendar.getFirstPropertyValue('method'), event: new ICAL.Event(calendar.getFirstSubcomponent('vevent')!) };
  }

  it('sends an invitation, an update with a higher SEQUENCE and a cancellation for a dated step', async () => {
    const job = await f.createJob(admin.token);
    const candidate = await f.addCandidate(admin.token, job.id, { name: 'Hannah Schmidt' });
    const step = await f.addStep(admin.token, candidate.id, {
      kind: 'IN_PERSON', title: 'Meet the team', startsAt: '2026-12-10T13:00:00Z', durationMinutes: 120, location: 'Studio, Palo Alto',
    });
    await sink.waitFor(() => sink.to(candidate.email).length === 1);
    const invite = sink.to(candidate.email)[0];
    expect(invite.subject).toBe('Scheduled: Meet the team');
    expect(invite.text).toContain('Thursday, December 10, 2026 at 2:00 PM GMT+1 (Central European Standard Time)');
    const first = await icsOf(invite);
    expect(first.method).toBe('REQUEST');
    expect(first.event.uid).toBe(`${step.id}@candor`);
    expect(first.event.sequence).toBe(0);
    expect(first.event.startDate.toJSDate().toISOString()).toBe('2026-12-10T13:00:00.000Z');
    expect(first.event.endDate.toJSDate().toISOString()).toBe('2026-12-10T15:00:00.000Z');

    await t.gql(`mutation($i: UpdateNextStepInput!) { updateNextStep(input: $i) { id } }`, { i: { stepId: step.id, startsAt: '2026-12-11T09:00:00Z' } }, admin.token);
    await sink.waitFor(() => sink.to(candidate.email).length === 2);
    const update = sink.to(candidate.email)[1];
    expect(update.subject).toBe('Changed: Meet the team');
    const second = await icsOf(update);
    expect(second.method).toBe('REQUEST');
    expect(second.event.uid).toBe(first.event.uid);
    expect(second.event.sequence).toBe(1);
    expect(second.event.startDate.toJSDate().toISOString()).toBe('2026-12-11T09:00:00.000Z');

    await t.gql(`mutation($id: ID!) { cancelNextStep(stepId: $id) { id } }`, { id: step.id }, admin.token);
    await sink.waitFor(() => sink.to(candidate.email).length === 3);
    const cancel = sink.to(candidate.email)[2];
    expect(cancel.subject).toBe('Cancelled: Meet the team');
    const third = await icsOf(cancel);
    expect(third.method).toBe('CANCEL');
    expect(third.event.uid).toBe(first.event.uid);
    expect(third.event.sequence).toBe(2);
    expect(third.event.component.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  /** A candidate with a dated in-person step whose invitation they received. */
  async function invited(org: SignedIn = admin) {
    const job = await f.createJob(org.token);
    const candidate = await f.addCandidate(org.token, job.id);
    const step = await f.addStep(org.token, candidate.id, { kind: 'IN_PERSON', title: 'On-site', startsAt: '2026-12-10T13:00:00Z', durationMinutes: 90, location: 'Office' });
    await sink.waitFor(() => sink.to(candidate.email).length === 1);
    return { job, candidate, step };
  }

  async function calendarDownload(candidate: { statusUrl: string }, stepId: string) {
    const token = candidate.statusUrl.split('#').pop()!;
    return t.http().post('/status/calendar').set('x-forwarded-for', randomAddress()).type('form').send({ token, stepId });
  }

  const finalStage = (job: { stages: { id: string; kind: string }[] }, kind: string) => job.stages.find((s) => s.kind === kind)!.id;

  it('takes the interview back when the candidate leaves: an outcome, closing the job or archiving cancels the step and sends METHOD:CANCEL', async () => {
    const leaving: Array<[string, (c: { job: { id: string; stages: { id: string; kind: string }[] }; candidate: { id: string } }) => Promise<unknown>]> = [
      ['withdrawn', ({ job, candidate }) => t.gql(MOVE, { input: { candidateId: candidate.id, stageId: finalStage(job, 'WITHDRAWN') } }, admin.token)],
      ['not selected by closing the job', ({ job }) => t.gql(`mutation($id: ID!, $final: ID) { closeJob(jobId: $id, finalStageId: $final) { id } }`, { id: job.id, final: finalStage(job, 'REJECTED') }, admin.token)],
      ['hired', ({ job, candidate }) => t.gql(MOVE, { input: { candidateId: candidate.id, stageId: finalStage(job, 'HIRED') } }, admin.token)],
      ['archived', ({ candidate }) => t.gql(`mutation($id: ID!) { archiveCandidate(candidateId: $id) { id } }`, { id: candidate.id }, admin.token)],
    ];
    for (const [how, leave] of leaving) {
      const { job, candidate, step } = await invited();
      expect((await calendarDownload(candidate, step.id)).status).toBe(200);
      expectNoErrors((await leave({ job, candidate })) as { errors?: unknown; status: number });
      await t.tick(new Date(t.clock.now().getTime() + 60 * 60_000)); // an outcome takes effect when its undo window (Not selected: 60 minutes) closes
      await sink.waitFor(() => sink.to(candidate.email).some((m) => m.subject === 'Cancelled: On-site'));
      const cancel = await icsOf(sink.to(candidate.email).find((m) => m.subject === 'Cancelled: On-site')!);
      expect({ how, method: cancel.method, uid: cancel.event.uid, sequence: cancel.event.sequence }).toEqual({ how, method: 'CANCEL', uid: `${step.id}@candor`, sequence: 1 });
      const [row] = await t.dataSource.query('SELECT state FROM next_steps WHERE id = $1', [step.id]);
      expect({ how, state: row.state }).toEqual({ how, state: 'CANCELLED' });
      expect({ how, download: (await calendarDownload(candidate, step.id)).status }).toEqual({ how, download: 404 });
    }
  });

  it('an outcome takes effect when its undo window closes: until then the page, the steps and the calendar stay; an undo sends nothing', async () => {
    const STATUS = `query($t: String!) { candidateStatus(token: $t) { currentStage { name } expectedResponseBy outcome { kind } nextSteps { title } } }`;
    const statusOf = async (candidate: { statusUrl: string }) => (await t.gql(STATUS, { t: candidate.statusUrl.split('#').pop() })).data!.candidateStatus;
    const before = { currentStage: { name: 'Application received' }, expectedResponseBy: '2026-12-04', outcome: null, nextSteps: [{ title: 'On-site' }] };
    const reject = async (job: { stages: { id: string; kind: string }[] }, candidate: { id: string }) => {
      expectNoErrors(await t.gql(`mutation($i: UpdateCandidateInput!) { updateCandidate(input: $i) { id } }`, { i: { candidateId: candidate.id, expectedResponseBy: '2026-12-04' } }, admin.token));
      expectNoErrors(await t.gql(MOVE, { input: { candidateId: candidate.id, stageId: finalStage(job, 'REJECTED') } }, admin.token));
    };

    // Undone inside the window: nothing reaches the candidate, nothing changed for them.
    const undone = await invited();
    await reject(undone.job, undone.candidate);
    expect(await statusOf(undone.candidate)).toEqual(before);
    expect((await calendarDownload(undone.candidate, undone.step.id)).status).toBe(200);
    t.clock.set('2026-12-01T10:30:00Z');
    expectNoErrors(await t.gql(MOVE, { input: { candidateId: undone.candidate.id, stageId: undone.job.stages[0].id } }, admin.token));
    expect(await statusOf(undone.candidate)).toEqual(before); // the promise they had, not the stage's default
    expect(await t.tick('2026-12-01T11:30:00Z')).toMatchObject({ outcomes: 0 });
    await t.emailsSettled({ of: [undone.candidate.id] });
    expect(sink.to(undone.candidate.email).map((m) => m.subject)).toEqual(['Scheduled: On-site']);
    const [kept] = await t.dataSource.query('SELECT state FROM next_steps WHERE id = $1', [undone.step.id]);
    expect(kept.state).toBe('PLANNED');

    // Not undone: at the end of the hour, and not a minute before, the outcome, its email and the cancellation.
    t.clock.set('2026-12-01T10:00:00Z');
    const decided = await invited();
    await reject(decided.job, decided.candidate);
    expect(await t.tick('2026-12-01T10:59:00Z')).toMatchObject({ outcomes: 0 });
    expect(await statusOf(decided.candidate)).toEqual(before);
    expect(await t.tick('2026-12-01T11:00:00Z')).toMatchObject({ outcomes: 1 });
    expect(await statusOf(decided.candidate)).toEqual({ currentStage: { name: 'Not selected' }, expectedResponseBy: null, outcome: { kind: 'REJECTED' }, nextSteps: [] });
    await t.emailsSettled({ of: [decided.candidate.id] });
    expect(sink.to(decided.candidate.email).map((m) => m.subject).sort()).toEqual(['Cancelled: On-site', 'Scheduled: On-site', expect.stringContaining('Your application')].sort());
    expect((await calendarDownload(decided.candidate, decided.step.id)).status).toBe(404);
    expect(await t.tick('2026-12-01T11:01:00Z')).toMatchObject({ outcomes: 0 }); // once
  });

  it('collapses step changes held by quiet hours: add, two time changes and a cancel send nothing; without the cancel, one invitation at the latest time', async () => {
    const org = await f.signUp('Quiet Calendar Co', { timeZone: 'Europe/Berlin' });
    await t.gql(`mutation { updateOrganization(input: { quietHoursStart: "20:00", quietHoursEnd: "08:00" }) { quietHoursStart } }`, {}, org.token);
    const job = await f.createJob(org.token);
    t.clock.set('2026-12-01T21:00:00Z'); // 22:00 in Berlin: quiet
    const UPDATE = `mutation($i: UpdateNextStepInput!) { updateNextStep(input: $i) { id } }`;
    const changes = async (cancel: boolean) => {
      const candidate = await f.addCandidate(org.token, job.id, { notify: false });
      const step = await f.addStep(org.token, candidate.id, { kind: 'VIDEO_INTERVIEW', title: 'Video call', startsAt: '2026-12-10T09:00:00Z', durationMinutes: 30 });
      expectNoErrors(await t.gql(UPDATE, { i: { stepId: step.id, startsAt: '2026-12-10T10:00:00Z' } }, org.token));
      expectNoErrors(await t.gql(UPDATE, { i: { stepId: step.id, startsAt: '2026-12-10T11:00:00Z' } }, org.token));
      if (cancel) expectNoErrors(await t.gql(`mutation($id: ID!) { cancelNextStep(stepId: $id) { id } }`, { id: step.id }, org.token));
      return { candidate, step };
    };
    const cancelled = await changes(true);
    const moved = await changes(false);
    expect(await f.count('email_messages', "candidate_id = $1 AND status = 'SCHEDULED'", [cancelled.candidate.id])).toBe(0);
    expect(await f.count('email_messages', "candidate_id = $1 AND status = 'SCHEDULED'", [moved.candidate.id])).toBe(1);
    await t.tick('2026-12-02T07:00:00Z'); // 08:00 in Berlin
    await t.emailsSettled();
    expect(sink.to(cancelled.candidate.email)).toHaveLength(0);
    const mails = sink.to(moved.candidate.email);
    expect(mails.map((m) => m.subject)).toEqual(['Scheduled: Video call']);
    const ics = await icsOf(mails[0]);
    expect(ics.method).toBe('REQUEST');
    expect(ics.event.startDate.toJSDate().toISOString()).toBe('2026-12-10T11:00:00.000Z');
    expect(ics.event.sequence).toBe(2);
  });

  it('sends a held invitation to the address and name the candidate has when it leaves, as the ATTENDEE too', async () => {
    const org = await f.signUp('Readdressed Co', { timeZone: 'America/Sao_Paulo' });
    await t.gql(`mutation { updateOrganization(input: { quietHoursStart: "18:00", quietHoursEnd: "09:00" }) { quietHoursStart } }`, {}, org.token);
    const job = await f.createJob(org.token);
    t.clock.set('2026-12-01T23:00:00Z'); // 20:00 in São Paulo: quiet until 09:00 (12:00Z)
    const candidate = await f.addCandidate(org.token, job.id, { name: 'Joao Silva', email: 'joao.silva@exmaple.test' });
    await f.addStep(org.token, candidate.id, { kind: 'IN_PERSON', title: 'Studio visit', startsAt: '2026-12-09T13:00:00Z', durationMinutes: 60, location: 'Rua Augusta 1' });
    const right = uniqueEmail('joao');
    expectNoErrors(await t.gql(`mutation($i: UpdateCandidateInput!) { updateCandidate(input: $i) { id } }`, { i: { candidateId: candidate.id, email: right, name: 'João Silva' } }, org.token));
    const [held] = (await t.gql(EMAILS, { id: candidate.id }, org.token)).data!.candidate.emails;
    expect(held).toMatchObject({ status: 'SCHEDULED', to: right, kind: 'STEP_SCHEDULED' });
    await t.tick('2026-12-02T12:00:00Z');
    await t.emailsSettled({ of: [candidate.id] });
    expect(sink.to('joao.silva@exmaple.test')).toEqual([]);
    const [invite] = sink.to(right);
    expect(invite.text).toContain('Hi João,');
    const { event } = await icsOf(invite);
    expect(event.attendees.map((a) => [a.getParameter('cn'), String(a.getFirstValue()).toLowerCase()])).toEqual([['João Silva', `mailto:${right}`]]);
  });

  it('sends a held cancellation to the address its invitation went to, and never sends a retried message whose reason is gone', async () => {
    const org = await f.signUp('Moved Inbox Co', { timeZone: 'Europe/Berlin' });
    const job = await f.createJob(org.token);
    const candidate = await f.addCandidate(org.token, job.id, { name: 'Lena Vogel' });
    const step = await f.addStep(org.token, candidate.id, { kind: 'IN_PERSON', title: 'Studio visit', startsAt: '2026-12-10T13:00:00Z', durationMinutes: 60 });
    await sink.waitFor(() => sink.to(candidate.email).length === 1);
    await t.gql(`mutation { updateOrganization(input: { quietHoursStart: "20:00", quietHoursEnd: "08:00" }) { quietHoursStart } }`, {}, org.token);
    t.clock.set('2026-12-01T21:00:00Z'); // 22:00 in Berlin: quiet
    expectNoErrors(await t.gql(`mutation($id: ID!) { cancelNextStep(stepId: $id) { id } }`, { id: step.id }, org.token));
    const moved = uniqueEmail('lena');
    expectNoErrors(await t.gql(`mutation($i: UpdateCandidateInput!) { updateCandidate(input: $i) { id } }`, { i: { candidateId: candidate.id, email: moved } }, org.token));
    await t.tick('2026-12-02T07:00:00Z');
    await t.emailsSettled({ of: [candidate.id] });
    const cancel = sink.to(candidate.email).find((m) => m.subject === 'Cancelled: Studio visit')!;
    expect((await icsOf(cancel)).event.attendees.map((a) => String(a.getFirstValue()).toLowerCase())).toEqual([`mailto:${candidate.email}`]);
    expect(sink.to(moved)).toEqual([]);

    // An invitation that failed (550) is retried after its step was cancelled: it is cancelled, not sent.
    const second = await f.addCandidate(org.token, job.id);
    sink.mode = 'permanent-failure';
    const failing = await f.addStep(org.token, second.id, { kind: 'IN_PERSON', title: 'Second visit', startsAt: '2026-12-11T13:00:00Z', durationMinutes: 60 });
    await t.tick('2026-12-02T07:01:00Z');
    await t.emailsSettled({ of: [second.id] });
    sink.mode = 'accept';
    const [failed] = (await t.gql(EMAILS, { id: second.id }, org.token)).data!.candidate.emails;
    expect(failed).toMatchObject({ status: 'FAILED', kind: 'STEP_SCHEDULED' });
    expectNoErrors(await t.gql(`mutation($id: ID!) { cancelNextStep(stepId: $id) { id } }`, { id: failing.id }, org.token));
    expectNoErrors(await t.gql(`mutation($id: ID!) { retryEmail(emailId: $id) { id } }`, { id: failed.id }, org.token));
    await t.emailsSettled({ of: [second.id] });
    const after = (await t.gql(EMAILS, { id: second.id }, org.token)).data!.candidate.emails;
    expect(after.find((e: { id: string }) => e.id === failed.id)).toMatchObject({ status: 'CANCELLED', lastError: expect.stringContaining('no longer says') });
    expect(sink.to(second.email)).toEqual([]);
  });

  it('moves events to a new address: a cancellation to the old one, the invitation and later changes to the new one', async () => {
    const job = await f.createJob(admin.token);
    const candidate = await f.addCandidate(admin.token, job.id, { name: 'Tomas Berg' });
    const step = await f.addStep(admin.token, candidate.id, { kind: 'IN_PERSON', title: 'Team lunch', startsAt: '2026-12-10T11:00:00Z', durationMinutes: 60 });
    await sink.waitFor(() => sink.to(candidate.email).length === 1);
    const moved = uniqueEmail('tomas');
    expectNoErrors(await t.gql(`mutation($i: UpdateCandidateInput!) { updateCandidate(input: $i) { id } }`, { i: { candidateId: candidate.id, email: moved } }, admin.token));
    await sink.waitFor(() => sink.to(candidate.email).length === 2 && sink.to(moved).length === 1);
    await t.gql(`mutation($i: UpdateNextStepInput!) { updateNextStep(input: $i) { id } }`, { i: { stepId: step.id, startsAt: '2026-12-11T11:00:00Z' } }, admin.token);
    await sink.waitFor(() => sink.to(moved).length === 2);
    await t.gql(`mutation($id: ID!) { cancelNextStep(stepId: $id) { id } }`, { id: step.id }, admin.token);
    await sink.waitFor(() => sink.to(moved).length === 3);
    await t.emailsSettled({ of: [candidate.id] });
    const seen = async (address: string) =>
      Promise.all(sink.to(address).map(async (m) => {
        const { method, event } = await icsOf(m);
        return `${method} ${event.sequence} ${String(event.attendees[0].getFirstValue()).toLowerCase().replace('mailto:', '')}`;
      }));
    expect(await seen(candidate.email)).toEqual([`REQUEST 0 ${candidate.email}`, `CANCEL 1 ${candidate.email}`]);
    expect(await seen(moved)).toEqual([`REQUEST 2 ${moved}`, `REQUEST 3 ${moved}`, `CANCEL 4 ${moved}`]);
  });

  it('sends the cancellation of an invitation the candidate received even after they unsubscribed, and no new invitations', async () => {
    const { candidate, step } = await invited();
    const link = /<(http[^>]+)>/.exec(rawHeader(sink.to(candidate.email)[0], 'list-unsubscribe'))![1];
    expect((await t.http().post(new URL(link).pathname).type('form').send('List-Unsubscribe=One-Click')).status).toBe(200);
    await f.addStep(admin.token, candidate.id, { title: 'Second round', startsAt: '2026-12-12T13:00:00Z' });
    expectNoErrors(await t.gql(`mutation($id: ID!) { cancelNextStep(stepId: $id) { id } }`, { id: step.id }, admin.token));
    await sink.waitFor(() => sink.to(candidate.email).length === 2);
    await t.emailsSettled();
    expect(sink.to(candidate.email).map((m) => m.subject)).toEqual(['Scheduled: On-site', 'Cancelled: On-site']);
  });

  it('sends invitations as mail clients expect them: text/calendar in multipart/alternative, no X-WR-CALNAME, Auto-Submitted, a Message-ID on the sender domain, lang, a hidden preheader without white text, the video link as a link', async () => {
    const job = await f.createJob(admin.token);
    const candidate = await f.addCandidate(admin.token, job.id, { notify: false });
    await f.addStep(admin.token, candidate.id, { kind: 'VIDEO_INTERVIEW', title: 'Entretien vidéo', startsAt: '2026-12-10T13:00:00Z', meetingUrl: 'https://meet.example.com/abc-def' });
    await sink.waitFor(() => sink.to(candidate.email).length === 1);
    const mail = sink.to(candidate.email)[0];
    const source = sink.sourceOf(mail);
    expect(source).toMatch(/Content-Type: multipart\/alternative;[\s\S]*Content-Type: text\/calendar; charset=utf-8; method=REQUEST/);
    expect(source).not.toMatch(/X-WR-CALNAME/);
    expect(rawHeader(mail, 'auto-submitted')).toBe('Auto-Submitted: auto-generated');
    const fromDomain = /@([^>\s]+)>?$/.exec(rawHeader(mail, 'from'))![1];
    expect(mail.messageId).toMatch(new RegExp(`@${fromDomain.replace(/\./g, '\\.')}>$`));
    const html = String(mail.html);
    expect(html).toMatch(/<html[^>]* lang="en"/);
    // The hidden preheader says what and when, and has no text colour (white on white is what filters flag).
    const preheader = /<div style="display:none;([^"]*)">([^<]*)<\/div>/.exec(html)!;
    expect(preheader[1]).not.toMatch(/color/i);
    expect(preheader[2]).toMatch(/^Entretien vidéo, /);
    expect(html).toContain('<a href="https://meet.example.com/abc-def"');
    expect((await icsOf(mail)).method).toBe('REQUEST');
  });

  it('sends no invitation for a step whose time has gone by, nor for a decision (the team’s date)', async () => {
    const job = await f.createJob(admin.token);
    const candidate = await f.addCandidate(admin.token, job.id);
    // 10:00 UTC now: a call that started at 08:00 for 30 minutes has ended.
    await f.addStep(admin.token, candidate.id, { kind: 'PHONE_SCREEN', title: 'Ended call', startsAt: '2026-12-01T08:00:00Z', durationMinutes: 30 });
    await f.addStep(admin.token, candidate.id, { kind: 'DECISION', title: 'Final decision', dueAt: '2026-12-09T16:00:00Z' });
    expect(await f.count('email_messages', 'candidate_id = $1', [candidate.id])).toBe(0);
    await t.emailsSettled();
    expect(sink.to(candidate.email)).toHaveLength(0);
  });

  it('sends nothing for undated or hidden steps, or when a step is marked done', async () => {
    const job = await f.createJob(admin.token);
    const candidate = await f.addCandidate(admin.token, job.id);
    await f.addStep(admin.token, candidate.id, { title: 'Undated' });
    await f.addStep(admin.token, candidate.id, { title: 'Hidden', startsAt: '2026-12-10T13:00:00Z', visibleToCandidate: false });
    expect(await f.count('email_messages', 'candidate_id = $1', [candidate.id])).toBe(0);
    await t.emailsSettled();
    expect(sink.to(candidate.email)).toHaveLength(0);
    const dated = await f.addStep(admin.token, candidate.id, { title: 'Call', startsAt: '2026-12-10T13:00:00Z' });
    await sink.waitFor(() => sink.to(candidate.email).length === 1);
    await t.gql(`mutation($id: ID!) { completeNextStep(stepId: $id) { id } }`, { id: dated.id }, admin.token);
    expect(await f.count('email_messages', 'candidate_id = $1', [candidate.id])).toBe(1);
    await t.emailsSettled();
    expect(sink.to(candidate.email)).toHaveLength(1);
  });

  it('tells the admins and recruiters when a candidate checks in, and emails invitations', async () => {
    const recruiterEmail = uniqueEmail('recruiter');
    const invite = await t.gql(`mutation($i: InviteMemberInput!) { inviteMember(input: $i) { inviteUrl } }`, { i: { email: recruiterEmail, role: 'RECRUITER' } }, admin.token);
    expect(invite.data!.inviteMember.inviteUrl).toBeNull(); // it went by email
    await sink.waitFor(() => sink.to(recruiterEmail).length === 1);
    const inviteMail = sink.to(recruiterEmail)[0];
    expect(inviteMail.subject).toBe('Ada Admin invited you to Calendar Co on Candor');
    const token = /invite#([A-Za-z0-9_-]{43})/.exec(inviteMail.text!)![1];
    const accepted = await t.gql(`mutation($i: AcceptInviteInput!) { acceptInvite(input: $i) { accessToken } }`, { i: { token, name: 'Rae', password: 'correct horse battery' } });
    expectNoErrors(accepted);

    const job = await f.createJob(admin.token);
    const candidate = await f.addCandidate(admin.token, job.id, { name: 'Priya Natarajan', expectedResponseBy: calendarDateInZone(t.clock.now(), 'Europe/Berlin') });
    await t.dataSource.query("UPDATE candidates SET expected_response_by = expected_response_by - 2 WHERE id = $1", [candidate.id]);
    const res = await t.gql(`mutation($t: String!) { checkIn(token: $t, message: "Any news?") { accepted } }`, { t: candidate.statusUrl.split('#').pop() });
    expect(res.data!.checkIn.accepted).toBe(true);
    await sink.waitFor(() => sink.to(recruiterEmail).length === 2 && sink.to(admin.email).length === 1);
    const notice = sink.to(recruiterEmail)[1];
    expect(notice.subject).toBe('Priya Natarajan checked in about Product Designer');
    expect(notice.text).toContain('Their message: "Any news?"');
    expect(notice.text).toContain(`http://candor.test/candidates/${candidate.id}`);
    const candidateEmails = await t.gql(EMAILS, { id: candidate.id }, admin.token);
    expect(candidateEmails.data!.candidate.emails).toEqual([]);
  });
});
