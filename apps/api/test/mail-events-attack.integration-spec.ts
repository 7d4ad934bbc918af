import { randomBytes } from 'node:crypto';
import { startTestApp, TestApp, uniqueEmail } from './support/test-app';
import { expectNoErrors, Fixtures, PASSWORD, SignedIn } from './support/fixtures';
import { waitFor } from './support/wait-for';
import { dsn as report } from './support/delivery-reports';
import { rawHeader, SmtpSink } from './support/smtp-sink';
import { CANDIDATE_EMAILS as EMAILS, MOVE_CANDIDATE as MOVE } from './support/operations';

const EVENTS_TOKEN = randomBytes(24).toString('base64url');
const UNDELIVERABLE = `query($id: ID!) { candidate(id: $id) { emailUndeliverable { kind reason reportedAt } } }`;
const CLEAR = `mutation($id: ID!) { clearEmailUndeliverable(candidateId: $id) { id emailUndeliverable { kind } } }`;
const UPDATE = `mutation($input: UpdateCandidateInput!) { updateCandidate(input: $input) { id email } }`;

/** One recipient's permanent failure (5.1.1 unless told), quoting `messageId`. */
const dsn = (address: string, messageId: string, status = '5.1.1') => report([{ address, action: 'failed', status }], messageId);

describe('bounces and complaints: attacks (atk2)', () => {
  const sink = new SmtpSink();
  let t: TestApp;
  let f: Fixtures;
  let a: SignedIn;
  let b: SignedIn;
  let jobA: Awaited<ReturnType<Fixtures['createJob']>>;
  const screenOf = (job: typeof jobA) => job.stages.find((s) => s.kind === 'SCREEN')!;
  const interviewOf = (job: typeof jobA) => job.stages.find((s) => s.name === 'Video interview')!;
  const postDsn = (body: string) => t.http().post('/mail/events/dsn').set('content-type', 'message/rfc822').set('authorization', `Bearer ${EVENTS_TOKEN}`).send(body);
  /** A message Candor sent to `address`: reports count only about such messages. */
  const sentTo = async (address: string): Promise<string> => {
    const messageId = `<${randomBytes(16).toString('hex')}@candor-mail.test>`;
    const [org] = await t.dataSource.query(`SELECT id FROM organizations LIMIT 1`);
    await t.dataSource.query(`INSERT INTO email_messages (organization_id, kind, to_address, subject, status, message_id, sent_at) VALUES ($1, 'STAGE_CHANGED', $2, 'Sent', 'SENT', $3, now())`, [org.id, address, messageId]);
    return messageId;
  };
  const bounce = async (address: string) => postDsn(dsn(address, await sentTo(address)));
  const markOf = async (token: string, id: string) => (await t.gql(UNDELIVERABLE, { id }, token)).data!.candidate.emailUndeliverable;
  const emailsOf = async (token: string, id: string) => (await t.gql(EMAILS, { id }, token)).data!.candidate.emails as { id: string; status: string; to: string; lastError: string | null }[];

  beforeAll(async () => {
    await sink.start();
    t = await startTestApp({ SMTP_URL: sink.url, MAIL_EVENTS_TOKEN: EVENTS_TOKEN, EMAIL_RETRY_DELAY_SECONDS: '1' });
    f = new Fixtures(t);
    t.clock.set('2026-12-01T17:00:00Z');
    a = await f.signUp('Northwind Studio');
    b = await f.signUp('Southwind Works');
    jobA = await f.createJob(a.token);
  });
  afterAll(async () => {
    await t.close();
    await sink.stop();
  });

  it('a mark cleared for the former address does not hide an earlier bounce of the new address', async () => {
    const old = uniqueEmail('old');
    const known = uniqueEmail('knownbad');
    const candidate = await f.addCandidate(a.token, jobA.id, { email: old });
    expect((await bounce(old)).body).toEqual({ recorded: 1 });
    expect((await bounce(known)).body).toEqual({ recorded: 1 });
    t.clock.set('2026-12-01T18:00:00Z');
    expectNoErrors(await t.gql(CLEAR, { id: candidate.id }, a.token));
    // The team corrects the address to one that bounced for good earlier (say another team's candidate).
    expectNoErrors(await t.gql(UPDATE, { input: { candidateId: candidate.id, email: known } }, a.token));
    expect(await markOf(a.token, candidate.id)).toMatchObject({ kind: 'BOUNCE' });
    expectNoErrors(await t.gql(MOVE, { input: { candidateId: candidate.id, stageId: screenOf(jobA).id } }, a.token));
    await waitFor('the stage email to pause', async () => (await emailsOf(a.token, candidate.id)).some((e) => e.status === 'PAUSED'));
    await t.emailsSettled();
    expect(sink.to(known)).toHaveLength(0);
  });

  it('a change of letter case only keeps the clearing', async () => {
    const address = uniqueEmail('case');
    const candidate = await f.addCandidate(a.token, jobA.id, { email: address });
    t.clock.set('2026-12-01T19:00:00Z');
    await bounce(address);
    t.clock.set('2026-12-01T19:30:00Z');
    expectNoErrors(await t.gql(CLEAR, { id: candidate.id }, a.token));
    expectNoErrors(await t.gql(UPDATE, { input: { candidateId: candidate.id, email: address.toUpperCase() } }, a.token));
    expect(await markOf(a.token, candidate.id)).toBeNull();
    expectNoErrors(await t.gql(MOVE, { input: { candidateId: candidate.id, stageId: interviewOf(jobA).id } }, a.token));
    await sink.waitFor(() => sink.to(address).length === 1);
  });

  it('clearEmailUndeliverable: a hiring manager is refused, another organization gets NOT_FOUND, nothing changes', async () => {
    const address = uniqueEmail('roles');
    const candidate = await f.addCandidate(a.token, jobA.id, { email: address });
    t.clock.set('2026-12-01T20:00:00Z');
    await bounce(address);
    // With SMTP configured the invitation link only travels by email.
    const managerEmail = uniqueEmail('manager');
    expectNoErrors(await t.gql(`mutation($input: InviteMemberInput!) { inviteMember(input: $input) { email } }`, { input: { email: managerEmail, role: 'HIRING_MANAGER' } }, a.token));
    await sink.waitFor(() => sink.to(managerEmail).length === 1);
    const inviteToken = /#([A-Za-z0-9_-]{20,})/.exec(sink.to(managerEmail)[0].text ?? '')![1];
    const accepted = await t.gql(`mutation($input: AcceptInviteInput!) { acceptInvite(input: $input) { accessToken } }`, { input: { token: inviteToken, name: 'A manager', password: PASSWORD } });
    expectNoErrors(accepted);
    const manager = { token: accepted.data!.acceptInvite.accessToken as string };
    const byManager = await t.gql(CLEAR, { id: candidate.id }, manager.token);
    expect(byManager.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const byOther = await t.gql(CLEAR, { id: candidate.id }, b.token);
    expect(byOther.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await markOf(a.token, candidate.id)).toMatchObject({ kind: 'BOUNCE' });
    expect(await f.count('candidates', 'id = $1 AND email_undeliverable_cleared_at IS NOT NULL', [candidate.id])).toBe(0);
  });

  it("a team cannot forge a bounce for a message it sent: the Message-ID is not the email's ID the team sees", async () => {
    const victim = uniqueEmail('victim');
    const ownCopy = await f.addCandidate(a.token, jobA.id, { email: victim });
    expectNoErrors(await t.gql(MOVE, { input: { candidateId: ownCopy.id, stageId: screenOf(jobA).id } }, a.token));
    await sink.waitFor(() => sink.to(victim).length === 1);
    const [email] = await emailsOf(a.token, ownCopy.id);
    // The email's ID is shown to the team; a Message-ID made from it alone would let the team name it.
    expect((await postDsn(dsn(victim, `<${email.id}@localhost>`))).body).toEqual({ recorded: 0 });
    expect(await markOf(a.token, ownCopy.id)).toBeNull();
    // The receiving server's real bounce quotes the Message-ID it received.
    expect((await postDsn(dsn(victim, sink.to(victim)[0].messageId!))).body).toEqual({ recorded: 1 });
  });

  it('answers an unreadable body (bad Content-Encoding) with the contract 400, not an exception', async () => {
    const res = await t
      .http()
      .post('/mail/events/dsn')
      .set('content-type', 'message/rfc822')
      .set('content-encoding', 'gzip')
      .set('authorization', `Bearer ${EVENTS_TOKEN}`)
      .send('not gzip at all');
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error: { code: 'BAD_USER_INPUT', message: expect.any(String) } });
    expect(await f.count('undeliverable_addresses', 'address LIKE $1', ['%not gzip%'])).toBe(0);
  });

  it('answers a webhook body that is not JSON, or too large, in the webhook\'s error shape', async () => {
    for (const [body, status] of [['{"signature":', 400], [JSON.stringify({ pad: 'x'.repeat(400 * 1024) }), 413]] as const) {
      for (const path of ['/mail/events/mailgun', '/mail/events/dsn']) {
        const res = await t.http().post(path).set('content-type', 'application/json').set('authorization', `Bearer ${EVENTS_TOKEN}`).send(body);
        expect({ path, status: res.status, body: res.body }).toEqual({ path, status, body: { error: { code: 'BAD_USER_INPUT', message: expect.any(String) } } });
      }
    }
  });

  it('a real bounce (quoting the Message-ID it received) pauses the next email; unsubscribing then cancels it, and clearing sends nothing', async () => {
    const address = uniqueEmail('unsub');
    const candidate = await f.addCandidate(a.token, jobA.id, { email: address });
    expectNoErrors(await t.gql(MOVE, { input: { candidateId: candidate.id, stageId: screenOf(jobA).id } }, a.token));
    await sink.waitFor(() => sink.to(address).length === 1);
    const first = sink.to(address)[0];
    expect((await postDsn(dsn(address, first.messageId!))).body).toEqual({ recorded: 1 });
    expectNoErrors(await t.gql(MOVE, { input: { candidateId: candidate.id, stageId: interviewOf(jobA).id } }, a.token));
    await waitFor('the second email to pause', async () => (await emailsOf(a.token, candidate.id)).some((e) => e.status === 'PAUSED'));
    const path = new URL(/<(http[^>]+)>/.exec(rawHeader(first, 'list-unsubscribe'))![1]).pathname;
    expect((await t.http().post(path).type('form').send('List-Unsubscribe=One-Click')).status).toBe(200);
    expect((await emailsOf(a.token, candidate.id)).map((e) => e.status).sort()).toEqual(['CANCELLED', 'SENT']);
    expectNoErrors(await t.gql(CLEAR, { id: candidate.id }, a.token));
    await t.emailsSettled();
    expect(sink.to(address)).toHaveLength(1);
  });
});
