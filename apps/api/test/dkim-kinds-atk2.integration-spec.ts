import { generateKeyPairSync } from 'node:crypto';
import { dkimVerify } from 'mailauth/lib/dkim/verify';
import { startTestApp, TestApp, uniqueEmail } from './support/test-app';
import { expectNoErrors, Fixtures, SignedIn } from './support/fixtures';
import { SmtpSink } from './support/smtp-sink';
import { MOVE_CANDIDATE as MOVE } from './support/operations';

const DOMAIN = 'candor-mail.test';
const SELECTOR = 'candor2026';

describe('DKIM: every kind of email verifies (atk2)', () => {
  const sink = new SmtpSink();
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const resolver = async (name: string, type: string) => {
    if (type === 'TXT' && name === `${SELECTOR}._domainkey.${DOMAIN}`) return [[`v=DKIM1; k=rsa; p=${publicKey.export({ type: 'spki', format: 'der' }).toString('base64')}`]];
    throw Object.assign(new Error(`no ${type} record for ${name}`), { code: 'ENOTFOUND' });
  };
  let t: TestApp;
  let f: Fixtures;
  let admin: SignedIn;

  beforeAll(async () => {
    await sink.start();
    t = await startTestApp({
      SMTP_URL: sink.url,
      MAIL_FROM: `Ünïcode Hiring Team <no-reply@${DOMAIN}>`,
      DKIM_DOMAIN: DOMAIN,
      DKIM_SELECTOR: SELECTOR,
      DKIM_PRIVATE_KEY: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    });
    f = new Fixtures(t);
    t.clock.set('2026-12-01T17:00:00Z');
    admin = await f.signUp('Nørthwind Stüdio');
  });
  afterAll(async () => {
    await t.close();
    await sink.stop();
  });

  const verify = async (address: string) => {
    await sink.waitFor(() => sink.to(address).length > 0);
    for (const mail of sink.to(address)) {
      const { results } = await dkimVerify(Buffer.from(sink.sourceOf(mail)), { resolver });
      expect({ subject: mail.subject, results: results.map((r: { status: { result: string } }) => r.status.result) }).toEqual({ subject: mail.subject, results: ['pass'] });
    }
  };

  it('a stage email with a note, a non-ASCII name and a Reply-To', async () => {
    expectNoErrors(await t.gql(`mutation($r: String) { updateOrganization(input: { replyTo: $r }) { replyTo } }`, { r: `jobs@${DOMAIN}` }, admin.token));
    const job = await f.createJob(admin.token);
    const candidate = await f.addCandidate(admin.token, job.id, { name: 'Tomás Álvarez-Ñúñez' });
    const screen = job.stages.find((s) => s.kind === 'SCREEN')!;
    expectNoErrors(await t.gql(MOVE, { input: { candidateId: candidate.id, stageId: screen.id, messageToCandidate: 'Schön — 🎉 '.repeat(40) } }, admin.token));
    await verify(candidate.email);
  });

  it('a calendar invitation (multipart with text/calendar)', async () => {
    const job = await f.createJob(admin.token, { title: 'Calendar job' });
    const candidate = await f.addCandidate(admin.token, job.id);
    await f.addStep(admin.token, candidate.id, { kind: 'IN_PERSON', title: 'Meet the team', startsAt: '2026-12-10T13:00:00Z', durationMinutes: 120, location: 'Studio' });
    await verify(candidate.email);
  });

  it('team emails: an invitation and a password reset', async () => {
    const invited = uniqueEmail('invited');
    expectNoErrors(await t.gql(`mutation($input: InviteMemberInput!) { inviteMember(input: $input) { email } }`, { input: { email: invited, role: 'RECRUITER' } }, admin.token));
    await verify(invited);
    await t.gql(`mutation($i: RequestPasswordResetInput!) { requestPasswordReset(input: $i) }`, { i: { email: admin.email } }, undefined, '203.0.113.77');
    await verify(admin.email);
  });
});
