import { AddressInfo } from 'node:net';
import { ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { watchEmailText } from './log-watch';
import { waitFor } from './wait-for';

/** unknown-recipient: RCPT TO is refused with 550 5.1.1 (the address does not exist). */
export type SinkMode = 'accept' | 'temporary-failure' | 'permanent-failure' | 'unknown-recipient';

/** One header of a received message as it was sent, folded lines joined ("List-Unsubscribe: <…>"). */
export const rawHeader = (mail: ParsedMail, key: string): string =>
  (mail.headerLines.find((h) => h.key === key)?.line ?? '').replace(/\r?\n\s+/g, ' ');

/** A real SMTP server on 127.0.0.1 that keeps what it receives, and can refuse on demand. */
export class SmtpSink {
  readonly received: ParsedMail[] = [];
  /** Each received message as it came over the wire (the MIME source). */
  private readonly sources = new WeakMap<ParsedMail, string>();
  mode: SinkMode = 'accept';
  /** Refuse this many deliveries with 451 before accepting again. */
  temporaryFailuresLeft = 0;
  /**
   * Connection errors the server reported (a client that died mid-transaction: ECONNRESET,
   * EPIPE). smtp-server emits each as an 'error' event on the server, and one with no listener
   * would end the test process; for a sink they are ordinary (the faults spec kills senders).
   */
  readonly connectionErrors: Error[] = [];
  private server?: SMTPServer;
  port = 0;

  async start(port = 0): Promise<this> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onRcptTo: (_address, _session, callback) => {
        if (this.mode === 'unknown-recipient') return callback(Object.assign(new Error('5.1.1 User unknown'), { responseCode: 550 }));
        callback();
      },
      onData: (stream, _session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', async () => {
          if (this.mode === 'permanent-failure') return callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }));
          if (this.mode === 'temporary-failure' || this.temporaryFailuresLeft > 0) {
            this.temporaryFailuresLeft = Math.max(0, this.temporaryFailuresLeft - 1);
            return callback(Object.assign(new Error('Try again later'), { responseCode: 451 }));
          }
          const source = Buffer.concat(chunks);
          const mail = await simpleParser(source);
          this.sources.set(mail, source.toString('utf8'));
          // What a recipient gets is secret from the log too (log-guard.ts).
          watchEmailText(`${mail.text ?? ''}\n${typeof mail.html === 'string' ? mail.html : ''}\n${mail.headerLines.map((h) => h.line).join('\n')}`);
          this.received.push(mail);
          callback();
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(port, '127.0.0.1', () => {
        this.server!.off('error', reject);
        this.server!.on('error', (error: Error) => this.connectionErrors.push(error));
        resolve();
      });
    });
    this.port = (this.server.server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** The MIME source of a received message. */
  sourceOf(mail: ParsedMail): string {
    return this.sources.get(mail) ?? '';
  }

  to(address: string): ParsedMail[] {
    return this.received.filter((m) => (Array.isArray(m.to) ? m.to : [m.to]).some((t) => t?.text.includes(address)));
  }

  /** Waits until `predicate` holds, polling; fails after `timeoutMs`. */
  waitFor(predicate: () => boolean, timeoutMs = 15_000): Promise<void> {
    return waitFor(() => `a message the test expects (received ${this.received.length})`, predicate, timeoutMs);
  }
}
