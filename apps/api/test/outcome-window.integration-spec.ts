import { expectNoErrors, Fixtures, SignedIn } from './support/fixtures';
import { CANDIDATE_EMAILS as EMAILS, MOVE_CANDIDATE as MOVE } from './support/operations';
import { SmtpSink } from './support/smtp-sink';
import { codeOf, startTestApp, TestApp } from './support/test-app';

/**
 * An outcome's undo window seen from the recruiter's side: archiving during it, removing the
 * stage the candidate still sees, and an undo that gives back a stage email still held.
 * (The candidate's side, steps and calendar: calendar-emails.integration-spec.ts.)
 */
describe('the undo window of an outcome', () => {
  const sink = new SmtpSink();
  let t: TestApp;
  let f: Fixtures;
  let admin: SignedIn;
  let job: Awaited<ReturnType<Fixtures['createJob']>>;
  const stage = (name: string) => job.stages.find((s) => s.name === name)!.id;
  const STATUS = `query($t: String!) { candidateStatus(token: $t) { currentStage { name } outcome { kind } } }`;
  const statusOf = async (candidate: { statusUrl: string }) => (await t.gql(STATUS, { t: candidate.statusUrl.split('#').pop() })).data!.candidateStatus;
  const emailsOf = async (id: string) =>
    (await t.gql(EMAILS, { id }, admin.token)).data!.candidate.emails.map((e: { subject: string; status: string }) => `${e.status}: ${e.subject}`);

  beforeAll(async () => {
    await sink.start();
    t = await startTestApp({ SMTP_URL: sink.url, QUEUE_SCHEMA: 'pgboss_outcomes' });
    f = new Fixtures(t);
    t.clock.set('2026-12-01T10:00:00Z');
    admin = await f.signUp('Window Co', { timeZone: 'Europe/Berlin' });
    job = await f.createJob(admin.token, { title: 'Editor' });
  });
  beforeEach(() => t.clock.set('2026-12-01T10:00:00Z'));
  afterAll(async () => {
    await t.close();
    await sink.stop();
  });

  it('archiving inside the window makes the outcome take effect, and its email still goes at its time', async () => {
    const candidate = await f.addCandidate(admin.token, job.id);
    expectNoErrors(await t.gql(MOVE, { input: { candidateId: candidate.id, stageId: stage('Not selected') } }, admin.token));
    t.clock.set('2026-12-01T10:05:00Z');
    expectNoErrors(await t.gql(`mutation($id: ID!) { archiveCandidate(candidateId: $id) { id } }`, { id: candidate.id }, admin.token));
    await t.tick('2026-12-01T11:00:00Z');
    await t.emailsSettled({ of: [candidate.id] });
    expect(await emailsOf(candidate.id)).toEqual(['SENT: Your application for Editor']);
    expect(sink.to(candidate.email).map((m) => m.subject)).toEqual(['Your application for Editor']);
  });

  it('refuses to remove the stage a candidate still sees while their outcome waits', async () => {
    const own = await f.createJob(admin.token, { title: 'Writer' });
    const phone = own.stages.find((s) => s.name === 'Phone screen')!.id;
    const candidate = await f.addCandidate(admin.token, own.id);
    expectNoErrors(await t.gql(MOVE, { input: { candidateId: candidate.id, stageId: phone, notify: false } }, admin.token));
    expectNoErrors(await t.gql(MOVE, { input: { candidateId: candidate.id, stageId: own.stages.find((s) => s.kind === 'REJECTED')!.id } }, admin.token));
    const removed = await t.gql(`mutation($id: ID!) { removeStage(stageId: $id) { id } }`, { id: phone }, admin.token);
    expect(codeOf(removed)).toBe('CONFLICT');
    expect(await statusOf(candidate)).toEqual({ currentStage: { name: 'Introductory call' }, outcome: null });
    await t.tick('2026-12-01T11:00:00Z'); // the window closes: now it may go
    expectNoErrors(await t.gql(`mutation($id: ID!) { removeStage(stageId: $id) { id } }`, { id: phone }, admin.token));
  });

  it('an undo gives back the held email of the stage the candidate still sees', async () => {
    const quiet = await f.signUp('Quiet Window Co', { timeZone: 'Europe/Berlin' });
    await t.gql(`mutation { updateOrganization(input: { quietHoursStart: "20:00", quietHoursEnd: "08:00" }) { quietHoursStart } }`, {}, quiet.token);
    const own = await f.createJob(quiet.token, { title: 'Designer' });
    const phone = own.stages.find((s) => s.name === 'Phone screen')!.id;
    const candidate = await f.addCandidate(quiet.token, own.id);
    t.clock.set('2026-12-01T20:00:00Z'); // 21:00 in Berlin: held until 08:00
    expectNoErrors(await t.gql(MOVE, { input: { candidateId: candidate.id, stageId: phone } }, quiet.token));
    expectNoErrors(await t.gql(MOVE, { input: { candidateId: candidate.id, stageId: own.stages.find((s) => s.kind === 'REJECTED')!.id } }, quiet.token));
    t.clock.set('2026-12-01T20:10:00Z');
    expectNoErrors(await t.gql(MOVE, { input: { candidateId: candidate.id, stageId: phone } }, quiet.token)); // the undo
    await t.tick('2026-12-02T07:00:00Z');
    await t.emailsSettled({ of: [candidate.id] });
    expect(sink.to(candidate.email).map((m) => m.subject)).toEqual(["Let's talk: Designer at Quiet Window Co"]); // the phone screen's own email, once
  });
});
