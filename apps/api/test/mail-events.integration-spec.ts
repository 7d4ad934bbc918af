import { createHmac, randomBytes } from 'node:crypto';
import { startTestApp, TestApp, uniqueEmail } from './support/test-app';
import { expectNoErrors, Fixtures, SignedIn } from './support/fixtures';
import { waitFor } from './support/wait-for';
import { arf, dsn } from './support/delivery-reports';
import { SmtpSink } from './support/smtp-sink';
import { CANDIDATE_EMAILS as EMAILS, MOVE_CANDIDATE as MOVE } from './support/operations';

const EVENTS_TOKEN = randomBytes(24).toString('base64url');
const MAILGUN_KEY = `key-${randomBytes(16).toString('hex')}`;
const UNDELIVERABLE = `query($id: ID!) { candidate(id: $id) { emailUndeliverable { kind reason reportedAt } } }`;
const CLEAR = `mutation($id: ID!) { clearEmailUndeliverable(candidateId: $id) { id emailUndeliverable { kind } } }`;
const UPDATE = `mutation($input: UpdateCandidateInput!) { updateCandidate(input: $input) { id email } }`;

describe('bounces and complaints (POST /mail/events/...) pause candidate email', () => {
  const sink = new SmtpSink();
  let t: TestApp;
  let f: Fixtures;
  let a: SignedIn;
  let b: SignedIn;
  let jobA: Awaited<ReturnType<Fixtures['createJob']>>;
  let jobB: Awaited<ReturnType<Fixtures['createJob']>>;
  const screenOf = (job: typeof jobA) => job.stages.find((s) => s.kind === 'SCREEN')!;
  const interviewOf = (job: typeof jobA) => job.stages.find((s) => s.name === 'Video interview')!;
  const postDsn = (body: string, token: string | null = EVENTS_TOKEN, type = 'message/rfc822') => {
    const req = t.http().post('/mail/events/dsn').set('content-type', type);
    if (token !== null) req.set('authorization', `Bearer ${token}`);
    return req.send(body);
  };
  const mailgunBody = (eventData: Record<string, unknown>, at = t.clock.now(), key = MAILGUN_KEY, token = randomBytes(25).toString('hex')) => {
    const timestamp = String(Math.floor(at.getTime() / 1000));
    return { signature: { timestamp, token, signature: createHmac('sha256', key).update(timestamp + token).digest('hex') }, 'event-data': eventData };
  };
  const postMailgun = (body: unknown) => t.http().post('/mail/events/mailgun').set('content-type', 'application/json').send(body as object);
  const marks = () => f.count('undeliverable_addresses');
  /** A message Candor sent to `address` (as its outbox records it): a report counts only about one of these. */
  const sentTo = async (address: string): Promise<string> => {
    const messageId = `<${randomBytes(16).toString('hex')}@candor-mail.test>`;
    const [org] = await t.dataSource.query(`SELECT id FROM organizations LIMIT 1`);
    await t.dataSource.query(
      `INSERT INTO email_messages (organization_id, kind, to_address, subject, status, message_id, sent_at) VALUES ($1, 'STAGE_CHANGED', $2, 'Sent', 'SENT', $3, now())`,
      [org.id, address, messageId],
    );
    return messageId;
  };
  const markOf = async (token: string, id: string) => (await t.gql(UNDELIVERABLE, { id }, token)).data!.candidate.emailUndeliverable;
  const emailsOf = async (token: string, id: string) => (await t.gql(EMAILS, { id }, token)).data!.candidate.emails as { status: string; to: string; lastError: string | null }[];
  const waitForEmail = async (token: string, id: string, status: string) => {
    await waitFor(`an email of ${id} to be ${status}`, async () => (await emailsOf(token, id)).some((e) => e.status === status));
  };

  beforeAll(async () => {
    await sink.start();
    t = await startTestApp({ SMTP_URL: sink.url, MAIL_EVENTS_TOKEN: EVENTS_TOKEN, MAILGUN_WEBHOOK_SIGNING_KEY: MAILGUN_KEY, EMAIL_RETRY_DELAY_SECONDS: '1' });
    f = new Fixtures(t);
    t.clock.set('2026-12-01T17:00:00Z');
    a = await f.signUp('Northwind Studio');
    b = await f.signUp('Southwind Works');
    jobA = await f.createJob(a.token);
    jobB = await f.createJob(b.token);
  });
  afterAll(async () => {
    await t.close();
    await sink.stop();
  });
  beforeEach(() => t.clock.set('2026-12-01T17:00:00Z'));

  it('refuses a report without the right bearer token (401) and writes nothing', async () => {
    const body = dsn([{ address: uniqueEmail('gone'), action: 'failed', status: '5.1.1' }]);
    for (const token of [null, 'wrong-token', `${EVENTS_TOKEN}x`]) {
      const res = await postDsn(body, token);
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('UNAUTHENTICATED');
    }
    expect(await marks()).toBe(0);
  });

  it('answers 400 with BAD_USER_INPUT for a body that is no report, and 413 for one too large; nothing is written', async () => {
    const cases: [string, string, RegExp][] = [
      ['Subject: hello\r\n\r\njust a message', 'message/rfc822', /not a multipart\/report/],
      ['MIME-Version: 1.0\r\nContent-Type: multipart/report; boundary="X"\r\n\r\n--X\r\nContent-Type: text/plain\r\n\r\nhi\r\n--X--\r\n', 'message/rfc822', /no message\/delivery-status/],
      ['', 'message/rfc822', /raw message/],
      ['{"not":"a report"}', 'application/json', /raw message/],
    ];
    for (const [body, type, message] of cases) {
      const res = await postDsn(body, EVENTS_TOKEN, type);
      expect({ status: res.status, code: res.body.error?.code }).toEqual({ status: 400, code: 'BAD_USER_INPUT' });
      expect(res.body.error.message).toMatch(message);
    }
    const huge = await postDsn(`Subject: x\r\n\r\n${'x'.repeat(600 * 1024)}`);
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe('BAD_USER_INPUT');
    expect(await marks()).toBe(0);
  });

  it('marks an address that failed for good (5.x.x) in every organization, not one that is delayed (4.x.x); its candidate email waits as PAUSED', async () => {
    const address = uniqueEmail('gone');
    const delayed = uniqueEmail('slow');
    const inA = await f.addCandidate(a.token, jobA.id, { email: address });
    // The same person applied elsewhere, typed in capitals: a bounce is a fact about the address.
    const inB = await f.addCandidate(b.token, jobB.id, { email: address.toUpperCase() });
    const slow = await f.addCandidate(a.token, jobA.id, { email: delayed });
    const res = await postDsn(
      dsn([
        { address: address.replace(/^./, (c) => c.toUpperCase()), action: 'failed', status: '5.1.1' },
        { address: delayed, action: 'delayed', status: '4.4.1' },
        { address: delayed, action: 'failed', status: '4.2.2' },
      ], await sentTo(address)),
    );
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ recorded: 1 });
    expect(await t.dataSource.query(`SELECT address, kind, source FROM undeliverable_addresses`)).toEqual([{ address: address.toLowerCase(), kind: 'BOUNCE', source: 'DSN' }]);
    expect(await markOf(a.token, inA.id)).toEqual({ kind: 'BOUNCE', reason: '5.1.1 smtp; 550 5.1.1 mailbox unavailable', reportedAt: '2026-12-01T17:00:00.000Z' });
    expect(await markOf(b.token, inB.id)).toMatchObject({ kind: 'BOUNCE' });
    expect(await markOf(a.token, slow.id)).toBeNull();

    expectNoErrors(await t.gql(MOVE, { input: { candidateId: inA.id, stageId: interviewOf(jobA).id } }, a.token));
    expectNoErrors(await t.gql(MOVE, { input: { candidateId: slow.id, stageId: interviewOf(jobA).id } }, a.token));
    await waitForEmail(a.token, inA.id, 'PAUSED');
    await sink.waitFor(() => sink.to(delayed).length === 1);
    await t.emailsSettled();
    expect(sink.to(address)).toHaveLength(0);
    const [paused] = await emailsOf(a.token, inA.id);
    expect(paused.lastError).toMatch(/^Paused: mail to this address stopped because it bounced \(5\.1\.1/);
    // Today lists both organizations' candidates, each to its own team only.
    const attention = async (token: string) =>
      (await t.gql(`{ needsAttention { reason receivedAt candidate { id emailUndeliverable { kind } } } }`, {}, token)).data!.needsAttention.filter(
        (i: { reason: string }) => i.reason === 'EMAIL_UNDELIVERABLE',
      );
    expect(await attention(a.token)).toEqual([{ reason: 'EMAIL_UNDELIVERABLE', receivedAt: '2026-12-01T17:00:00.000Z', candidate: { id: inA.id, emailUndeliverable: { kind: 'BOUNCE' } } }]);
    expect((await attention(b.token)).map((i: { candidate: { id: string } }) => i.candidate.id)).toEqual([inB.id]);
  });

  it('sends the paused email to a corrected address (the new address is not marked)', async () => {
    const address = uniqueEmail('typo');
    const candidate = await f.addCandidate(a.token, jobA.id, { email: address });
    expect((await postDsn(dsn([{ address, action: 'failed', status: '5.1.2' }], await sentTo(address)))).body).toEqual({ recorded: 1 });
    expectNoErrors(await t.gql(MOVE, { input: { candidateId: candidate.id, stageId: screenOf(jobA).id } }, a.token));
    await waitForEmail(a.token, candidate.id, 'PAUSED');
    const corrected = uniqueEmail('fixed');
    expectNoErrors(await t.gql(UPDATE, { input: { candidateId: candidate.id, email: corrected } }, a.token));
    await sink.waitFor(() => sink.to(corrected).length === 1);
    expect(await markOf(a.token, candidate.id)).toBeNull();
    await waitForEmail(a.token, candidate.id, 'SENT');
  });

  it("clearing the mark sends that candidate's paused email, for that organization only; a later report pauses again", async () => {
    const address = uniqueEmail('cleared');
    const inA = await f.addCandidate(a.token, jobA.id, { email: address });
    const inB = await f.addCandidate(b.token, jobB.id, { email: address });
    await postDsn(dsn([{ address, action: 'failed', status: '5.2.1' }], await sentTo(address)));
    expectNoErrors(await t.gql(MOVE, { input: { candidateId: inA.id, stageId: screenOf(jobA).id } }, a.token));
    expectNoErrors(await t.gql(MOVE, { input: { candidateId: inB.id, stageId: screenOf(jobB).id } }, b.token));
    await waitForEmail(a.token, inA.id, 'PAUSED');
    await waitForEmail(b.token, inB.id, 'PAUSED');

    t.clock.set('2026-12-01T18:00:00Z');
    const cleared = await t.gql(CLEAR, { id: inB.id }, b.token);
    expectNoErrors(cleared);
    expect(cleared.data!.clearEmailUndeliverable.emailUndeliverable).toBeNull();
    await sink.waitFor(() => sink.to(address).length === 1);
    await waitForEmail(b.token, inB.id, 'SENT');
    // Organization A's candidate with the same address is still paused.
    expect(await markOf(a.token, inA.id)).toMatchObject({ kind: 'BOUNCE' });
    expect((await emailsOf(a.token, inA.id))[0].status).toBe('PAUSED');
    const timeline = await t.gql(`query($id: ID!) { candidate(id: $id) { timeline { type } } }`, { id: inB.id }, b.token);
    expect(timeline.data!.candidate.timeline.map((e: { type: string }) => e.type)).toContain('EMAIL_UNDELIVERABLE_CLEARED');

    // Another bounce after the clearing counts again.
    t.clock.set('2026-12-01T19:00:00Z');
    await postDsn(dsn([{ address, action: 'failed', status: '5.2.1' }], await sentTo(address)));
    expect(await markOf(b.token, inB.id)).toMatchObject({ kind: 'BOUNCE', reportedAt: '2026-12-01T19:00:00.000Z' });
  });

  it('counts an RFC 5965 feedback report as a complaint, posted as multipart/report', async () => {
    const address = uniqueEmail('reporter');
    const candidate = await f.addCandidate(a.token, jobA.id, { email: address });
    const message = arf(address, await sentTo(address));
    const split = message.indexOf('\r\n\r\n');
    const contentType = /Content-Type: ([^\r\n]+)/.exec(message.slice(0, split))![1];
    const res = await postDsn(message.slice(split + 4), EVENTS_TOKEN, contentType);
    expect(res.body).toEqual({ recorded: 1 });
    expect(await markOf(a.token, candidate.id)).toMatchObject({ kind: 'COMPLAINT', reason: 'abuse' });
    // A later bounce does not turn a complaint back into a bounce.
    await postDsn(dsn([{ address, action: 'failed', status: '5.1.1' }], await sentTo(address)));
    expect(await markOf(a.token, candidate.id)).toMatchObject({ kind: 'COMPLAINT' });
  });

  it('ignores a report about no message Candor sent (anyone can write to the bounce mailbox): no Message-ID, an unknown one, or one sent to another address', async () => {
    const address = uniqueEmail('forged');
    const candidate = await f.addCandidate(a.token, jobA.id, { email: address });
    const otherMessage = await sentTo(uniqueEmail('someone-else'));
    const unsent = `<${'f'.repeat(32)}@candor-mail.test>`;
    const withoutOriginal = dsn([{ address, action: 'failed', status: '5.1.1' }]).replace(/--BOUNDARY\r\nContent-Type: text\/rfc822-headers[\s\S]*?(?=--BOUNDARY--)/, '');
    for (const body of [withoutOriginal, dsn([{ address, action: 'failed', status: '5.1.1' }], unsent), dsn([{ address, action: 'failed', status: '5.1.1' }], otherMessage), arf(address, otherMessage)]) {
      const res = await postDsn(body);
      expect({ status: res.status, body: res.body }).toEqual({ status: 200, body: { recorded: 0 } });
    }
    expect(await f.count('undeliverable_addresses', 'address = $1', [address])).toBe(0);
    expect(await markOf(a.token, candidate.id)).toBeNull();
    // One report about a real message marks its own recipient only, however many it lists.
    const real = await sentTo(address);
    const res = await postDsn(dsn([{ address, action: 'failed', status: '5.1.1' }, { address: uniqueEmail('bystander'), action: 'failed', status: '5.1.1' }], real));
    expect(res.body).toEqual({ recorded: 1 });
    expect(await markOf(a.token, candidate.id)).toMatchObject({ kind: 'BOUNCE' });
  });

  it('treats a server refusing the address itself while sending (550 5.1.1 to RCPT TO) as a bounce: PAUSED, not FAILED', async () => {
    const address = uniqueEmail('unknown');
    const candidate = await f.addCandidate(a.token, jobA.id, { email: address });
    sink.mode = 'unknown-recipient';
    try {
      expectNoErrors(await t.gql(MOVE, { input: { candidateId: candidate.id, stageId: screenOf(jobA).id } }, a.token));
      await waitForEmail(a.token, candidate.id, 'PAUSED');
    } finally {
      sink.mode = 'accept';
    }
    expect(await markOf(a.token, candidate.id)).toMatchObject({ kind: 'BOUNCE', reason: '5.1.1 User unknown' });
    expect(await t.dataSource.query(`SELECT source FROM undeliverable_addresses WHERE address = $1`, [address])).toEqual([{ source: 'SMTP' }]);
    const [email] = await emailsOf(a.token, candidate.id);
    expect(email).toMatchObject({ status: 'PAUSED', to: address });
  });

  describe("Mailgun's webhook", () => {
    const failed = (recipient: string, severity = 'permanent') => ({
      event: 'failed',
      severity,
      reason: 'bounce',
      recipient,
      'delivery-status': { code: 550, message: '5.1.1 The email account that you tried to reach does not exist.', description: '' },
    });

    it('records a permanent failure and a complaint; a temporary failure and other events change nothing', async () => {
      const bounced = uniqueEmail('mg-bounce');
      const complained = uniqueEmail('mg-complaint');
      const soft = uniqueEmail('mg-soft');
      const candidate = await f.addCandidate(a.token, jobA.id, { email: bounced });
      const complainer = await f.addCandidate(a.token, jobA.id, { email: complained });
      expect((await postMailgun(mailgunBody(failed(bounced)))).body).toEqual({ recorded: 1 });
      expect((await postMailgun(mailgunBody({ event: 'complained', recipient: complained }))).body).toEqual({ recorded: 1 });
      expect((await postMailgun(mailgunBody(failed(soft, 'temporary')))).body).toEqual({ recorded: 0 });
      expect((await postMailgun(mailgunBody({ event: 'delivered', recipient: soft }))).body).toEqual({ recorded: 0 });
      expect(await markOf(a.token, candidate.id)).toMatchObject({ kind: 'BOUNCE', reason: '550 5.1.1 The email account that you tried to reach does not exist.' });
      expect(await markOf(a.token, complainer.id)).toMatchObject({ kind: 'COMPLAINT' });
      expect(await f.count('undeliverable_addresses', 'address = $1', [soft])).toBe(0);
    });

    it('refuses a wrong signature (401), a stale timestamp and a replayed token (406), and malformed events (400), writing nothing', async () => {
      const address = uniqueEmail('mg-hostile');
      const before = await marks();
      const wrongKey = await postMailgun(mailgunBody(failed(address), t.clock.now(), 'key-someone-else'));
      expect({ status: wrongKey.status, code: wrongKey.body.error.code }).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
      const forged = mailgunBody(failed(address));
      forged.signature.timestamp = String(Number(forged.signature.timestamp) + 1);
      expect((await postMailgun(forged)).status).toBe(401);
      expect((await postMailgun({ 'event-data': failed(address) })).status).toBe(401);
      const stale = await postMailgun(mailgunBody(failed(address), new Date(t.clock.now().getTime() - 16 * 60_000)));
      expect({ status: stale.status, code: stale.body.error.code }).toEqual({ status: 406, code: 'BAD_USER_INPUT' });
      expect((await postMailgun([mailgunBody(failed(address))])).status).toBe(400);
      const noRecipient = await postMailgun(mailgunBody({ event: 'failed', severity: 'permanent' }));
      expect({ status: noRecipient.status, code: noRecipient.body.error.code }).toEqual({ status: 400, code: 'BAD_USER_INPUT' });
      expect(await marks()).toBe(before);

      const once = mailgunBody({ event: 'delivered', recipient: address });
      expect((await postMailgun(once)).status).toBe(200);
      const replay = await postMailgun({ ...once, 'event-data': failed(address) });
      expect({ status: replay.status, code: replay.body.error.code }).toEqual({ status: 406, code: 'CONFLICT' });
      expect(await marks()).toBe(before);
    });
  });

  it('is off (404) while its secret is not configured', async () => {
    const off = await startTestApp({});
    try {
      const dsnRes = await off.http().post('/mail/events/dsn').set('authorization', `Bearer ${EVENTS_TOKEN}`).set('content-type', 'message/rfc822').send(dsn([]));
      expect({ status: dsnRes.status, code: dsnRes.body.error.code }).toEqual({ status: 404, code: 'NOT_FOUND' });
      const mailgunRes = await off.http().post('/mail/events/mailgun').send(mailgunBody(failed(uniqueEmail('x'))));
      expect({ status: mailgunRes.status, code: mailgunRes.body.error.code }).toEqual({ status: 404, code: 'NOT_FOUND' });
    } finally {
      await off.close();
    }
    function failed(recipient: string) {
      return { event: 'failed', severity: 'permanent', recipient };
    }
  });
});
