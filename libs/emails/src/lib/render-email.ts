import { EmailTemplate } from './default-templates';
import { sanitizeTemplateHtml, templateHtmlToText } from './email-html';
import { escapeHtml, renderLayout } from './layout';
import { TemplateRenderer } from './template-renderer';
import { StageEmailVariables } from './template-variables';

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

export interface CandidateEmailOptions {
  unsubscribeUrl: string;
}

/**
 * A stage email from an organization's template: subject, HTML part (in the layout) and
 * plain-text part. The template runs in the sealed engine inside the renderer's worker threads
 * (time, memory and output limits); every value is escaped, and the author's own markup is
 * reduced to an allowlist.
 * @throws TemplateRenderError when the template exceeds a limit or fails.
 */
export async function renderStageEmail(
  renderer: TemplateRenderer,
  template: EmailTemplate,
  variables: StageEmailVariables,
  options: CandidateEmailOptions,
): Promise<RenderedEmail> {
  const [rawSubject, bodyHtml] = await renderer.render(
    [
      { source: template.subject, escapeHtml: true },
      { source: template.body, escapeHtml: true },
    ],
    variables,
  );
  const subject = oneLine(rawSubject);
  const blocks = paragraphs(bodyHtml);
  const text = blocks.map(templateHtmlToText).map((p) => p.trim()).filter(Boolean).join('\n\n');
  const footerText = `You receive this email because you applied to ${variables.organization.name}.`;
  const html = await renderLayout({
    title: subject,
    preheader: subject,
    header: variables.organization.name,
    bodyHtml: blocks
      .map((p) => sanitizeTemplateHtml(p.replace(/\n/g, '<br>')))
      .filter((p) => p.trim().length > 0)
      .map((p) => `<p style="margin:0 0 16px">${p}</p>`)
      .join(''),
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

/** A subject is one line of plain text: rendered escaped like the body, then the author's markup dropped and entities decoded. */
function oneLine(text: string): string {
  return templateHtmlToText(text).replace(/\s+/g, ' ').trim().slice(0, 300);
}
