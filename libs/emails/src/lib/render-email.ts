import type { EmailTemplate } from './default-templates';
import { escapeHtml, renderLayout } from './layout';
import type { RenderedTemplate, TemplateRenderer } from './template-renderer';
import type { CheckInReplyEmailVariables, PromiseEmailVariables, StageEmailVariables, StepReminderVariables, TemplateKind } from './template-variables';

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

export interface CandidateEmailOptions {
  unsubscribeUrl: string;
  /** The template is Candor's own default (rendered in-process); otherwise an organization's (rendered in a worker). */
  trusted?: boolean;
  /** For an organization's template: how long it may wait for a worker thread, in ms (then BUSY). */
  maxWaitMs?: number;
}

/**
 * A stage email from a template: subject, HTML part (in the layout) and plain-text part. An
 * organization's template is checked, rendered, sanitized and turned into text in the renderer's
 * worker threads (time, memory and output limits); the main thread only puts the finished parts
 * into the layout.
 * @throws TemplateRenderError when an organization's template exceeds a limit, fails, or the pool is busy.
 */
export function renderStageEmail(
  renderer: TemplateRenderer,
  template: EmailTemplate,
  variables: StageEmailVariables,
  options: CandidateEmailOptions,
): Promise<RenderedEmail> {
  return renderCandidateEmail(renderer, 'STAGE', template, variables, options);
}

/**
 * The email that tells a candidate their promised reply day moved later (PROMISE_EXTENDED), as
 * `renderStageEmail` makes a stage email: same layout, limits and sandbox, its own placeholders.
 * @throws TemplateRenderError when an organization's template exceeds a limit, fails, or the pool is busy.
 */
export function renderPromiseEmail(
  renderer: TemplateRenderer,
  template: EmailTemplate,
  variables: PromiseEmailVariables,
  options: CandidateEmailOptions,
): Promise<RenderedEmail> {
  return renderCandidateEmail(renderer, 'PROMISE_EXTENDED', template, variables, options);
}

/**
 * The team's answer to a candidate's check-in (CHECK_IN_REPLY), as `renderStageEmail` makes a
 * stage email: same layout, limits and sandbox, its own placeholders.
 * @throws TemplateRenderError when an organization's template exceeds a limit, fails, or the pool is busy.
 */
export function renderCheckInReplyEmail(
  renderer: TemplateRenderer,
  template: EmailTemplate,
  variables: CheckInReplyEmailVariables,
  options: CandidateEmailOptions,
): Promise<RenderedEmail> {
  return renderCandidateEmail(renderer, 'CHECK_IN_REPLY', template, variables, options);
}

/**
 * The reminder a candidate gets before a step (STEP_REMINDER), as `renderStageEmail` makes a
 * stage email: same layout, limits and sandbox, its own placeholders. No calendar part: a
 * reminder changes nothing in the candidate's calendar.
 * @throws TemplateRenderError when an organization's template exceeds a limit, fails, or the pool is busy.
 */
export function renderStepReminderEmail(
  renderer: TemplateRenderer,
  template: EmailTemplate,
  variables: StepReminderVariables,
  options: CandidateEmailOptions,
): Promise<RenderedEmail> {
  return renderCandidateEmail(renderer, 'STEP_REMINDER', template, variables, options);
}

async function renderCandidateEmail(
  renderer: TemplateRenderer,
  kind: TemplateKind,
  template: EmailTemplate,
  variables: { organization: { name: string }; status_link: string },
  options: CandidateEmailOptions,
): Promise<RenderedEmail> {
  const parts: RenderedTemplate = options.trusted
    ? await renderer.renderTrusted(template, variables, kind)
    : await renderer.render(template, variables, { maxWaitMs: options.maxWaitMs, kind });
  const footerText = `You receive this email because you applied to ${variables.organization.name}.`;
  const html = await renderLayout({
    title: parts.subject,
    // The inbox's one-line summary: the first paragraph past a greeting, not the subject again.
    preheader: preheaderOf(parts.text, parts.subject),
    header: variables.organization.name,
    bodyHtml: parts.paragraphsHtml.map((p) => `<p style="margin:0 0 16px">${p}</p>`).join(''),
    button: { url: variables.status_link, label: 'See your status page' },
    footerHtml: `${escapeHtml(footerText)} <a href="${escapeHtml(options.unsubscribeUrl)}" style="color:#616e7c">Stop emails about this application</a>.`,
  });
  return {
    subject: parts.subject,
    html,
    text: `${parts.text}\n\n--\n${footerText}\nStop emails about this application: ${options.unsubscribeUrl}\n`,
  };
}

/**
 * The inbox's one-line summary of a stage email: its first paragraph that is not a greeting (a
 * short line ending in a comma, such as "Hi Ada,"), on one line, cut to 150 characters with an
 * ellipsis; `fallback` (the subject) when the text has nothing else.
 */
export function preheaderOf(text: string, fallback: string): string {
  const paragraphs = text.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim());
  const summary = paragraphs.find((p) => p !== '' && !(p.length <= 40 && p.endsWith(','))) ?? fallback;
  return summary.length > 150 ? `${summary.slice(0, 149).trimEnd()}…` : summary;
}
