import { expectNoErrors, Fixtures, SignedIn } from './support/fixtures';
import { codeOf, startTestApp, TestApp } from './support/test-app';

const ACCENT = `mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { accentColor } }`;
const UPDATE_JOB = `mutation($input: UpdateJobInput!) { updateJob(input: $input) { id title contact { name email } } }`;
const STATUS = `query($token: String!) { candidateStatus(token: $token) { accentColor contact { name email } } }`;

/**
 * The employer on the candidate's page (#12 case 10), besides the logo: the organization's accent
 * colour (admins, validated by the contrast rule) and the contact a team publishes per job.
 */
describe('the accent colour and the job contact', () => {
  let t: TestApp;
  let f: Fixtures;
  let admin: SignedIn;
  let jobId: string;
  let token: string;

  const status = async (statusToken = token) => (await t.gql(STATUS, { token: statusToken })).data!.candidateStatus;
  const row = async () => (await t.dataSource.query('SELECT j.title, j.contact_name, j.contact_email, o.accent_color FROM jobs j JOIN organizations o ON o.id = j.organization_id WHERE j.id = $1', [jobId]))[0];

  beforeAll(async () => {
    t = await startTestApp();
    f = new Fixtures(t);
    admin = await f.signUp('Acme Robotics');
    jobId = (await f.createJob(admin.token, { title: 'Welder' })).id;
    token = (await f.addCandidate(admin.token, jobId)).statusUrl.split('#').pop()!;
  });
  afterAll(() => t.close());

  it('shows neither by default', async () => {
    expect(await status()).toEqual({ accentColor: null, contact: null });
  });

  it('keeps an accent colour written #rrggbb, lower-cased, and gives it to the status page', async () => {
    const res = await t.gql(ACCENT, { input: { accentColor: '#1F4F8A' } }, admin.token);
    expectNoErrors(res);
    expect(res.data!.updateOrganization.accentColor).toBe('#1f4f8a');
    expect((await status()).accentColor).toBe('#1f4f8a');
  });

  it.each([
    ['#777777', 'accentColor is too light: white text on it has a contrast of 4.47:1, and at least 4.5:1 is needed to read it (WCAG 2.1, 1.4.3). Pick a darker shade'],
    ['#ffff00', 'accentColor is too light'],
    ['#fff', 'accentColor must be a colour written #rrggbb'],
    ['#1f4f8a; background:url(https://evil.example/x)', 'accentColor must be a colour written #rrggbb'],
    ['#000000}body{display:none', 'accentColor must be a colour written #rrggbb'],
    ['red', 'accentColor must be a colour written #rrggbb'],
  ])('refuses %s clearly and keeps the colour it had', async (accentColor, message) => {
    const res = await t.gql(ACCENT, { input: { accentColor } }, admin.token);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions.fields![0].field).toBe('accentColor');
    expect(res.errors![0].message).toContain(message);
    expect((await row()).accent_color).toBe('#1f4f8a');
  });

  it('lets only admins set the colour', async () => {
    for (const role of ['RECRUITER', 'HIRING_MANAGER'] as const) {
      const member = await f.member(admin, role);
      expect(codeOf(await t.gql(ACCENT, { input: { accentColor: '#000000' } }, member.token))).toBe('FORBIDDEN');
    }
    expect((await row()).accent_color).toBe('#1f4f8a');
  });

  it('publishes a job contact when a recruiter sets both a name and an address, and leaves the title alone', async () => {
    const recruiter = await f.member(admin, 'RECRUITER');
    const res = await t.gql(UPDATE_JOB, { input: { jobId, contactName: '  Dana Reyes ', contactEmail: 'Dana@Acme.example' } }, recruiter.token);
    expectNoErrors(res);
    expect(res.data!.updateJob).toEqual({ id: jobId, title: 'Welder', contact: { name: 'Dana Reyes', email: 'dana@acme.example' } });
    expect((await status()).contact).toEqual({ name: 'Dana Reyes', email: 'dana@acme.example' });
    // A rename alone keeps the contact.
    expectNoErrors(await t.gql(UPDATE_JOB, { input: { jobId, title: 'Senior Welder' } }, admin.token));
    expect(await row()).toMatchObject({ title: 'Senior Welder', contact_name: 'Dana Reyes', contact_email: 'dana@acme.example' });
  });

  it.each([
    [{ contactName: 'Dana Reyes' }, 'contactEmail', /must be given with the contact name/],
    [{ contactEmail: 'hiring@acme.example' }, 'contactName', /must be given with the contact email/],
    [{ contactName: 'Dana', contactEmail: null }, 'contactEmail', /must be given with the contact name/],
    [{ contactName: 'Dana', contactEmail: 'Dana Reyes <dana@acme.example>' }, 'contactEmail', /must be an email address/],
    [{ contactName: 'Dana', contactEmail: 'dana@acme.example\r\nBcc: x@evil.example' }, 'contactEmail', /must be an email address/],
    [{ contactName: 'D'.repeat(121), contactEmail: 'dana@acme.example' }, 'contactName', /at most 120 characters/],
  ])('refuses %j with a field error and changes nothing', async (change, field, message) => {
    const before = await row();
    const res = await t.gql(UPDATE_JOB, { input: { jobId, ...change } }, admin.token);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions.fields).toEqual([{ field, message: expect.stringMatching(message) }]);
    expect(await row()).toEqual(before);
  });

  it("keeps a hiring manager from changing it, and another organization's candidates from seeing it", async () => {
    const manager = await f.member(admin, 'HIRING_MANAGER');
    expect(codeOf(await t.gql(UPDATE_JOB, { input: { jobId, contactName: 'Spy', contactEmail: 'spy@example.com' } }, manager.token))).toBe('FORBIDDEN');
    const other = await f.signUp('Other Org');
    const otherJob = await f.createJob(other.token);
    const otherToken = (await f.addCandidate(other.token, otherJob.id)).statusUrl.split('#').pop()!;
    expect(await status(otherToken)).toEqual({ accentColor: null, contact: null });
    expect(codeOf(await t.gql(UPDATE_JOB, { input: { jobId, contactName: 'Spy', contactEmail: 'spy@example.com' } }, other.token))).toBe('NOT_FOUND');
    expect((await status()).contact).toEqual({ name: 'Dana Reyes', email: 'dana@acme.example' });
  });

  it('removes the contact and the colour when both are cleared', async () => {
    expectNoErrors(await t.gql(UPDATE_JOB, { input: { jobId, contactName: '', contactEmail: ' ' } }, admin.token));
    expectNoErrors(await t.gql(ACCENT, { input: { accentColor: '' } }, admin.token));
    expect(await status()).toEqual({ accentColor: null, contact: null });
    expect(await row()).toMatchObject({ contact_name: null, contact_email: null, accent_color: null });
  });
});
