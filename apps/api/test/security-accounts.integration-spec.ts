import { generate } from 'otplib';
import { ParsedMail } from 'mailparser';
import { codeOf, randomAddress, startTestApp, TestApp, uniqueEmail } from './support/test-app';
import { expectNoErrors, Fixtures, PASSWORD, SignedIn } from './support/fixtures';
import { SmtpSink } from './support/smtp-sink';

const LOG_IN = `mutation($input: LogInInput!) { logIn(input: $input) { accessToken } }`;
const ME = '{ me { member { id email twoFactorEnabled } } }';
const REQUEST_RESET = `mutation($i: RequestPasswordResetInput!) { requestPasswordReset(input: $i) }`;
const RESET = `mutation($i: ResetPasswordInput!) { resetPassword(input: $i) }`;
const BEGIN_2FA = `mutation { beginTwoFactorSetup { secret uri qrCode } }`;
const CONFIRM_2FA = `mutation($i: TwoFactorCodeInput!) { confirmTwoFactorSetup(input: $i) }`;
const DISABLE_2FA = `mutation($i: DisableTwoFactorInput!) { disableTwoFactor(input: $i) }`;
const linkIn = (mail: ParsedMail, path = 'reset-password') => new RegExp(`http://candor\\.test/${path}#([A-Za-z0-9_-]{43})`).exec(mail.text ?? '')?.[1];

describe('accounts: log-in limits, password rules, password reset by email, two-factor sign-in, cookies', () => {
  const sink = new SmtpSink();
  let t: TestApp;
  let f: Fixtures;

  beforeAll(async () => {
    await sink.start();
    t = await startTestApp({ SMTP_URL: sink.url, LOGIN_MAX_FAILURES_PER_ACCOUNT: '5' });
    f = new Fixtures(t);
  });
  afterAll(async () => {
    await t.close();
    await sink.stop();
  });

  /** Invites the address and takes the link's token from the email the SMTP server received. */
  const inviteToken = async (admin: SignedIn, email: string, role = 'RECRUITER'): Promise<string> => {
    expectNoErrors(await t.gql('mutation($i: InviteMemberInput!) { inviteMember(input: $i) { id } }', { i: { email, role } }, admin.token));
    await sink.waitFor(() => sink.to(email).some((mail) => !!linkIn(mail, 'invite')));
    return linkIn(sink.to(email).filter((mail) => !!linkIn(mail, 'invite')).pop()!, 'invite')!;
  };
  const memberOver = async (admin: SignedIn, role: string): Promise<SignedIn> => {
    const email = uniqueEmail(role.toLowerCase());
    const token = await inviteToken(admin, email, role);
    const res = await t.gql('mutation($i: AcceptInviteInput!) { acceptInvite(input: $i) { accessToken } }', { i: { token, name: 'Invited Person', password: PASSWORD } }, undefined, randomAddress());
    expectNoErrors(res);
    return { token: res.data!.acceptInvite.accessToken, email };
  };

  const codeFor = (secret: string, offsetSeconds = 0) => generate({ secret, epoch: Math.floor((t.clock.now().getTime() + offsetSeconds * 1000) / 1000) });

  it('counts 15 parallel wrong log-ins atomically against a limit of 5: exactly 5 are checked', async () => {
    const admin = await f.signUp('Parallel guesses');
    const answers = await Promise.all(
      Array.from({ length: 15 }, (_, i) => t.gql(LOG_IN, { input: { email: admin.email, password: `wrong password ${i}` } }, undefined, randomAddress())),
    );
    const codes = answers.map(codeOf);
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(5);
    expect(codes.filter((c) => c === 'TOO_MANY_REQUESTS')).toHaveLength(10);
    // The right password is refused too until the window passes: guessing cannot tell.
    expect(codeOf(await t.gql(LOG_IN, { input: { email: admin.email, password: PASSWORD } }, undefined, randomAddress()))).toBe('TOO_MANY_REQUESTS');
  });

  it.each([
    ['too short (10)', 'aaaaaaaaaa'],
    ['14 characters', 'vivid tundra m'],
    ['a repeated character', 'aaaaaaaaaaaaaaaaaaaa'],
    ['a sequence', '123456789012345'],
    ['a common password', 'passwordpassword'],
    ['their own email', 'newcomer.person@example.com'],
  ])('refuses a password that is %s everywhere one is set: sign-up and invitation', async (_, password) => {
    const signUp = await t.gql(
      'mutation($i: SignUpInput!) { signUp(input: $i) { accessToken } }',
      { i: { organizationName: 'Weak', name: 'Newcomer Person', email: 'newcomer.person@example.com', password } },
      undefined,
      randomAddress(),
    );
    expect(codeOf(signUp)).toBe('BAD_USER_INPUT');
    expect(signUp.errors![0].extensions.field).toBe('password');
    expect(await f.count('members', 'email = $1', ['newcomer.person@example.com'])).toBe(0);
    const admin = await f.signUp('Inviting');
    const token = await inviteToken(admin, 'newcomer.person@example.com');
    const accept = await t.gql('mutation($i: AcceptInviteInput!) { acceptInvite(input: $i) { accessToken } }', { i: { token, name: 'Newcomer Person', password } }, undefined, randomAddress());
    expect(codeOf(accept)).toBe('BAD_USER_INPUT');
    expect(accept.errors![0].extensions.field).toBe('password');
    expect(await f.count('members', 'email = $1', ['newcomer.person@example.com'])).toBe(0);
    expect(await f.count('invites', 'email = $1 AND accepted_at IS NULL AND revoked_at IS NULL', ['newcomer.person@example.com'])).toBeGreaterThan(0);
  });

  it('resets a forgotten password through a real SMTP server: same answer for unknown addresses, one use, 30 minutes, every session ends', async () => {
    const admin = await f.signUp('Forgetful');
    const other = await f.logIn(admin.email);
    const unknown = uniqueEmail('nobody');
    for (const email of [admin.email, unknown]) {
      const res = await t.gql(REQUEST_RESET, { i: { email } }, undefined, randomAddress());
      expectNoErrors(res);
      expect(res.data!.requestPasswordReset).toBe(true);
    }
    await sink.waitFor(() => sink.to(admin.email).length === 1);
    await t.emailsSettled({ of: { organizationId: (await t.dataSource.query('SELECT organization_id FROM members WHERE email = $1', [admin.email]))[0].organization_id } });
    expect(sink.to(unknown)).toHaveLength(0);
    const mail = sink.to(admin.email)[0];
    const token = linkIn(mail)!;
    expect(token).toBeDefined();
    expect(mail.html).toContain(`/reset-password#${token}`);
    // Nothing stored holds the token: not the reset row, not the email's copy.
    const stored = JSON.stringify(await t.dataSource.query("SELECT r.*, e.html, e.text, e.secret_sealed FROM password_resets r, email_messages e WHERE e.kind = 'PASSWORD_RESET' AND e.to_address = $1", [admin.email]));
    expect(stored).not.toContain(token);
    expect(stored).toContain('https://secret-link.candor.invalid/');
    expect(stored).toContain('"secret_sealed":null');
    // An admin reading the mailbox sees that a link was there, not the link.
    const mailbox = await t.gql('{ mailbox(limit: 5) { kind text html } }', {}, admin.token);
    const resetMail = mailbox.data!.mailbox.find((m: { kind: string }) => m.kind === 'PASSWORD_RESET');
    expect(resetMail.text).toContain('[link hidden: it is sent only to the recipient]');
    expect(JSON.stringify(mailbox)).not.toContain(token);
    expect(codeOf(await t.gql(RESET, { i: { token, password: 'k7#Qm2xZ' } }, undefined, randomAddress()))).toBe('BAD_USER_INPUT');

    expect(codeOf(await t.gql(RESET, { i: { token, password: 'short' } }, undefined, randomAddress()))).toBe('BAD_USER_INPUT');
    expectNoErrors(await t.gql(RESET, { i: { token, password: 'a fresh and unrelated passphrase' } }, undefined, randomAddress()));
    expect(codeOf(await t.gql(ME, {}, admin.token))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql(ME, {}, other))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql(RESET, { i: { token, password: 'yet another unrelated passphrase' } }, undefined, randomAddress()))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(LOG_IN, { input: { email: admin.email, password: PASSWORD } }, undefined, randomAddress()))).toBe('UNAUTHENTICATED');
    expectNoErrors(await t.gql(LOG_IN, { input: { email: admin.email, password: 'a fresh and unrelated passphrase' } }, undefined, randomAddress()));

    // A second link expires after 30 minutes.
    expectNoErrors(await t.gql(REQUEST_RESET, { i: { email: admin.email } }, undefined, randomAddress()));
    await sink.waitFor(() => sink.to(admin.email).length === 2);
    const late = linkIn(sink.to(admin.email)[1])!;
    t.clock.advance(31 * 60_000);
    try {
      expect(codeOf(await t.gql(RESET, { i: { token: late, password: 'a third unrelated passphrase' } }, undefined, randomAddress()))).toBe('NOT_FOUND');
    } finally {
      t.clock.reset();
    }
  });

  it('signs in with TOTP: setup, confirmation, a code once only, recovery codes once each, and off with password and code', async () => {
    const admin = await f.signUp('Two factors');
    const setup = await t.gql(BEGIN_2FA, {}, admin.token);
    expectNoErrors(setup);
    const { secret, uri, qrCode } = setup.data!.beginTwoFactorSetup;
    expect(uri).toMatch(/^otpauth:\/\/totp\/Candor%20\(Two%20factors\):/);
    expect(qrCode).toMatch(/^data:image\/png;base64,/);
    const [{ totp_secret_sealed: sealed }] = await t.dataSource.query('SELECT totp_secret_sealed FROM members WHERE email = $1', [admin.email]);
    expect(sealed).not.toContain(secret);

    expect(codeOf(await t.gql(CONFIRM_2FA, { i: { code: '000000' } }, admin.token))).toBe('BAD_USER_INPUT');
    const confirmed = await t.gql(CONFIRM_2FA, { i: { code: await codeFor(secret) } }, admin.token);
    expectNoErrors(confirmed);
    const recovery: string[] = confirmed.data!.confirmTwoFactorSetup;
    expect(recovery).toHaveLength(10);
    expect(JSON.stringify(await t.dataSource.query('SELECT code_hash FROM recovery_codes'))).not.toContain(recovery[0]);

    const withoutCode = await t.gql(LOG_IN, { input: { email: admin.email, password: PASSWORD } }, undefined, randomAddress());
    expect(codeOf(withoutCode)).toBe('UNAUTHENTICATED');
    expect(withoutCode.errors![0].extensions.twoFactorRequired).toBe(true);
    const wrongCode = await t.gql(LOG_IN, { input: { email: admin.email, password: 'not my password!!', oneTimeCode: '123456' } }, undefined, randomAddress());
    expect(wrongCode.errors![0].extensions.twoFactorRequired).toBeUndefined();

    t.clock.advance(60_000); // the confirmation used the current step
    try {
      const code = await codeFor(secret);
      expectNoErrors(await t.gql(LOG_IN, { input: { email: admin.email, password: PASSWORD, oneTimeCode: code } }, undefined, randomAddress()));
      const replay = await t.gql(LOG_IN, { input: { email: admin.email, password: PASSWORD, oneTimeCode: code } }, undefined, randomAddress());
      expect(codeOf(replay)).toBe('UNAUTHENTICATED');
      expectNoErrors(await t.gql(LOG_IN, { input: { email: admin.email, password: PASSWORD, oneTimeCode: recovery[0].toLowerCase() } }, undefined, randomAddress()));
      expect(codeOf(await t.gql(LOG_IN, { input: { email: admin.email, password: PASSWORD, oneTimeCode: recovery[0] } }, undefined, randomAddress()))).toBe('UNAUTHENTICATED');

      expect(codeOf(await t.gql(DISABLE_2FA, { i: { password: 'not my password!!', code: recovery[1] } }, admin.token))).toBe('BAD_USER_INPUT');
      expectNoErrors(await t.gql(DISABLE_2FA, { i: { password: PASSWORD, code: recovery[1] } }, admin.token));
      expect((await t.gql(ME, {}, admin.token)).data!.me.member.twoFactorEnabled).toBe(false);
      expectNoErrors(await t.gql(LOG_IN, { input: { email: admin.email, password: PASSWORD } }, undefined, randomAddress()));
    } finally {
      t.clock.reset();
    }
  });

  it('lets an admin require two-factor sign-in: only with their own, and members without it can only set it up', async () => {
    const admin = await f.signUp('Strict org');
    const recruiter = await memberOver(admin, 'RECRUITER');
    const REQUIRE = 'mutation { updateOrganization(input: { requireTwoFactor: true }) { requireTwoFactor } }';
    const refused = await t.gql(REQUIRE, {}, admin.token);
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0].extensions.field).toBe('requireTwoFactor');

    const { secret } = (await t.gql(BEGIN_2FA, {}, admin.token)).data!.beginTwoFactorSetup;
    expectNoErrors(await t.gql(CONFIRM_2FA, { i: { code: await codeFor(secret) } }, admin.token));
    expect((await t.gql(REQUIRE, {}, admin.token)).data!.updateOrganization.requireTwoFactor).toBe(true);

    expect(codeOf(await t.gql('{ jobs { id } }', {}, recruiter.token))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(ME, {}, recruiter.token))).toBeUndefined();
    const own = (await t.gql(BEGIN_2FA, {}, recruiter.token)).data!.beginTwoFactorSetup;
    expectNoErrors(await t.gql(CONFIRM_2FA, { i: { code: await codeFor(own.secret) } }, recruiter.token));
    expect(codeOf(await t.gql('{ jobs { id } }', {}, recruiter.token))).toBeUndefined();
    // While it is required, it cannot be turned off.
    expect(codeOf(await t.gql(DISABLE_2FA, { i: { password: PASSWORD, code: await codeFor(own.secret, 30) } }, recruiter.token))).toBe('FORBIDDEN');
  });

  it('changes a password with the current one; other sessions end, this one stays', async () => {
    const admin = await f.signUp('Changing');
    const other = await f.logIn(admin.email);
    const CHANGE = 'mutation($i: ChangePasswordInput!) { changePassword(input: $i) }';
    expect(codeOf(await t.gql(CHANGE, { i: { currentPassword: 'not the password', newPassword: 'a brand new passphrase' } }, admin.token))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(CHANGE, { i: { currentPassword: PASSWORD, newPassword: 'aaaaaaaaaaaaaaaaaaaaaaa' } }, admin.token))).toBe('BAD_USER_INPUT');
    expectNoErrors(await t.gql(CHANGE, { i: { currentPassword: PASSWORD, newPassword: 'a brand new passphrase' } }, admin.token));
    expect(codeOf(await t.gql(ME, {}, admin.token))).toBeUndefined();
    expect(codeOf(await t.gql(ME, {}, other))).toBe('UNAUTHENTICATED');
  });

  it('refuses an address already in use with a generic CONFLICT that names no organization', async () => {
    const first = await f.signUp('Secret Org Name');
    const again = await t.gql('mutation($i: SignUpInput!) { signUp(input: $i) { accessToken } }', { i: { organizationName: 'Other', name: 'N', email: first.email, password: PASSWORD } }, undefined, randomAddress());
    const other = await f.signUp('Inviter Org');
    const invited = await t.gql('mutation($i: InviteMemberInput!) { inviteMember(input: $i) { id } }', { i: { email: first.email, role: 'RECRUITER' } }, other.token);
    for (const res of [again, invited]) {
      expect(codeOf(res)).toBe('CONFLICT');
      expect(res.errors![0].message).not.toMatch(/Secret Org Name|Ada/);
    }
    expect(again.errors![0].message).toBe(invited.errors![0].message);
  });
});

describe('session cookies in production', () => {
  const cookieOf = async (env: Record<string, string>) => {
    const app = await startTestApp({ NODE_ENV: 'production', ...env });
    try {
      const res = await app
        .http()
        .post('/graphql')
        .set('content-type', 'application/json')
        .set('x-forwarded-for', randomAddress())
        .send({
          query: 'mutation($i: SignUpInput!) { signUp(input: $i) { accessToken } }',
          variables: { i: { organizationName: 'Cookie org', name: 'C', email: uniqueEmail(), password: PASSWORD } },
        });
      return String(res.headers['set-cookie']);
    } finally {
      await app.close();
    }
  };

  it('are Secure even when PUBLIC_URL is http, unless the operator allows http explicitly', async () => {
    expect(await cookieOf({ PUBLIC_URL: 'http://candor.internal' })).toMatch(/; Secure/);
    expect(await cookieOf({ PUBLIC_URL: 'http://candor.internal', ALLOW_INSECURE_HTTP: 'true' })).not.toMatch(/Secure/);
  });
});
