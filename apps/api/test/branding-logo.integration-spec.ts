import { LIMITS } from '@candor/domain';
import { GRAPHQL_MAX_BODY_BYTES } from '../src/http/configure-http';
import { expectNoErrors, Fixtures, SignedIn } from './support/fixtures';
import { jpegFile, pngFile } from './support/images';
import { codeOf, startTestApp, TestApp } from './support/test-app';

const UPLOAD = `mutation($input: UploadOrganizationLogoInput!) { uploadOrganizationLogo(input: $input) { id logoUrl } }`;
const REMOVE = `mutation { removeOrganizationLogo { id logoUrl } }`;
const SETTINGS = `{ me { organization { id name logoUrl } } }`;
const STATUS = `query($token: String!) { candidateStatus(token: $token) { organizationName logoUrl } }`;

const base64 = (bytes: Buffer) => bytes.toString('base64');

/**
 * The organization's logo (#12 case 10): uploaded by an admin as base64 through GraphQL, judged
 * by its bytes, stored in PostgreSQL and served from Candor's own origin to the status page.
 */
describe('the organization logo', () => {
  let t: TestApp;
  let f: Fixtures;
  let admin: SignedIn;
  let organizationId: string;
  let token: string;

  const logoRows = () => t.dataSource.query('SELECT id, content_type, width, height, octet_length(content)::int AS size FROM organization_logos WHERE organization_id = $1', [organizationId]);
  const upload = (bytes: Buffer | string, as = admin.token) => t.gql(UPLOAD, { input: { contentBase64: typeof bytes === 'string' ? bytes : base64(bytes) } }, as);
  const statusLogo = async (statusToken = token) => (await t.gql(STATUS, { token: statusToken })).data!.candidateStatus.logoUrl as string | null;

  beforeAll(async () => {
    t = await startTestApp();
    f = new Fixtures(t);
    admin = await f.signUp('Acme Robotics');
    const job = await f.createJob(admin.token);
    token = (await f.addCandidate(admin.token, job.id)).statusUrl.split('#').pop()!;
    [{ organization_id: organizationId }] = await t.dataSource.query('SELECT organization_id FROM jobs WHERE id = $1', [job.id]);
  });
  afterAll(() => t.close());

  it('takes a PNG from an admin, serves it from Candor with its type, nosniff and a cache header, and shows it on the status page', async () => {
    const png = pngFile(320, 96);
    const res = await upload(png);
    expectNoErrors(res);
    const logoUrl: string = res.data!.uploadOrganizationLogo.logoUrl;
    expect(logoUrl).toMatch(/^\/branding\/[0-9a-f-]{36}\/logo$/);
    expect(await logoRows()).toEqual([expect.objectContaining({ content_type: 'image/png', width: 320, height: 96, size: png.length })]);
    expect((await t.gql(SETTINGS, {}, admin.token)).data!.me.organization.logoUrl).toBe(logoUrl);
    expect(await t.gql(STATUS, { token })).toMatchObject({ data: { candidateStatus: { organizationName: 'Acme Robotics', logoUrl } } });

    // No session needed: the candidate has none.
    const image = await t.http().get(logoUrl).buffer(true).parse((r, done) => {
      const parts: Buffer[] = [];
      r.on('data', (part: Buffer) => parts.push(part));
      r.on('end', () => done(null, Buffer.concat(parts)));
    });
    expect(image.status).toBe(200);
    expect(Buffer.compare(image.body as Buffer, png)).toBe(0);
    expect(image.headers['content-type']).toBe('image/png');
    expect(image.headers['x-content-type-options']).toBe('nosniff');
    expect(image.headers['cache-control']).toBe('private, max-age=31536000, immutable');
    expect(image.headers['content-security-policy']).toContain("img-src 'self' data:");
    const etag = image.headers.etag;
    expect(etag).toMatch(/^"[0-9a-f]{64}"$/);
    const again = await t.http().get(logoUrl).set('If-None-Match', etag);
    expect(again.status).toBe(304);

    const [audit] = await t.dataSource.query(`SELECT details FROM audit_events WHERE organization_id = $1 AND action = 'ORGANIZATION_SETTINGS_CHANGED' ORDER BY seq DESC LIMIT 1`, [organizationId]);
    expect(audit.details).toEqual({ settings: ['logo'] });
  });

  it('replaces it with a JPEG under a new URL at once; the old URL stops answering', async () => {
    const before = await statusLogo();
    const res = await upload(jpegFile(640, 200));
    expectNoErrors(res);
    const after: string = res.data!.uploadOrganizationLogo.logoUrl;
    expect(after).not.toBe(before);
    expect(await statusLogo()).toBe(after);
    expect(await logoRows()).toEqual([expect.objectContaining({ content_type: 'image/jpeg', width: 640, height: 200 })]);
    expect((await t.http().get(after)).headers['content-type']).toBe('image/jpeg');
    const old = await t.http().get(before!);
    expect(old.status).toBe(404);
    expect(old.headers['cache-control']).toBe('no-store');
  });

  const svg = Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.domain)"><rect width="10" height="10"/></svg>');
  const refused: [string, () => Buffer | string, RegExp][] = [
    ['an SVG sent as a PNG', () => svg, /SVG and other text files are not accepted/],
    ['a GIF', () => Buffer.concat([Buffer.from('GIF89a'), Buffer.from([1, 0, 1, 0, 0x80, 0, 0, 0, 0, 0, 0xff, 0xff, 0xff, 0x3b])]), /GIF files are not accepted/],
    ['a PNG of 200 KB and 1 byte', () => pngFile(10, 10, LIMITS.logoBytes + 1 - pngFile(10, 10).length), /must be at most 200 KB \(this file is 201 KB\)/],
    ['base64 longer than the largest file', () => 'A'.repeat(4 * Math.ceil(LIMITS.logoBytes / 3) + 4), /must be a file of at most 200 KB/],
    ['text that is not base64', () => 'iVBORw0KGgo<script>', /must be the image file encoded in base64/],
    ['a PNG signature with an SVG after it', () => Buffer.concat([pngFile(4, 4).subarray(0, 33), svg]), /this PNG file is incomplete or has data after its end/],
    ['a PNG wider than the limit', () => pngFile(LIMITS.logoSidePixels + 1, 1), /at most 4096 pixels on each side/],
  ];

  it.each(refused)('refuses %s with a BAD_USER_INPUT naming the field, and keeps the logo it had', async (_, file, message) => {
    const before = await logoRows();
    const res = await upload(file());
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions.fields).toEqual([{ field: 'contentBase64', message: expect.stringMatching(message) }]);
    expect(await logoRows()).toEqual(before);
  });

  it('takes a file of exactly 200 KB', async () => {
    const png = pngFile(10, 10, LIMITS.logoBytes - pngFile(10, 10).length);
    expect(png.length).toBe(LIMITS.logoBytes);
    expectNoErrors(await upload(png));
  });

  it('refuses a request body larger than the largest upload before reading it', async () => {
    const res = await t
      .http()
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('authorization', `Bearer ${admin.token}`)
      .send(JSON.stringify({ query: UPLOAD, variables: { input: { contentBase64: 'A'.repeat(GRAPHQL_MAX_BODY_BYTES) } } }));
    expect(res.status).toBe(413);
    expect(res.body.errors).toEqual([{ message: expect.stringMatching(/^The request is larger than \d+ KB, the most Candor accepts/), extensions: { code: 'BAD_USER_INPUT' } }]);
    expect(res.text).not.toMatch(/node_modules|Error:/);
  });

  it.each(['RECRUITER', 'HIRING_MANAGER'] as const)('is for admins only: a %s may neither upload nor remove it', async (role) => {
    const member = await f.member(admin, role);
    const before = await logoRows();
    for (const res of [await upload(pngFile(8, 8), member.token), await t.gql(REMOVE, {}, member.token)]) {
      expect(codeOf(res)).toBe('FORBIDDEN');
    }
    expect(await logoRows()).toEqual(before);
    expect(codeOf(await upload(pngFile(8, 8), ''))).toBe('UNAUTHENTICATED');
  });

  it("is never another organization's: their upload changes nothing here, and their candidates see their own", async () => {
    const before = await statusLogo();
    const other = await f.signUp('Other Org');
    const otherJob = await f.createJob(other.token);
    const otherToken = (await f.addCandidate(other.token, otherJob.id)).statusUrl.split('#').pop()!;
    expect(await statusLogo(otherToken)).toBeNull();
    const theirs = await upload(pngFile(5, 5), other.token);
    expectNoErrors(theirs);
    expect(await statusLogo(otherToken)).toBe(theirs.data!.uploadOrganizationLogo.logoUrl);
    expect(await statusLogo()).toBe(before);
    expectNoErrors(await t.gql(REMOVE, {}, other.token));
    expect(await statusLogo()).toBe(before);
    expect(await statusLogo(otherToken)).toBeNull();
  });

  it('is removed by an admin: the page and Settings show none, and its URL stops answering', async () => {
    const url = await statusLogo();
    const res = await t.gql(REMOVE, {}, admin.token);
    expectNoErrors(res);
    expect(res.data!.removeOrganizationLogo.logoUrl).toBeNull();
    expect(await statusLogo()).toBeNull();
    expect((await t.http().get(url!)).status).toBe(404);
    // Removing none is fine and changes nothing.
    expectNoErrors(await t.gql(REMOVE, {}, admin.token));
  });

  it('answers 404 for a logo URL that names nothing, without a session', async () => {
    for (const path of ['/branding/not-a-uuid/logo', '/branding/00000000-0000-4000-8000-000000000000/logo']) {
      const res = await t.http().get(path).set('Accept', 'image/avif,image/webp,*/*');
      expect(res.status).toBe(404);
    }
  });
});
