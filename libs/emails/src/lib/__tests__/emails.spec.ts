import { STAGE_KINDS } from '@candor/domain';
import { DEFAULT_TEMPLATES } from '../default-templates';
import { renderStageEmail } from '../render-email';
import { TemplateRenderer } from '../template-renderer';
import { SAMPLE_VARIABLES } from '../template-variables';

const options = { unsubscribeUrl: 'https://candor.example.com/unsubscribe/abc' };
const renderer = new TemplateRenderer();
afterAll(() => renderer.close());
const templateProblems = (template: { subject: string; body: string }) => renderer.check(template);

describe('default templates', () => {
  it.each(STAGE_KINDS)('%s is valid and renders both parts with the link and the promise, the same in-process and in a worker', async (kind) => {
    expect(await templateProblems(DEFAULT_TEMPLATES[kind])).toEqual([]);
    const email = await renderStageEmail(renderer, DEFAULT_TEMPLATES[kind], SAMPLE_VARIABLES, { ...options, trusted: true });
    expect(await renderStageEmail(renderer, DEFAULT_TEMPLATES[kind], SAMPLE_VARIABLES, options)).toEqual(email);
    expect(email.subject).not.toMatch(/\{\{|\n/);
    expect(email.text).toContain('Hi Margaret,');
    expect(email.html).toContain('Hi Margaret,');
    expect(email.text).toContain(options.unsubscribeUrl);
    expect(email.html).toContain('https://candor.example.com/unsubscribe/abc');
    if (!['HIRED', 'REJECTED', 'WITHDRAWN'].includes(kind)) {
      expect(email.text).toContain('Friday, December 4, 2026');
      expect(email.text).toContain(SAMPLE_VARIABLES.status_link);
      expect(email.html).toContain(SAMPLE_VARIABLES.status_link);
    }
  });

  it('leaves out sentences whose values are missing', async () => {
    const email = await renderStageEmail(renderer, DEFAULT_TEMPLATES.INTERVIEW, { ...SAMPLE_VARIABLES, promised_date: '', message: '', next_step: null }, options);
    expect(email.text).not.toMatch(/hear back/);
    expect(email.text).not.toMatch(/Next:/);
    expect(email.text).not.toMatch(/\n\n\n/);
  });
});

describe('template safety', () => {
  it('escapes markup from any value in the HTML part and keeps the text part plain', async () => {
    const hostile = { ...SAMPLE_VARIABLES, candidate: { name: '<script>alert(1)</script>', first_name: '<img src=x onerror=alert(1)>' } };
    const email = await renderStageEmail(renderer, { subject: 'Hi {{ candidate.first_name }}', body: 'Hi {{ candidate.first_name }}' }, hostile, options);
    expect(email.html).not.toContain('<img src=x');
    expect(email.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(email.text).toContain('<img src=x onerror=alert(1)>');
  });

  it('rejects unknown placeholders, naming them', async () => {
    expect(await templateProblems({ subject: 'Hi', body: '{{ candidate.email }} {{ secret }}' })).toEqual([
      { field: 'body', message: expect.stringMatching(/unknown placeholder \{\{ candidate.email \}\}, \{\{ secret \}\}/) },
    ]);
  });

  it('rejects attempts to reach objects or functions behind the values', async () => {
    for (const body of ['{{ candidate.constructor }}', '{{ candidate["__proto__"] }}', '{{ status_link.constructor.constructor }}']) {
      expect((await templateProblems({ subject: 'x', body }))[0]?.field).toBe('body');
    }
  });

  it('rejects syntax errors and unknown filters', async () => {
    expect((await templateProblems({ subject: 'Hi {{ candidate.name', body: 'x' }))[0]).toMatchObject({ field: 'subject', message: expect.stringMatching(/syntax error/) });
    expect((await templateProblems({ subject: 'x', body: '{{ candidate.name | exec }}' }))[0]).toMatchObject({ field: 'body' });
    expect((await templateProblems({ subject: 'x', body: '{% if %}' }))[0]).toMatchObject({ field: 'body' });
  });

  it('rejects empty and oversized templates', async () => {
    expect(await templateProblems({ subject: ' ', body: 'x' })).toEqual([{ field: 'subject', message: 'must not be empty' }]);
    expect((await templateProblems({ subject: 'x', body: 'y'.repeat(10_001) }))[0].message).toMatch(/at most 10000/);
  });
});
