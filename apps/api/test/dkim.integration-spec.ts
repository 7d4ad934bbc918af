import { generateKeyPairSync } from 'node:crypto';
// mailauth: Postal Systems' verifier (DKIM, SPF, DMARC, ARC), used here as a receiver would.
import { dkimVerify } from 'mailauth/lib/dkim/verify';
import { startTestApp, TestApp } from './support/test-app';
import { expectNoErrors, Fixtures, SignedIn } from './support/fixtures';
import { rawHeader, SmtpSink } from './support/smtp-sink';
import { MOVE_CANDIDATE as MOVE } from './support/operations';

const DOMAIN = 'candor-mail.test';
const SELECTOR = 'candor2026';

/** The DNS answer a receiver would read at `<selector>._domainkey.<domain>` (RFC 6376 §3.6.1). */
function publicKeyRecord(publicKeyDer: Buffer): string {
  return `v=DKIM1; k=rsa; p=${publicKeyDer.toString('base64')}`;
}

/** The tag=value pairs of a DKIM-Signature header (folded lines joined, spaces dropped). */
function dkimTags(header: string): Record<string, string> {
  const value = header.replace(/^DKIM-Signature:\s*/i, '').replace(/\s+/g, '');
  return Object.fromEntries(value.split(';').filter(Boolean).map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]));
}

describe('DKIM signing (DKIM_* configured) over real SMTP, checked by a real verifier', () => {
  const sink = new SmtpSink();
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const lookups: string[] = [];
  // The verifier's DNS: only the published key's name answers.
  const resolver = async (name: string, type: string) => {
    lookups.push(`${type} ${name}`);
    if (type === 'TXT' && name === `${SELECTOR}._domainkey.${DOMAIN}`) return [[publicKeyRecord(publicKey.export({ type: 'spki', format: 'der' }))]];
    throw Object.assign(new Error(`no ${type} record for ${name}`), { code: 'ENOTFOUND' });
  };
  let t: TestApp;
  let f: Fixtures;
  let admin: SignedIn;
  let source: string;

  beforeAll(async () => {
    await sink.start();
    t = await startTestApp({
      SMTP_URL: sink.url,
      MAIL_FROM: `Candor <no-reply@${DOMAIN}>`,
      DKIM_DOMAIN: DOMAIN,
      DKIM_SELECTOR: SELECTOR,
      // As an operator would put a PEM in one environment line: line breaks written as \n.
      DKIM_PRIVATE_KEY: privateKey.export({ type: 'pkcs1', format: 'pem' }).toString().replace(/\n/g, '\\n'),
    });
    f = new Fixtures(t);
    t.clock.set('2026-12-01T17:00:00Z');
    admin = await f.signUp('Northwind Studio');
    const job = await f.createJob(admin.token);
    const candidate = await f.addCandidate(admin.token, job.id, { name: 'Margaret Okafor' });
    const screen = job.stages.find((s: { kind: string }) => s.kind === 'SCREEN')!;
    expectNoErrors(await t.gql(MOVE, { input: { candidateId: candidate.id, stageId: screen.id } }, admin.token));
    await sink.waitFor(() => sink.to(candidate.email).length === 1);
    source = sink.sourceOf(sink.to(candidate.email)[0]);
  });
  afterAll(async () => {
    await t.close();
    await sink.stop();
  });

  it('signs the message for the configured domain and selector, covering both List-Unsubscribe headers (RFC 8058 §4)', () => {
    const mail = sink.received[0];
    const tags = dkimTags(rawHeader(mail, 'dkim-signature'));
    expect(tags).toMatchObject({ v: '1', a: 'rsa-sha256', c: 'relaxed/relaxed', d: DOMAIN, s: SELECTOR });
    const signed = tags.h.toLowerCase().split(':');
    expect(signed).toEqual(expect.arrayContaining(['from', 'to', 'subject', 'date', 'message-id', 'list-unsubscribe', 'list-unsubscribe-post']));
    // The one-click pair is there to be signed.
    expect(rawHeader(mail, 'list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
  });

  it('verifies as received (pass, aligned with the From domain)', async () => {
    const { results } = await dkimVerify(Buffer.from(source), { resolver });
    expect(lookups).toContain(`TXT ${SELECTOR}._domainkey.${DOMAIN}`);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ signingDomain: DOMAIN, selector: SELECTOR, status: { result: 'pass', aligned: DOMAIN } });
  });

  it('fails verification when the List-Unsubscribe address is changed in transit', async () => {
    const headerEnd = source.indexOf('\r\n\r\n');
    // One character of the signed token in the header (a folded line), the body left as it was.
    const header = source.slice(0, headerEnd).replace(/(List-Unsubscribe:\s*<[^>]*\/email\/unsubscribe\/)(.)/, (_all, head: string, first: string) => `${head}${first === 'a' ? 'b' : 'a'}`);
    const tampered = header + source.slice(headerEnd);
    expect(tampered).not.toBe(source);
    const { results } = await dkimVerify(Buffer.from(tampered), { resolver });
    expect(results[0].status.result).toBe('fail');
  });

  it('fails verification when List-Unsubscribe-Post is removed (one-click would no longer be signed)', async () => {
    const stripped = source.replace(/^List-Unsubscribe-Post: [^\r\n]*\r\n/m, '');
    expect(stripped).not.toBe(source);
    const { results } = await dkimVerify(Buffer.from(stripped), { resolver });
    expect(results[0].status.result).toBe('fail');
  });
});
