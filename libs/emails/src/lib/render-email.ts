import { EmailTemplate } from './default-templates';
import { escapeHtml, renderLayout } from './layout';
import { htmlEngine, textEngine } from './template-engine';
import { StageEmailVariables } from './template-variables';

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

export interface CandidateEmailOptions {
  unsubscribeUrl: string;
}

/** A stage email from its template: subject, HTML part (in the layout) and plain-text part. */
export async function renderStageEmail(
  template: EmailTemplate,
  variables: StageEmailVariables,
  options: CandidateEmailOptions,
): Promise<RenderedEmail> {
  const context = { ...variables };
  const subject = oneLine(await textEngine.parseAndRender(template.subject, context));
  const text = paragraphs(await textEngine.parseAndRender(template.body, context)).join('\n\n');
  const htmlParagraphs = paragraphs(await htmlEngine.parseAndRender(template.body, context));
  const footerText = `You receive this email because you applied to ${variables.organization.name}.`;
  const html = await renderLayout({
    title: subject,
    preheader: subject,
    header: variables.organization.name,
    bodyHtml: htmlParagraphs.map((p) => `<p style="margin:0 0 16px">${linkify(p).replace(/\n/g, '<br>')}</p>`).join(''),
    button: { url: variables.status_link, label: 'See your status page' },
    footerHtml: `${escapeHtml(footerText)} <a href="${escapeHtml(options.unsubscribeUrl)}" style="color:#616e7c">Stop emails about this application</a>.`,
  });
  return {
    subject,
    html,
    text: `${text}\n\n--\n${footerText}\nStop emails about this application: ${options.unsubscribeUrl}\n`,
  };
}

/** Paragraphs separated by blank lines; empty ones (from conditions that did not apply) dropped. */
function paragraphs(rendered: string): string[] {
  return rendered
    .replace(/\r\n/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((p) => p.split('\n').map((line) => line.trim()).join('\n').trim())
    .filter((p) => p.length > 0);
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, 300);
}

/** Web addresses in already-escaped text become links (they contain no markup by then). */
function linkify(escaped: string): string {
  return escaped.replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}" style="color:#1d4e89">${url}</a>`);
}
