import { refusedRecipientReason } from '@candor/domain';
import { createTransport, Transporter } from 'nodemailer';
import type { DkimConfig } from '../../config/mail-auth-config';
import { EmailAttachment } from './email-message.entity';

/**
 * The header fields a DKIM signature covers (h=), named here rather than left to nodemailer's
 * default so that an upgrade cannot drop one: RFC 8058 §4 honours one-click unsubscribe only when
 * the signature covers both List-Unsubscribe and List-Unsubscribe-Post. A listed field a message
 * does not carry is left out of h=.
 */
export const DKIM_SIGNED_HEADERS = [
  'From', 'Sender', 'Reply-To', 'Subject', 'Date', 'Message-ID', 'To', 'Cc', 'MIME-Version', 'Content-Type',
  'Content-Transfer-Encoding', 'In-Reply-To', 'References', 'List-Id', 'List-Unsubscribe', 'List-Unsubscribe-Post', 'Auto-Submitted',
] as const;

export interface OutgoingEmail {
  messageId: string;
  from: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  headers: Record<string, string>;
  attachments: EmailAttachment[];
}

/** Why a send failed, and whether trying again later can help. */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
    /** Set when the server refused the recipient's address itself (refusedRecipientReason): the reason. */
    readonly addressRefused?: string,
  ) {
    super(message);
  }
}

/** Where emails go: an SMTP relay (SMTP_URL), or the dev mailbox when none is configured. */
export abstract class EmailTransport {
  abstract readonly name: 'smtp' | 'dev-mailbox';
  abstract send(email: OutgoingEmail): Promise<void>;
  async close(): Promise<void> {}

  /** Nest calls this at shutdown: pooled SMTP connections are closed, not left to time out. */
  async onApplicationShutdown(): Promise<void> {
    await this.close();
  }
}

export class SmtpTransport extends EmailTransport {
  readonly name = 'smtp' as const;
  private readonly transporter: Transporter;
  private readonly dkim?: { domainName: string; keySelector: string; privateKey: string; headerFieldNames: string };

  /** `dkim`: sign every message (DKIM_*); without it messages go unsigned (a relay may sign them). */
  constructor(url: string, dkim?: DkimConfig) {
    super();
    if (dkim) this.dkim = { domainName: dkim.domain, keySelector: dkim.selector, privateKey: dkim.privateKeyPem, headerFieldNames: DKIM_SIGNED_HEADERS.join(':') };
    // A small pool of connections, reused across messages (one per email worker by default).
    const options = new URL(url);
    if (!options.searchParams.has('pool')) options.searchParams.set('pool', 'true');
    if (!options.searchParams.has('maxConnections')) options.searchParams.set('maxConnections', '4');
    options.searchParams.set('connectionTimeout', '10000');
    options.searchParams.set('greetingTimeout', '10000');
    options.searchParams.set('socketTimeout', '30000');
    this.transporter = createTransport(options.toString());
  }

  async send(email: OutgoingEmail): Promise<void> {
    const calendar = email.attachments.find((a) => /^text\/calendar\b/i.test(a.contentType));
    try {
      await this.transporter.sendMail({
        messageId: email.messageId,
        from: email.from,
        to: email.to,
        subject: email.subject,
        html: email.html,
        text: email.text,
        headers: email.headers,
        attachments: email.attachments.filter((a) => a !== calendar).map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content })),
        // An iTIP invitation (RFC 6047 §2.4) goes as a text/calendar part of multipart/alternative,
        // where Outlook and Gmail look for it, and again as an .ics attachment (nodemailer's icalEvent).
        icalEvent: calendar ? { method: calendarMethod(calendar.contentType), filename: calendar.filename, content: calendar.content } : undefined,
        dkim: this.dkim,
      });
    } catch (error) {
      const { responseCode: code, command, response } = error as { responseCode?: number; command?: string; response?: string };
      // 5xx: the server refused this message for good. Anything else (4xx, refused or broken
      // connections, timeouts) may pass later.
      const permanent = typeof code === 'number' && code >= 500;
      // A refused RCPT TO with e.g. 5.1.1 says the address does not exist: a bounce without a report.
      const addressRefused = permanent && command === 'RCPT TO' ? (refusedRecipientReason(response) ?? undefined) : undefined;
      throw new DeliveryError(errorText(error), permanent, addressRefused);
    }
  }

  override async close(): Promise<void> {
    this.transporter.close();
  }
}

/** Without SMTP_URL: nothing leaves the machine; the message stays in the database and the portal shows it. */
export class DevMailboxTransport extends EmailTransport {
  readonly name = 'dev-mailbox' as const;
  async send(): Promise<void> {}
}

/** The iTIP method named in a text/calendar content type ("...; method=REQUEST"), REQUEST when none. */
function calendarMethod(contentType: string): string {
  return /;\s*method=([A-Z]+)/i.exec(contentType)?.[1].toUpperCase() ?? 'REQUEST';
}

function errorText(error: unknown): string {
  const e = error as { code?: string; responseCode?: number; message?: string };
  return [e.responseCode, e.code, e.message].filter(Boolean).join(' ').slice(0, 1000);
}
