import { expectNoErrors, Fixtures, PASSWORD } from './support/fixtures';
import { leaksIn, logWatch } from './support/log-watch';
import { SmtpSink } from './support/smtp-sink';
import { randomAddress, startTestApp, TestApp, uniqueEmail } from './support/test-app';
import { waitFor } from './support/wait-for';

/** The request log's line (pino, recorded by the test app) of the request with this ID. */
async function requestLine(reqId: string): Promise<Record<string, unknown>> {
  let found: string | undefined;
  await waitFor(`the request line of ${reqId}`, () => {
    found = logWatch().lines.find((line) => line.includes(`"reqId":"${reqId}"`) && line.includes('"durationMs"'));
    return found !== undefined;
  });
  return JSON.parse(found!);
}

/**
 * Every path that handles a token or an email address, run once with every log level recorded:
 * no status, invite, reset, session or API token, and no email address, reaches a log line.
 * (log-guard.ts checks the same after every spec file; this spec names the paths.)
 */
describe('nothing secret or personal reaches a log line', () => {
  const sink = new SmtpSink();
  let t: TestApp;
  let f: Fixtures;

  beforeAll(async () => {
    await sink.start();
    t = await startTestApp({ SMTP_URL: sink.url, EMAIL_MAX_ATTEMPTS: '1' });
    f = new Fixtures(t);
    t.clock.set('2026-11-25T10:00:00Z'); // the dates below are ahead of this instant, whatever the real date
  });
  afterAll(async () => {
    await t.close();
    await sink.stop();
  });

  it('across sign-up, log-in, invites, resets, the status page, check-ins, answers, failed deliveries and unsubscribes', async () => {
    const admin = await f.signUp('Quiet Logs', { timeZone: 'Europe/Berlin' });
    // A failed log-in with a known address, and with an unknown one.
    await t.gql('mutation($i: LogInInput!) { logIn(input: $i) { accessToken } }', { i: { email: admin.email, password: 'wrong password entirely' } }, undefined, randomAddress());
    await t.gql('mutation($i: LogInInput!) { logIn(input: $i) { accessToken } }', { i: { email: uniqueEmail('nobody'), password: PASSWORD } }, undefined, randomAddress());
    // An invite by email, accepted; a reset requested for a member and for an unknown address.
    const invited = uniqueEmail('invited');
    expectNoErrors(await t.gql('mutation($i: InviteMemberInput!) { inviteMember(input: $i) { id } }', { i: { email: invited, role: 'RECRUITER' } }, admin.token));
    await sink.waitFor(() => sink.to(invited).length === 1);
    const inviteToken = /invite#([A-Za-z0-9_-]{43})/.exec(sink.to(invited)[0].text!)![1];
    logWatch().secrets.set(inviteToken, 'an invite token');
    expectNoErrors(await t.gql('mutation($i: AcceptInviteInput!) { acceptInvite(input: $i) { accessToken } }', { i: { token: inviteToken, name: 'Rae', password: PASSWORD } }, undefined, randomAddress()));
    for (const email of [invited, uniqueEmail('unknown')]) {
      await t.gql('mutation($i: RequestPasswordResetInput!) { requestPasswordReset(input: $i) }', { i: { email } }, undefined, randomAddress());
    }
    await sink.waitFor(() => sink.to(invited).length === 2);
    const resetToken = /reset-password#([A-Za-z0-9_-]{43})/.exec(sink.to(invited)[1].text!)![1];
    logWatch().secrets.set(resetToken, 'a reset token');
    await t.gql('mutation($i: ResetPasswordInput!) { resetPassword(input: $i) }', { i: { token: resetToken, password: 'a brand new passphrase here' } }, undefined, randomAddress());

    // A candidate: the status page read with the right token and a wrong one, a check-in, an answer.
    const job = await f.createJob(admin.token);
    const candidate = await f.addCandidate(admin.token, job.id, { name: 'Noor Haddad', notify: true, expectedResponseBy: '2026-12-01' });
    const token = candidate.statusUrl.split('#').pop()!;
    expectNoErrors(await t.gql('query($t: String!) { candidateStatus(token: $t) { candidateName } }', { t: token }));
    await t.gql('query($t: String!) { candidateStatus(token: $t) { candidateName } }', { t: `${token.slice(0, -2)}xx` });
    await t.gql('mutation($t: String!) { checkIn(token: $t, message: "Any news?") { accepted } }', { t: token });
    const step = await f.addStep(admin.token, candidate.id, { kind: 'OTHER', title: 'Send your portfolio', requestsResponse: true });
    await t.gql('mutation($i: RespondToRequestInput!) { respondToRequest(input: $i) { accepted } }', { i: { token, stepId: step.id, message: 'Here', links: ['https://example.com/me'] } });

    // A delivery the server refuses for good (its reply names the address), then an unsubscribe.
    await t.emailsSettled();
    sink.mode = 'permanent-failure';
    const refused = await f.addCandidate(admin.token, job.id, { name: 'Refused Address', notify: true });
    await t.emailsSettled();
    sink.mode = 'accept';
    expect(sink.to(candidate.email)).not.toHaveLength(0);
    const unsubscribe = /<(http[^>]+)>/.exec(sink.to(candidate.email)[0].headerLines.find((h) => h.key === 'list-unsubscribe')!.line)![1];
    await t.http().post(new URL(unsubscribe).pathname).type('form').send('List-Unsubscribe=One-Click');
    await t.emailsSettled();

    expect(logWatch().secrets.size).toBeGreaterThan(10); // the watch saw the secrets it looks for
    expect(logWatch().lines.length).toBeGreaterThan(0); // and the app's log lines, every level
    expect(await f.count('email_messages', "to_address = $1 AND status = 'FAILED'", [refused.email])).toBe(1);
    expect(leaksIn(logWatch().lines.join('\n'))).toEqual([]);
  });

  it('logs one line per request, with its ID and the operation name, and tokens in paths replaced', async () => {
    const admin = await f.signUp('Request Lines');
    const job = await f.createJob(admin.token);
    const candidate = await f.addCandidate(admin.token, job.id, { name: 'Pathways Person' });
    const token = candidate.statusUrl.split('#').pop()!;

    // A status token pasted into a path: the guard would fail the file on a line that logged it raw.
    const rawPath = `/status/${token}`;
    expect(leaksIn(JSON.stringify({ path: rawPath }))).not.toEqual([]);
    const page = await t.http().get(rawPath).set('accept', 'text/html').set('x-request-id', 'proof-status-path')
      .set('authorization', `Bearer ${admin.token}`).set('cookie', `candor_session=${admin.token}`);
    expect(page.headers['x-request-id']).toBe('proof-status-path');
    expect(await requestLine('proof-status-path')).toMatchObject({ reqId: 'proof-status-path', method: 'GET', path: '/status/:token', status: page.status });

    // An unsubscribe link: the candidate's ID and a signature in the path.
    const signature = 'S'.repeat(20) + token.slice(0, 23);
    logWatch().secrets.set(signature, 'an unsubscribe signature');
    const unsubscribe = await t.http().get(`/email/unsubscribe/${candidate.id}.${signature}?utm=${token}`).set('x-request-id', 'proof-unsubscribe');
    expect(unsubscribe.status).toBe(404);
    expect(await requestLine('proof-unsubscribe')).toMatchObject({ path: '/email/unsubscribe/:token', status: 404 });

    // A GraphQL operation: its name and duration, never its variables, answer or text.
    const read = await t.http().post('/graphql').set('content-type', 'application/json').set('x-request-id', 'proof-graphql')
      .send({ query: 'query CandidateStatus($t: String!) { candidateStatus(token: $t) { candidateName } }', variables: { t: token }, operationName: 'CandidateStatus' });
    expect(read.body.data.candidateStatus.candidateName).toBe('Pathways Person');
    const line = await requestLine('proof-graphql');
    expect(line).toMatchObject({ method: 'POST', path: '/graphql', status: 200, operation: 'CandidateStatus', operationType: 'query' });
    expect(typeof line.durationMs).toBe('number');
    expect(JSON.stringify(line)).not.toMatch(/Pathways|candidateName|variables/);

    // A request ID shaped like a token is not taken: a new one is made.
    const sneaky = await t.http().get('/health/live').set('x-request-id', token);
    expect(sneaky.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);

    expect(leaksIn(logWatch().lines.join('\n'))).toEqual([]);
    expect(logWatch().lines.join('\n')).not.toContain(admin.email);
  });
});
