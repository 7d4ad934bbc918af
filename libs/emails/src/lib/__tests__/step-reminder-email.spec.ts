/** The STEP_REMINDER email: its own placeholders, default words that drop empty parts, and no stage placeholder. */
import { DEFAULT_STEP_REMINDER_TEMPLATE } from '../default-templates';
import { renderStepReminderEmail } from '../render-email';
import { TemplateRenderer } from '../template-renderer';
import { sampleStepReminderVariables, sampleVariablesOf, STEP_REMINDER_EMAIL_VARIABLES } from '../template-variables';

const SAMPLE = sampleStepReminderVariables('https://candor.example.com/');

function leaves(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, v]) => (v && typeof v === 'object' ? leaves(v, `${prefix}${key}.`) : [`${prefix}${key}`]));
}

describe('the STEP_REMINDER email', () => {
  let renderer: TemplateRenderer;
  beforeAll(() => (renderer = new TemplateRenderer({ threads: 1 })));
  afterAll(() => renderer.close());

  it('has exactly the leaves of its sample data as placeholders, each described', () => {
    expect(Object.keys(STEP_REMINDER_EMAIL_VARIABLES).sort()).toEqual(leaves(SAMPLE).sort());
    expect(sampleVariablesOf('STEP_REMINDER', 'https://x.example')).toMatchObject({ step: { kind: 'Video interview' } });
  });

  it('accepts its placeholders and refuses a stage one', async () => {
    expect(await renderer.check(DEFAULT_STEP_REMINDER_TEMPLATE, 'STEP_REMINDER')).toEqual([]);
    expect(await renderer.check({ subject: 'x', body: '{{ stage.label }}' }, 'STEP_REMINDER')).not.toEqual([]);
  });

  it('says what, when, the link and how to prepare, and leaves out an empty place', async () => {
    const email = await renderStepReminderEmail(renderer, DEFAULT_STEP_REMINDER_TEMPLATE, SAMPLE, { unsubscribeUrl: 'https://u.example/x', trusted: true });
    expect(email.subject).toBe('Reminder: Video interview with the design team on Tuesday, December 1, 2026 at 9:00 AM PST (Pacific Standard Time)');
    expect(email.text).toContain('Join here: https://meet.example.com/northwind-design');
    expect(email.text).toContain('How to prepare: Please have a recent project ready');
    expect(email.text).not.toContain('Where:');
    expect(email.text).toContain('https://candor.example.com/status#sample-token');
    expect(email.text).not.toMatch(/\n\n\n/);
  });
});
