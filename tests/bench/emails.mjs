// Emails: a bulk move of 1,000 candidates to a stage that emails, until a local SMTP sink has
// received all 1,000, beside a baseline in the same run: nodemailer alone sending 1,000
// messages to the same sink over the same number of pooled connections.
import { randomBytes } from 'node:crypto';
import nodemailer from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import { createTestDatabase } from '../support/test-database.mjs';
import { startCandor, waitFor } from './candor-process.mjs';

const COUNT = Number(process.env.BENCH_EMAILS ?? 1000);

function sink() {
  const ids = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      let head = '';
      stream.on('data', (chunk) => {
        if (head.length < 8192) head += chunk.toString('utf8');
      });
      stream.on('end', () => {
        ids.push(/^Message-ID:\s*(\S+)/im.exec(head)?.[1] ?? 'none');
        callback();
      });
    },
  });
  // A sender that dies mid-transaction is reported as an 'error' event; unheard, it would end the bench.
  server.on('error', () => {});
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, ids, port: server.server.address().port })));
}

async function baseline(port) {
  const transport = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true, pool: true, maxConnections: 4 });
  const started = performance.now();
  await Promise.all(
    Array.from({ length: COUNT }, (_, i) =>
      transport.sendMail({ from: 'bench@localhost', to: `c${i}@example.com`, subject: 'Baseline', text: 'Hello', html: '<p>Hello</p>' }),
    ),
  );
  const seconds = (performance.now() - started) / 1000;
  transport.close();
  return { seconds, perSecond: COUNT / seconds };
}

export async function measureEmails() {
  const base = await sink();
  const baseResult = await baseline(base.port);
  base.server.close();

  const mail = await sink();
  const database = await createTestDatabase('candor_bench');
  const candor = await startCandor({
    DATABASE_URL: database.url,
    SMTP_URL: `smtp://127.0.0.1:${mail.port}`,
    SECRET_KEY: randomBytes(32).toString('base64url'),
  });
  const gql = candor.gql;
  try {
    await candor.signUp('Bench');
    const job = (await gql('mutation { createJob(input: { title: "Bench" }) { id stages { id name } } }')).createJob;
    const ids = [];
    for (let i = 0; i < COUNT; i += 25) {
      const batch = await Promise.all(
        Array.from({ length: Math.min(25, COUNT - i) }, (_, k) =>
          gql('mutation($i: AddCandidateInput!) { addCandidate(input: $i) { id } }', {
            i: { jobId: job.id, name: `Candidate ${i + k}`, email: `candidate-${i + k}@example.com`, notify: false },
          }),
        ),
      );
      ids.push(...batch.map((b) => b.addCandidate.id));
    }
    const decision = job.stages.find((s) => s.name === 'Decision');
    const started = performance.now();
    const result = await gql(
      'mutation($i: BulkMoveCandidatesInput!) { bulkMoveCandidates(input: $i) { moved { id } failures { candidateId } } }',
      { i: { candidateIds: ids, stageId: decision.id } },
    );
    const moveSeconds = (performance.now() - started) / 1000;
    await waitFor(() => mail.ids.length >= COUNT, 300_000, `${COUNT} emails (got ${mail.ids.length})`);
    const seconds = (performance.now() - started) / 1000;
    await new Promise((r) => setTimeout(r, 2000)); // late duplicates would arrive now
    return {
      count: COUNT,
      moved: result.bulkMoveCandidates.moved.length,
      moveSeconds,
      seconds,
      perSecond: COUNT / seconds,
      received: mail.ids.length,
      duplicates: mail.ids.length - new Set(mail.ids).size,
      baseline: baseResult,
    };
  } finally {
    await candor.stop();
    mail.server.close();
    await database.drop();
  }
}
