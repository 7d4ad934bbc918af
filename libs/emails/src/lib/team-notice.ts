import { escapeHtml, renderLayout } from './layout';
import type { RenderedEmail } from './render-email';

export interface TeamNotice {
  organizationName: string;
  subject: string;
  paragraphs: string[];
  button: { url: string; label: string };
}

/**
 * A short email to members of the team (check-ins, answers, invitations). Every value is escaped;
 * the subject is one line of at most 300 characters and the preheader is the first paragraph.
 */
export async function renderTeamNotice(notice: TeamNotice): Promise<RenderedEmail> {
  const subject = notice.subject.replace(/\s+/g, ' ').trim().slice(0, 300);
  const footer = `Sent by Candor for ${notice.organizationName}.`;
  const html = await renderLayout({
    title: subject,
    preheader: notice.paragraphs[0] ?? subject,
    header: notice.organizationName,
    bodyHtml: notice.paragraphs.map((p) => `<p style="margin:0 0 16px">${escapeHtml(p).replace(/\n/g, '<br>')}</p>`).join(''),
    button: notice.button,
    footerHtml: escapeHtml(footer),
  });
  const text = `${notice.paragraphs.join('\n\n')}\n\n${notice.button.label}: ${notice.button.url}\n\n--\n${footer}\n`;
  return { subject, html, text };
}
