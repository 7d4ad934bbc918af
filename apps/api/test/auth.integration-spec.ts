import { codeOf, randomAddress, startTestApp, TestApp, uniqueEmail } from './support/test-app';
import { expectNoErrors, Fixtures, PASSWORD } from './support/fixtures';
import { rateLimitRowKey, RateLimits } from '../src/modules/rate-limits/rate-limits';

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { accessToken expiresAt } }`;
const LOG_IN = `mutation($input: LogInInput!) { logIn(input: $input) { accessToken } }`;
const ME = `{ me { member { email role name } organization { name timeZone } } }`;

describe('organizations, members and sessions', () => {
  let t: TestApp;
  let f: Fixtures;

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_FAILURES_PER_ACCOUNT: '3', LOGIN_MAX_ATTEMPTS_PER_ADDRESS: '6' });
    f = new Fixtures(t);
  });
  afterAll(() => t.close());

  it('signs up an organization with its first admin and a working session', async () => {
    const email = uniqueEmail('Founder').toUpperCase();
    const res = await t.gql(SIGN_UP, {
      input: { organizationName: '  Northwind  ', name: 'Nia', email, password: PASSWORD, timeZone: 'Europe/Berlin' },
    });
    expectNoErrors(res);
    const token = res.data!.signUp.accessToken;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const me = await t.gql(ME, {}, token);
    expect(me.data!.me).toEqual({
      member: { email: email.toLowerCase(), role: 'ADMIN', name: 'Nia' },
      organization: { name: 'Northwind', timeZone: 'Europe/Berlin' },
    });
  });

  it('defaults the time zone to UTC', async () => {
    const admin = await f.signUp('Plain Co');
    expect((await t.gql(ME, {}, admin.token)).data!.me.organization.timeZone).toBe('UTC');
  });

  it.each([
    ['Asia/Calcutta', 'Asia/Kolkata'],
    ['Europe/Kiev', 'Europe/Kyiv'],
    ['US/Pacific', 'America/Los_Angeles'],
    ['asia/saigon', 'Asia/Ho_Chi_Minh'],
    ['Etc/UTC', 'UTC'],
    ['America/Boise', 'America/Boise'],
    ['Europe/Amsterdam', 'Europe/Amsterdam'],
    ['Atlantic/Reykjavik', 'Atlantic/Reykjavik'],
    ['Africa/Asmara', 'Africa/Asmara'],
    ['Pacific/Chuuk', 'Pacific/Chuuk'],
  ])('keeps the time zone %s under its current name, %s, at sign-up and in settings', async (given, current) => {
    const res = await t.gql(SIGN_UP, { input: { organizationName: 'Zones', name: 'Z', email: uniqueEmail(), password: PASSWORD, timeZone: given } }, undefined, randomAddress());
    expectNoErrors(res);
    const token = res.data!.signUp.accessToken;
    expect((await t.gql(ME, {}, token)).data!.me.organization.timeZone).toBe(current);
    await t.gql(`mutation { updateOrganization(input: { timeZone: "Europe/Berlin" }) { timeZone } }`, {}, token);
    const updated = await t.gql(`mutation($z: String!) { updateOrganization(input: { timeZone: $z }) { timeZone } }`, { z: given }, token);
    expect(updated.data!.updateOrganization.timeZone).toBe(current);
  });

  it.each([
    ['password', { password: 'short' }, /at least 15/],
    ['password', { password: 'aaaaaaaaaaaaaaaaaaaa' }, /too easy to guess/],
    ['email', { email: 'not-an-email' }, /email address/],
    ['organizationName', { organizationName: '   ' }, /must not be empty/],
    ['organizationName', { organizationName: 'x'.repeat(121) }, /at most 120/],
    ['name', { name: '' }, /must not be empty/],
    ['timeZone', { timeZone: 'Mars/Olympus' }, /IANA time zone/],
  ])('refuses a bad %s and writes nothing', async (field, override, message) => {
    const organizationName = `Bad input ${Math.random()}`;
    const input = { organizationName, name: 'N', email: uniqueEmail(), password: PASSWORD, ...override };
    const res = await t.gql(SIGN_UP, { input });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions.field).toBe(field);
    expect(res.errors![0].message).toMatch(message);
    expect(await f.count('organizations', 'name = $1', [organizationName])).toBe(0);
  });

  it('refuses a missing field or a wrong type with BAD_USER_INPUT', async () => {
    const res = await t.gql(SIGN_UP, { input: { organizationName: 'X', name: 'N', email: uniqueEmail() } });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toMatch(/password/);
  });

  it('refuses a second account with the same email, in any case, as CONFLICT', async () => {
    const first = await f.signUp('First');
    const before = await f.count('organizations');
    const res = await t.gql(SIGN_UP, {
      input: { organizationName: 'Second', name: 'N', email: first.email.toUpperCase(), password: PASSWORD },
    });
    expect(codeOf(res)).toBe('CONFLICT');
    expect(await f.count('organizations')).toBe(before);
  });

  it('stores passwords as argon2id at OWASP minimum and session tokens only hashed', async () => {
    const admin = await f.signUp('Hashes');
    const [member] = await t.dataSource.query('SELECT password_hash FROM members WHERE email = $1', [admin.email]);
    expect(member.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    const sessions = await t.dataSource.query(
      "SELECT encode(token_hash, 'hex') AS h FROM sessions s JOIN members m ON m.id = s.member_id WHERE m.email = $1",
      [admin.email],
    );
    expect(sessions).toHaveLength(1);
    expect(sessions[0].h).not.toContain(Buffer.from(admin.token).toString('hex'));
    expect(sessions[0].h).toHaveLength(64);
  });

  it('keeps signing in, and resetting, members whose address was accepted before plain addresses were required', async () => {
    const admin = await f.signUp('Quoted Co');
    const quoted = `"jo smith.${Math.random().toString(36).slice(2, 8)}"@example.com`;
    await t.dataSource.query('UPDATE members SET email = $2 WHERE email = $1', [admin.email, quoted]);
    expectNoErrors(await t.gql(LOG_IN, { input: { email: quoted, password: PASSWORD } }, undefined, randomAddress()));
    const reset = await t.gql(`mutation($i: RequestPasswordResetInput!) { requestPasswordReset(input: $i) }`, { i: { email: quoted } }, undefined, randomAddress());
    expectNoErrors(reset);
    // New addresses must be plain ones.
    const res = await t.gql(SIGN_UP, { input: { organizationName: 'Q', name: 'Q', email: quoted, password: PASSWORD } }, undefined, randomAddress());
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
  });

  it('logs in, and logOut kills the token at once', async () => {
    const admin = await f.signUp('Sessions');
    const res = await t.gql(LOG_IN, { input: { email: admin.email, password: PASSWORD } });
    expectNoErrors(res);
    const token = res.data!.logIn.accessToken;
    expect((await t.gql(ME, {}, token)).data!.me.member.email).toBe(admin.email);
    expectNoErrors(await t.gql('mutation { logOut }', {}, token));
    expect(codeOf(await t.gql(ME, {}, token))).toBe('UNAUTHENTICATED');
    // The other session of the same member still works.
    expect(codeOf(await t.gql(ME, {}, admin.token))).toBeUndefined();
  });

  it('expires sessions after their time to live', async () => {
    const admin = await f.signUp('Expiry');
    t.clock.advance(25 * 3_600_000);
    try {
      expect(codeOf(await t.gql(ME, {}, admin.token))).toBe('UNAUTHENTICATED');
    } finally {
      t.clock.reset();
    }
  });

  it('answers UNAUTHENTICATED without a session or with a made-up token', async () => {
    expect(codeOf(await t.gql(ME))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql(ME, {}, 'x'.repeat(43)))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql(ME, {}, 'garbage'))).toBe('UNAUTHENTICATED');
  });

  it('says the same for an unknown email and a wrong password', async () => {
    const admin = await f.signUp('Enumeration');
    const wrong = await t.gql(LOG_IN, { input: { email: admin.email, password: 'wrong password!' } });
    const unknown = await t.gql(LOG_IN, { input: { email: uniqueEmail(), password: 'wrong password!' } });
    expect(codeOf(wrong)).toBe('UNAUTHENTICATED');
    expect(wrong.errors![0].message).toBe(unknown.errors![0].message);
  });

  it('rate-limits failed log-ins per account, even from many addresses', async () => {
    const admin = await f.signUp('Guessing');
    for (let i = 0; i < 3; i++) {
      const res = await t.gql(LOG_IN, { input: { email: admin.email, password: `wrong-${i}-password` } }, undefined, randomAddress());
      expect(codeOf(res)).toBe('UNAUTHENTICATED');
    }
    const blocked = await t.gql(LOG_IN, { input: { email: admin.email, password: PASSWORD } }, undefined, randomAddress());
    expect(codeOf(blocked)).toBe('TOO_MANY_REQUESTS');
    expect(blocked.errors![0].extensions.retryAfterSeconds).toBeGreaterThan(0);
    expect(blocked.errors![0].message).toMatch(/wait \d+ minute/);
  });

  it('rate-limits log-in attempts per client address', async () => {
    const address = randomAddress();
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 7; i++) {
      codes.push(codeOf(await t.gql(LOG_IN, { input: { email: uniqueEmail(), password: 'whatever-pass' } }, undefined, address)));
    }
    expect(codes.slice(0, 6).every((c) => c === 'UNAUTHENTICATED')).toBe(true);
    expect(codes[6]).toBe('TOO_MANY_REQUESTS');
    // Another address is not affected.
    expect(codeOf(await t.gql(LOG_IN, { input: { email: uniqueEmail(), password: 'whatever-pass' } }))).toBe('UNAUTHENTICATED');
  });

  it('deletes rate-limit counters whose window has ended, keeps live ones, and stores no address or email', async () => {
    const address = randomAddress();
    const email = uniqueEmail();
    await t.gql(LOG_IN, { input: { email, password: 'whatever-pass' } }, undefined, address);
    const live = [rateLimitRowKey('login-address', address), rateLimitRowKey('login-account', email)];
    expect(await f.count('rate_limits', 'key = ANY($1)', [live])).toBe(2); // one per address, one per account
    const stored = (await t.dataSource.query('SELECT key FROM rate_limits')).map((r: { key: string }) => r.key).join('\n');
    expect(stored).not.toContain(address);
    expect(stored).not.toContain(email);
    const stale = `login-address:stale-${randomAddress()}`;
    await t.dataSource.query('INSERT INTO rate_limits (key, points, expire) VALUES ($1, 3, $2)', [stale, Date.now() - 1000]);
    const deleted = await t.app.get(RateLimits).purgeExpired();
    expect(deleted).toBeGreaterThanOrEqual(1);
    expect(await f.count('rate_limits', 'key = $1', [stale])).toBe(0);
    expect(await f.count('rate_limits', 'key = ANY($1)', [live])).toBe(2);
  });

  it('lets an admin invite members; the link works once and only an admin may invite', async () => {
    const admin = await f.signUp('Invites');
    const email = uniqueEmail('recruiter');
    const invite = await t.gql(
      `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { email role inviteUrl expiresAt } }`,
      { input: { email, role: 'RECRUITER' } },
      admin.token,
    );
    expectNoErrors(invite);
    const { inviteUrl } = invite.data!.inviteMember;
    expect(inviteUrl).toMatch(/^http:\/\/candor\.test\/invite#[A-Za-z0-9_-]{43}$/);
    const token = inviteUrl.split('#').pop();
    const [stored] = await t.dataSource.query('SELECT * FROM invites WHERE email = $1', [email]);
    expect(JSON.stringify(stored)).not.toContain(token);

    const ACCEPT = `mutation($input: AcceptInviteInput!) { acceptInvite(input: $input) { accessToken } }`;
    const accepted = await t.gql(ACCEPT, { input: { token, name: 'Rae', password: PASSWORD } });
    expectNoErrors(accepted);
    const recruiter = accepted.data!.acceptInvite.accessToken;
    expect((await t.gql(ME, {}, recruiter)).data!.me.member).toEqual({ email, role: 'RECRUITER', name: 'Rae' });
    expect(codeOf(await t.gql(ACCEPT, { input: { token, name: 'Again', password: PASSWORD } }))).toBe('NOT_FOUND');

    const byRecruiter = await t.gql(
      `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }`,
      { input: { email: uniqueEmail(), role: 'ADMIN' } },
      recruiter,
    );
    expect(codeOf(byRecruiter)).toBe('FORBIDDEN');
    const members = await t.gql('{ members { email role } }', {}, admin.token);
    expect(members.data!.members).toHaveLength(2);
  });

  it('refuses expired invites and bad invite input', async () => {
    const admin = await f.signUp('Old invites');
    const invite = await t.gql(
      `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { inviteUrl } }`,
      { input: { email: uniqueEmail(), role: 'HIRING_MANAGER' } },
      admin.token,
    );
    const token = invite.data!.inviteMember.inviteUrl.split('#').pop();
    const ACCEPT = `mutation($input: AcceptInviteInput!) { acceptInvite(input: $input) { accessToken } }`;
    expect(codeOf(await t.gql(ACCEPT, { input: { token, name: 'H', password: 'short' } }))).toBe('BAD_USER_INPUT');
    t.clock.advance(8 * 86_400_000);
    try {
      expect(codeOf(await t.gql(ACCEPT, { input: { token, name: 'H', password: PASSWORD } }))).toBe('NOT_FOUND');
    } finally {
      t.clock.reset();
    }
    const badRole = await t.gql(
      `mutation { inviteMember(input: { email: "x@example.com", role: OWNER }) { id } }`,
      {},
      admin.token,
    );
    expect(codeOf(badRole)).toBe('BAD_USER_INPUT');
  });

  it('accepts the HttpOnly session cookie the portal uses', async () => {
    const email = uniqueEmail();
    const res = await t
      .http()
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('x-forwarded-for', randomAddress())
      .send({ query: SIGN_UP, variables: { input: { organizationName: 'Cookies', name: 'C', email, password: PASSWORD } } });
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/candor_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const me = await t.http().post('/graphql').set('content-type', 'application/json').set('cookie', cookie.split(';')[0]).send({ query: ME });
    expect(me.body.data.me.member.email).toBe(email);
  });

  it('lets an admin change the time zone, and refuses a bad one', async () => {
    const admin = await f.signUp('Zones');
    const UPDATE = `mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { name timeZone } }`;
    expect((await t.gql(UPDATE, { input: { timeZone: 'Asia/Tokyo' } }, admin.token)).data!.updateOrganization.timeZone).toBe('Asia/Tokyo');
    expect(codeOf(await t.gql(UPDATE, { input: { timeZone: 'Nowhere/City' } }, admin.token))).toBe('BAD_USER_INPUT');
    const manager = await f.member(admin, 'HIRING_MANAGER');
    expect(codeOf(await t.gql(UPDATE, { input: { name: 'Mine now' } }, manager.token))).toBe('FORBIDDEN');
  });
});
