import { escapeHtml, renderLayout } from './layout';
import type { RenderedEmail } from './render-email';

export type StepEmailKind = 'STEP_SCHEDULED' | 'STEP_UPDATED' | 'STEP_CANCELLED';

export interface StepEmailVariables {
  firstName: string;
  organizationName: string;
  jobTitle: string;
  stepTitle: string;
  when: string;
  location: string | null;
  meetingUrl: string | null;
  instructions: string | null;
  statusLink: string;
  unsubscribeUrl: string;
}

const OPENINGS: Record<StepEmailKind, { subject: string; lead: string }> = {
  STEP_SCHEDULED: { subject: 'Scheduled: {step}', lead: 'We have scheduled the next step of your application for {job}. It is in the attached calendar invitation.' },
  STEP_UPDATED: { subject: 'Changed: {step}', lead: 'A step of your application for {job} has changed. The attached calendar update replaces the earlier one.' },
  STEP_CANCELLED: { subject: 'Cancelled: {step}', lead: 'A step of your application for {job} has been cancelled; the attachment removes it from your calendar. Your status page shows what comes next.' },
};

/**
 * The email that carries a step's calendar invitation, update or cancellation: a one-line subject
 * of at most 300 characters, the HTML part in the layout (every value escaped) and a plain-text
 * part. `when` is shown as given: the caller spells it in the organization's time zone.
 */
export async function renderStepEmail(kind: StepEmailKind, v: StepEmailVariables): Promise<RenderedEmail> {
  // One pass with a replacement function: a title is text, even "Budget $& more" or "{job}".
  const fill = (text: string) => text.replace(/\{(step|job)\}/g, (_, name: string) => (name === 'step' ? v.stepTitle : v.jobTitle));
  const subject = fill(OPENINGS[kind].subject).replace(/\s+/g, ' ').slice(0, 300);
  const details: [string, string | null][] =
    kind === 'STEP_CANCELLED'
      ? [['What', v.stepTitle], ['Was planned for', v.when]]
      : [['What', v.stepTitle], ['When', v.when], ['Where', v.location], ['Video link', v.meetingUrl], ['How to prepare', v.instructions]];
  const shown = details.filter((d): d is [string, string] => !!d[1]);
  const paragraphs = [`Hi ${v.firstName},`, fill(OPENINGS[kind].lead), ...shown.map(([k, val]) => `${k}: ${val}`), `Warm regards,\n${v.organizationName}`];
  const footer = `You receive this email because you applied to ${v.organizationName}.`;
  // The video link is a link in the HTML part; the lines are otherwise text.
  const lineHtml = (line: string) =>
    v.meetingUrl && line === `Video link: ${v.meetingUrl}`
      ? `Video link: <a href="${escapeHtml(v.meetingUrl)}" style="color:#1d4e89">${escapeHtml(v.meetingUrl)}</a>`
      : escapeHtml(line).replace(/\n/g, '<br>');
  const html = await renderLayout({
    title: subject,
    // The inbox's one-line summary says what and when, not the subject again.
    preheader: kind === 'STEP_CANCELLED' ? `No longer planned: ${v.stepTitle}${v.when ? `, ${v.when}` : ''}` : `${v.stepTitle}${v.when ? `, ${v.when}` : ''}`,
    header: v.organizationName,
    bodyHtml: paragraphs.map((p) => `<p style="margin:0 0 16px">${lineHtml(p)}</p>`).join(''),
    button: { url: v.statusLink, label: 'See your status page' },
    footerHtml: `${escapeHtml(footer)} <a href="${escapeHtml(v.unsubscribeUrl)}" style="color:#616e7c">Stop emails about this application</a>.`,
  });
  const text = `${paragraphs.join('\n\n')}\n\nYour status page: ${v.statusLink}\n\n--\n${footer}\nStop emails about this application: ${v.unsubscribeUrl}\n`;
  return { subject, html, text };
}
