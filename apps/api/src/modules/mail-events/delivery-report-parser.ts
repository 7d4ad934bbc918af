import { complaints, permanentBounces, UndeliverableReport } from '@candor/domain';
import { simpleParser } from 'mailparser';

/** What a posted report holds: the addresses it marks, or why it is not a report Candor reads. */
export type ParsedReport = { source: 'DSN' | 'ARF'; reports: UndeliverableReport[]; originalMessageId: string | null } | { problem: string };

/** Largest report read, in bytes (a bounce carries the original message; Candor's are small). */
export const REPORT_MAX_BYTES = 512 * 1024;

const ADDRESS_IN_HEADER = /[^\s<>,;:"()]+@[^\s<>,;:"()]+/g;

/**
 * Reads a multipart/report message (RFC 6522): a delivery status notification (RFC 3464,
 * report-type=delivery-status) or a feedback report (RFC 5965, report-type=feedback-report),
 * parsed by mailparser with the report parts kept apart. `source` is the whole message
 * (headers and body), e.g. what a relay forwards from the bounce mailbox.
 */
export async function parseDeliveryReport(source: Buffer): Promise<ParsedReport> {
  let parsed;
  try {
    parsed = await simpleParser(source, { keepDeliveryStatus: true, skipHtmlToText: true, skipTextLinks: true, skipImageLinks: true, maxHtmlLengthToParse: 0 });
  } catch {
    return { problem: 'The body is not a MIME message.' };
  }
  const contentType = parsed.headers.get('content-type') as { value?: string; params?: Record<string, string> } | undefined;
  if (contentType?.value?.toLowerCase() !== 'multipart/report') {
    return { problem: 'The message is not a multipart/report (RFC 6522): send the delivery status notification or feedback report itself.' };
  }
  const part = (...types: string[]) => parsed.attachments.find((a) => types.includes(a.contentType.toLowerCase()));
  // The returned original (whole, or its headers): its Message-ID says which of Candor's messages the report is about.
  const original = part('message/rfc822', 'text/rfc822-headers', 'message/global', 'message/global-headers');
  const originalHeaders = original ? headersOf(original.content.toString('utf8')) : '';
  const originalMessageId = /^message-id:\s*(<[^<>\s]+>)/im.exec(originalHeaders)?.[1] ?? null;
  const status = part('message/delivery-status', 'message/global-delivery-status');
  if (status) return { source: 'DSN', reports: permanentBounces(status.content.toString('utf8')), originalMessageId };
  const feedback = part('message/feedback-report');
  if (feedback) {
    const to = /^to:(.*)$/im.exec(originalHeaders)?.[1] ?? '';
    return { source: 'ARF', reports: complaints(feedback.content.toString('utf8'), to.match(ADDRESS_IN_HEADER) ?? []), originalMessageId };
  }
  return { problem: 'The report has no message/delivery-status or message/feedback-report part.' };
}

/** The header section of an attached original message, folded lines joined. */
function headersOf(message: string): string {
  return message.replace(/\r\n?/g, '\n').split('\n\n', 1)[0].replace(/\n[ \t]+/g, ' ');
}
