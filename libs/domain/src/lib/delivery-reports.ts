/**
 * What delivery reports say about an address: RFC 3464 delivery status notifications (bounces),
 * RFC 5965 feedback reports (spam complaints) and Mailgun's webhook events. Pure: the MIME
 * parsing and the signature checks happen in the API; these rules read the fields.
 */

/** Why mail to an address is paused: it bounced for good, or its owner reported Candor's mail as spam. */
export type UndeliverableKind = 'BOUNCE' | 'COMPLAINT';

/** One address a report marks undeliverable, normalized (lower case), with a short reason for the team. */
export interface UndeliverableReport {
  address: string;
  kind: UndeliverableKind;
  /** E.g. "5.1.1 smtp; 550 5.1.1 user unknown" or "abuse"; at most REASON_MAX_LENGTH characters. */
  reason: string;
}

export const REASON_MAX_LENGTH = 300;

/** The longest address kept (RFC 5321: 64 + 1 + 255). */
const ADDRESS_MAX_LENGTH = 320;

/**
 * An email address as Candor compares them: trimmed, angle brackets dropped, lower case (a
 * mailbox's local part is case-sensitive by the letter of RFC 5321, but no receiver in use treats
 * it so, and a report must match however the team typed the address). null when it does not look
 * like one address (one "@", something either side, no spaces or control characters).
 */
export function normalizeEmailAddress(value: string): string | null {
  const address = value.trim().replace(/^<(.*)>$/, '$1').trim().toLowerCase();
  if (address.length === 0 || address.length > ADDRESS_MAX_LENGTH) return null;
  if (!/^[^\s@<>"\p{Cc}]+@[^\s@<>"\p{Cc}]+\.[^\s@<>"\p{Cc}]+$/u.test(address)) return null;
  return address;
}

/**
 * The field groups of a message/delivery-status or message/feedback-report body (RFC 3464 §2.1,
 * RFC 5965 §3.1): header-style `Name: value` lines, groups separated by blank lines, folded lines
 * joined. Names are lower case; a repeated name keeps every value, in order.
 */
export function reportFieldGroups(text: string): Map<string, string[]>[] {
  const groups: Map<string, string[]>[] = [];
  let current: Map<string, string[]> | null = null;
  let last: { name: string; index: number } | null = null;
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (line.trim() === '') {
      current = null;
      last = null;
      continue;
    }
    if (/^[ \t]/.test(line) && current && last) {
      const values = current.get(last.name)!;
      values[last.index] = `${values[last.index]} ${line.trim()}`;
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue; // not a field: ignored, as receivers of reports do
    if (!current) {
      current = new Map();
      groups.push(current);
    }
    const name = line.slice(0, colon).trim().toLowerCase();
    const values = current.get(name) ?? [];
    values.push(line.slice(colon + 1).trim());
    current.set(name, values);
    last = { name, index: values.length - 1 };
  }
  return groups;
}

/** The address of an address-type field ("rfc822; someone@example.com", RFC 3464 §2.3.2), normalized; null for other types. */
export function typedAddress(value: string | undefined): string | null {
  if (!value) return null;
  const semicolon = value.indexOf(';');
  if (semicolon < 0) return normalizeEmailAddress(value);
  if (value.slice(0, semicolon).trim().toLowerCase() !== 'rfc822') return null;
  return normalizeEmailAddress(value.slice(semicolon + 1));
}

/**
 * Whether one recipient's entry of a delivery status notification is a permanent failure: its
 * Action is "failed" and its Status a 5.x.x code (RFC 3464 §2.3.3, RFC 3463). "delayed",
 * "delivered", "relayed", "expanded" and 4.x.x statuses are not: mail may still arrive.
 */
export function isPermanentFailure(action: string | undefined, status: string | undefined): boolean {
  const code = /^\s*(\d)\.\d{1,3}\.\d{1,3}\b/.exec(status ?? '');
  return (action ?? '').trim().toLowerCase() === 'failed' && code?.[1] === '5';
}

/**
 * Whether a permanent failure's status code (RFC 3463) is about the message or the sender rather
 * than the address: 5.7.x security or policy (spam blocks, DMARC, a blocked sending IP), 5.6.x
 * content, 5.2.2 mailbox full, 5.2.3 and 5.3.4 message too big. Such a report says nothing about
 * whether the address works (the SMTP path ignores those refusals too), and one sender-side
 * problem would otherwise pause mail to every address at a large provider, in every organization.
 */
export function isSenderSideFailure(status: string | undefined): boolean {
  return /^\s*5\.(?:7\.\d{1,3}|6\.\d{1,3}|2\.2|2\.3|3\.4)\b/.test(status ?? '');
}

/**
 * The recipients a message/delivery-status body reports as failed for good (isPermanentFailure),
 * by Final-Recipient (Original-Recipient when that is missing). The first group is the
 * per-message fields and is skipped.
 */
export function permanentBounces(deliveryStatus: string): UndeliverableReport[] {
  const [, ...recipients] = reportFieldGroups(deliveryStatus);
  const reports: UndeliverableReport[] = [];
  for (const fields of recipients) {
    const status = fields.get('status')?.[0];
    if (!isPermanentFailure(fields.get('action')?.[0], status) || isSenderSideFailure(status)) continue;
    const address = typedAddress(fields.get('final-recipient')?.[0]) ?? typedAddress(fields.get('original-recipient')?.[0]);
    if (!address) continue;
    const diagnostic = fields.get('diagnostic-code')?.[0];
    reports.push({ address, kind: 'BOUNCE', reason: shortReason([status!.trim().split(/\s/)[0], diagnostic].filter(Boolean).join(' ')) });
  }
  return reports;
}

/**
 * The complaint a message/feedback-report body makes (RFC 5965): its Feedback-Type (abuse,
 * fraud, virus, other: every type but "not-spam" is a complaint about the mail) and the
 * addresses it names in Original-Rcpt-To. `originalRecipients` is used when the report names
 * none (many feedback loops redact it): the recipients of the original message it carries.
 */
export function complaints(feedbackReport: string, originalRecipients: readonly string[] = []): UndeliverableReport[] {
  const [fields] = reportFieldGroups(feedbackReport);
  const type = fields?.get('feedback-type')?.[0]?.toLowerCase();
  if (!fields || !type || type === 'not-spam') return [];
  const named = (fields.get('original-rcpt-to') ?? []).map(normalizeEmailAddress).filter((a): a is string => a !== null);
  const addresses = named.length > 0 ? named : originalRecipients.map(normalizeEmailAddress).filter((a): a is string => a !== null);
  return [...new Set(addresses)].map((address) => ({ address, kind: 'COMPLAINT' as const, reason: shortReason(type) }));
}

/**
 * What one Mailgun webhook event (its `event-data`) says: "failed" with severity "permanent" is a
 * bounce (reason: the SMTP code and message, or Mailgun's reason such as "suppress-bounce");
 * "complained" a complaint. Every other event, and a temporary failure, says nothing (null).
 * 'malformed' when the event names no usable recipient.
 */
export function mailgunEventReport(eventData: unknown): UndeliverableReport | null | 'malformed' {
  if (!isRecord(eventData) || typeof eventData['event'] !== 'string') return 'malformed';
  const event = eventData['event'];
  const permanent = event === 'failed' && eventData['severity'] === 'permanent';
  if (!permanent && event !== 'complained') return null;
  const address = typeof eventData['recipient'] === 'string' ? normalizeEmailAddress(eventData['recipient']) : null;
  if (!address) return 'malformed';
  if (event === 'complained') return { address, kind: 'COMPLAINT', reason: 'complained' };
  const status = isRecord(eventData['delivery-status']) ? eventData['delivery-status'] : {};
  // The enhanced status code, when Mailgun passes one on (its own field, or the start of the message).
  const enhanced = [status['enhanced-code'], status['message']].find((part): part is string => typeof part === 'string' && /^\s*\d\.\d/.test(part));
  if (isSenderSideFailure(enhanced)) return null;
  const parts = [status['code'], status['message'] || status['description'] || eventData['reason']].filter(
    (part) => (typeof part === 'string' && part.trim() !== '') || typeof part === 'number',
  );
  return { address, kind: 'BOUNCE', reason: shortReason(parts.join(' ') || 'permanent failure') };
}

/**
 * Whether an SMTP server's refusal of a recipient (a 5xx reply to RCPT TO) says the address
 * itself does not work, by its enhanced status code (RFC 3463): 5.1.1 bad mailbox, 5.1.2 bad
 * domain, 5.1.3 bad address syntax, 5.1.6 moved, 5.1.10 null MX, 5.2.1 mailbox disabled. Other
 * refusals (5.7.x policy, 5.2.2 full, no enhanced code) say nothing about the address: null.
 * Otherwise the reason, e.g. "5.1.1 User unknown".
 */
export function refusedRecipientReason(smtpResponse: string | undefined): string | null {
  const match = /^\s*5\d\d[ -]+(5\.(?:1\.(?:1|2|3|6|10)|2\.1))\b(.*)$/s.exec(smtpResponse ?? '');
  return match ? shortReason(`${match[1]} ${match[2]}`) : null;
}

function shortReason(text: string): string {
  // Control characters and runs of spaces out; the rest is shown to the team as text.
  const clean = text.replace(/[\p{Cc}\s]+/gu, ' ').trim();
  return clean.length > REASON_MAX_LENGTH ? `${clean.slice(0, REASON_MAX_LENGTH - 1)}…` : clean;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
