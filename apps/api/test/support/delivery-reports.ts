/**
 * Delivery reports as receiving mail servers write them, for the mail-event specs: an RFC 3464
 * delivery status notification and an RFC 5965 feedback report, each quoting the original's
 * Message-ID (Candor counts a report only for a message it sent).
 */

/** An RFC 3464 report as a receiving MTA writes it (multipart/report, report-type=delivery-status). */
export function dsn(recipients: { address: string; action: string; status: string }[], messageId = '<original@candor-mail.test>'): string {
  const groups = recipients.map((r) => `Final-Recipient: rfc822; ${r.address}\r\nAction: ${r.action}\r\nStatus: ${r.status}\r\nDiagnostic-Code: smtp; 550 ${r.status} mailbox unavailable`);
  return [
    'From: Mail Delivery System <MAILER-DAEMON@mx.example.net>',
    'To: bounces@candor-mail.test',
    'Subject: Undelivered Mail Returned to Sender',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="BOUNDARY"',
    '',
    '--BOUNDARY',
    'Content-Type: text/plain; charset=us-ascii',
    '',
    'Your message could not be delivered to one or more recipients.',
    '',
    '--BOUNDARY',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mx.example.net',
    'Arrival-Date: Tue, 1 Dec 2026 17:00:00 +0000',
    '',
    groups.join('\r\n\r\n'),
    '',
    '--BOUNDARY',
    'Content-Type: text/rfc822-headers',
    '',
    `Message-ID: ${messageId}`,
    'Subject: Next step',
    '',
    '--BOUNDARY--',
    '',
  ].join('\r\n');
}

/** An RFC 5965 feedback report that redacts the recipient: the original message's To names it. */
export function arf(address: string, messageId = '<original@candor-mail.test>'): string {
  return [
    'From: fbl@mail.example.org',
    'To: abuse@candor-mail.test',
    'Subject: FW: complaint',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=feedback-report; boundary="FB"',
    '',
    '--FB',
    'Content-Type: text/plain',
    '',
    'This is an email abuse report.',
    '',
    '--FB',
    'Content-Type: message/feedback-report',
    '',
    'Feedback-Type: abuse',
    'User-Agent: ExampleFBL/1.0',
    'Version: 1',
    '',
    '--FB',
    'Content-Type: message/rfc822',
    '',
    'From: Candor <no-reply@candor-mail.test>',
    `To: ${address}`,
    `Message-ID: ${messageId}`,
    'Subject: Next step',
    '',
    'Hello',
    '--FB--',
    '',
  ].join('\r\n');
}
