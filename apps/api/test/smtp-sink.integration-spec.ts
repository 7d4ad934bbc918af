import { Socket, connect } from 'node:net';
import nodemailer from 'nodemailer';
import { SmtpSink } from './support/smtp-sink';
import { waitFor } from './support/wait-for';

/**
 * The test SMTP server itself: senders that die in the middle of a transaction (the faults spec
 * SIGKILLs the API while it sends) must not end the test process, and the sink keeps receiving.
 */
describe('SmtpSink', () => {
  /** Opens a transaction (MAIL FROM, RCPT TO, DATA) and resets the connection, as a killed sender's kernel does. */
  async function dieMidTransaction(port: number): Promise<void> {
    const socket: Socket = connect(port, '127.0.0.1');
    let heard = '';
    socket.on('data', (chunk) => (heard += chunk));
    socket.on('error', () => undefined);
    const say = async (line: string, reply: RegExp) => {
      socket.write(`${line}\r\n`);
      await waitFor(`the sink to answer ${line}`, () => reply.test(heard), 5_000);
    };
    await waitFor('the greeting', () => heard.startsWith('220'), 5_000);
    await say('EHLO dying.example', /250 /);
    await say('MAIL FROM:<a@example.com>', /250 Accepted[\s\S]*$/);
    await say('RCPT TO:<b@example.com>', /250 Accepted[\s\S]*250 Accepted/);
    await say('DATA', /354/);
    socket.resetAndDestroy();
  }

  it('survives senders that die mid-transaction, records them, and keeps receiving', async () => {
    const sink = await new SmtpSink().start();
    try {
      await dieMidTransaction(sink.port);
      await dieMidTransaction(sink.port);
      await waitFor(() => `both resets to be reported (got ${sink.connectionErrors.map((e) => e.message)})`, () => sink.connectionErrors.length >= 2, 5_000);
      expect(sink.connectionErrors.map((e) => (e as NodeJS.ErrnoException).code)).toEqual(['ECONNRESET', 'ECONNRESET']);

      const transport = nodemailer.createTransport({ host: '127.0.0.1', port: sink.port, secure: false, ignoreTLS: true });
      await transport.sendMail({ from: 'a@example.com', to: 'after@example.com', subject: 'Still here', text: 'Hello' });
      expect(sink.to('after@example.com').map((m) => m.subject)).toEqual(['Still here']);
    } finally {
      await sink.stop();
    }
  });
});
