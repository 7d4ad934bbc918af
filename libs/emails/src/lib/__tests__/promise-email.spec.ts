/**
 * The PROMISE_EXTENDED email: its own placeholders in the same sealed sandbox and worker threads
 * as stage templates (a stage template keeps its own list), its default words, and its sample.
 */
import { DEFAULT_PROMISE_EXTENDED_TEMPLATE, DEFAULT_TEMPLATES } from '../default-templates';
import { renderPromiseEmail } from '../render-email';
import { TemplateRenderer, TemplateRenderError, templateRuntimeProblems } from '../template-renderer';
import { PROMISE_EMAIL_VARIABLES, samplePromiseVariables, sampleVariablesOf, TEMPLATE_VARIABLES, TEMPLATE_VARIABLES_BY_KIND } from '../template-variables';

const SAMPLE = samplePromiseVariables('https://candor.example.com/');

function leaves(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, v]) => (v && typeof v === 'object' ? leaves(v, `${prefix}${key}.`) : [`${prefix}${key}`]));
}

describe('the PROMISE_EXTENDED placeholders', () => {
  it('are exactly the leaves of its sample data, each described', () => {
    expect(Object.keys(PROMISE_EMAIL_VARIABLES).sort()).toEqual(leaves(SAMPLE).sort());
    for (const description of Object.values(PROMISE_EMAIL_VARIABLES)) expect(description.trim().length).toBeGreaterThan(0);
  });

  it('leave the stage list as it was, and give each kind its own sample', () => {
    expect(TEMPLATE_VARIABLES_BY_KIND.STAGE).toBe(TEMPLATE_VARIABLES);
    expect(TEMPLATE_VARIABLES).not.toHaveProperty('reason');
    expect(sampleVariablesOf('PROMISE_EXTENDED', 'https://x.example')).toMatchObject({ extension_days: '3', status_link: 'https://x.example/status#sample-token' });
    expect(sampleVariablesOf('STAGE', 'https://x.example')).toHaveProperty('message');
    expect(SAMPLE.status_link).toBe('https://candor.example.com/status#sample-token');
  });
});

describe('checking and rendering per kind of template', () => {
  let renderer: TemplateRenderer;
  beforeAll(() => (renderer = new TemplateRenderer({ threads: 1 })));
  afterAll(() => renderer.close());

  it('accepts the default and the new placeholders for PROMISE_EXTENDED only', async () => {
    expect(await renderer.check(DEFAULT_PROMISE_EXTENDED_TEMPLATE, 'PROMISE_EXTENDED')).toEqual([]);
    const template = { subject: 'New day {{ promised_date }}', body: '{{ reason }} {{ extension_days }} {{ previous_date }}' };
    expect(await renderer.check(template, 'PROMISE_EXTENDED')).toEqual([]);
    const stageProblems = await renderer.check(template);
    expect(stageProblems.map((p) => p.field)).toEqual(['body']);
    expect(stageProblems[0].message).toMatch(/^uses unknown placeholder \{\{ reason \}\}, \{\{ extension_days \}\}, \{\{ previous_date \}\}; available: candidate\.first_name/);
  });

  it('refuses stage-only placeholders and hostile tags in a PROMISE_EXTENDED template, naming the field', async () => {
    const problems = await renderer.check({ subject: '{{ message }}', body: "{% include '.data/secret-key' %}" }, 'PROMISE_EXTENDED');
    expect(problems).toEqual([
      { field: 'subject', message: `uses unknown placeholder {{ message }}; available: ${Object.keys(PROMISE_EMAIL_VARIABLES).join(', ')}` },
      { field: 'body', message: 'uses {% include %}, which email templates may not use: a template cannot load other files or templates' },
    ]);
  });

  it('stops a huge loop with the same limits as stage templates', async () => {
    const hungry = { subject: 'x', body: "{% for i in (1..10000000) %}{% cycle 'a','b' %}{% endfor %}" };
    expect(await templateRuntimeProblems(renderer, hungry, SAMPLE, 'PROMISE_EXTENDED')).toEqual([{ field: 'body', message: new TemplateRenderError('LIMIT').message }]);
  });

  it('renders the default words with the days, the reason and the status link', async () => {
    const email = await renderPromiseEmail(renderer, DEFAULT_PROMISE_EXTENDED_TEMPLATE, SAMPLE, { unsubscribeUrl: 'https://candor.example.com/email/unsubscribe/t', trusted: true });
    expect(email.subject).toBe('A new date for news about Product Designer');
    expect(email.text).toContain('by Friday, December 4, 2026. We need a little longer');
    expect(email.text).toContain('The reason: the team needs 3 more business days');
    expect(email.text).toContain('You will hear back from us by Wednesday, December 9, 2026 at the latest. There is no need to chase us');
    expect(email.text).toContain('https://candor.example.com/status#sample-token');
    expect(email.text).toContain('Stop emails about this application: https://candor.example.com/email/unsubscribe/t');
    expect(email.html).toContain('See your status page');
  });

  it("renders an organization's template in a worker with its escaped values", async () => {
    const email = await renderPromiseEmail(
      renderer,
      { subject: 'Moved to {{ promised_date }}', body: 'Because {{ reason }} ({{ extension_days }} days)' },
      { ...SAMPLE, reason: '<b>travel</b>' },
      { unsubscribeUrl: 'https://u.example/x' },
    );
    expect(email.subject).toBe('Moved to Wednesday, December 9, 2026');
    expect(email.html).toContain('Because &lt;b&gt;travel&lt;/b&gt; (3 days)');
  });

  it('keeps every stage default valid for its own list', async () => {
    for (const template of Object.values(DEFAULT_TEMPLATES)) expect(await renderer.check(template, 'STAGE')).toEqual([]);
  });
});
