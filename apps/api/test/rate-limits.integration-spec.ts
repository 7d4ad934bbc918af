import { RateLimitName } from '../src/modules/rate-limits/rate-limit-rules';
import { RateLimits } from '../src/modules/rate-limits/rate-limits';
import { codeOf, randomAddress, startTestApp, TestApp } from './support/test-app';
import { expectNoErrors, Fixtures, SignedIn } from './support/fixtures';

interface Attempt {
  /** The client address (for per-address limits) or the member (for per-member limits) of this run. */
  address: string;
  member: SignedIn;
}

/**
 * One case per rate-limited operation: its limit's worth of attempts get their normal answer,
 * the next one TOO_MANY_REQUESTS (with a time to wait), and another client or member is not
 * affected. Log-ins and status-link guesses have their own specs (auth, candidate-status).
 */
describe('rate limits, operation by operation', () => {
  let t: TestApp;
  let f: Fixtures;
  let admin: SignedIn;
  let stageId: string;
  let statusToken: string;
  let requestStepId: string;
  let datedStepId: string;

  beforeAll(async () => {
    t = await startTestApp();
    f = new Fixtures(t);
    admin = await f.signUp('Limited');
    const job = await f.createJob(admin.token);
    stageId = job.stages[1].id;
    const candidate = await f.addCandidate(admin.token, job.id);
    statusToken = candidate.statusUrl.split('#').pop()!;
    requestStepId = (await f.addStep(admin.token, candidate.id, { title: 'Samples', requestsResponse: true })).id;
    datedStepId = (await f.addStep(admin.token, candidate.id, { kind: 'VIDEO_INTERVIEW', title: 'Call', startsAt: new Date(Date.now() + 3 * 86_400_000).toISOString(), durationMinutes: 30 })).id;
  });
  afterAll(() => t.close());

  const gqlCode = async (query: string, variables: Record<string, unknown>, a: Attempt, token?: string) => codeOf(await t.gql(query, variables, token, a.address));
  const httpCode = async (status: number) => (status === 429 ? 'TOO_MANY_REQUESTS' : String(status));

  const cases: [operation: string, limit: RateLimitName, attempt: (a: Attempt) => Promise<string | undefined>][] = [
    ['signUp (per address)', 'sign-up', (a) => gqlCode('mutation($i: SignUpInput!) { signUp(input: $i) { accessToken } }', { i: { organizationName: 'X', name: 'N', email: 'n@example.com', password: 'aaaaaaaaaaaaaaaaaaaaa' } }, a)],
    ['acceptInvite (per address)', 'accept-invite', (a) => gqlCode('mutation($i: AcceptInviteInput!) { acceptInvite(input: $i) { accessToken } }', { i: { token: 'x'.repeat(43), name: 'N', password: 'a long enough passphrase' } }, a)],
    ['requestPasswordReset (per address)', 'password-reset-request', (a) => gqlCode('mutation($i: RequestPasswordResetInput!) { requestPasswordReset(input: $i) }', { i: { email: 'nobody@example.com' } }, a)],
    ['resetPassword (per address)', 'password-reset', (a) => gqlCode('mutation($i: ResetPasswordInput!) { resetPassword(input: $i) }', { i: { token: 'x'.repeat(43), password: 'a long enough passphrase' } }, a)],
    ['inviteMember (per member)', 'invite-member', (a) => gqlCode('mutation($i: InviteMemberInput!) { inviteMember(input: $i) { id } }', { i: { email: a.member.email, role: 'RECRUITER' } }, a, a.member.token)],
    ['confirmTwoFactorSetup (per member)', 'two-factor', (a) => gqlCode('mutation($i: TwoFactorCodeInput!) { confirmTwoFactorSetup(input: $i) }', { i: { code: '000000' } }, a, a.member.token)],
    ['updateEmailTemplate (per member)', 'template-save', (a) => gqlCode('mutation($i: UpdateEmailTemplateInput!) { updateEmailTemplate(input: $i) { subject } }', { i: { stageId, subject: 'Hi', body: '{{ nope }}' } }, a, a.member.token)],
    ['previewStageEmail (per member)', 'preview', (a) => gqlCode('query($i: PreviewStageEmailInput!) { previewStageEmail(input: $i) { subject } }', { i: { stageId } }, a, a.member.token)],
    ['checkIn (per address)', 'candidate-write', (a) => gqlCode('mutation($t: String!) { checkIn(token: $t) { accepted } }', { t: statusToken }, a)],
    ['respondToRequest (per address)', 'candidate-write', (a) => gqlCode('mutation($i: RespondToRequestInput!) { respondToRequest(input: $i) { accepted } }', { i: { token: statusToken, stepId: requestStepId, message: 'Here' } }, a)],
    ['calendar download (per address)', 'calendar-download', async (a) => httpCode((await t.http().post('/status/calendar').set('x-forwarded-for', a.address).type('form').send({ token: statusToken, stepId: datedStepId })).status)],
    ['unsubscribe page (per address)', 'unsubscribe', async (a) => httpCode((await t.http().get('/email/unsubscribe/not-a-token').set('x-forwarded-for', a.address)).status)],
    ['unsubscribe (per address)', 'unsubscribe', async (a) => httpCode((await t.http().post('/email/unsubscribe/not-a-token').set('x-forwarded-for', a.address)).status)],
  ];

  it.each(cases)('%s', async (_, limit, attempt) => {
    const points = t.app.get(RateLimits).rule(limit).points;
    // Admins only may invite; everyone else here is an admin of the same organization, each its own key.
    const run: Attempt = { address: randomAddress(), member: await f.member(admin, 'ADMIN') };
    const answers: (string | undefined)[] = [];
    for (let i = 0; i < points; i++) answers.push(await attempt(run));
    expect(answers.filter((code) => code === 'TOO_MANY_REQUESTS')).toEqual([]);
    expect(await attempt(run)).toBe('TOO_MANY_REQUESTS');
    const other: Attempt = { address: randomAddress(), member: await f.member(admin, 'ADMIN') };
    expect(await attempt(other)).not.toBe('TOO_MANY_REQUESTS');
  });

  it('says how long to wait', async () => {
    const address = randomAddress();
    let res;
    for (let i = 0; i <= t.app.get(RateLimits).rule('password-reset-request').points; i++) {
      res = await t.gql('mutation($i: RequestPasswordResetInput!) { requestPasswordReset(input: $i) }', { i: { email: 'nobody@example.com' } }, undefined, address);
    }
    expect(codeOf(res!)).toBe('TOO_MANY_REQUESTS');
    expect(res!.errors![0].extensions.retryAfterSeconds).toBeGreaterThan(0);
    expect(res!.errors![0].message).toMatch(/wait \d+ minutes?/);
    expectNoErrors(await t.gql('{ me { member { id } } }', {}, admin.token));
  });
});
