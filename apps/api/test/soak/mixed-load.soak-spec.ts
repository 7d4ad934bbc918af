import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Client } from 'pg';
import { BuiltApi, sleep, startBuiltApi } from '../support/built-api';
import { SmtpSink } from '../support/smtp-sink';

/**
 * A bounded mixed run against the built API (SOAK_SECONDS, default 60): candidates reading their
 * status pages from many addresses while recruiters move candidates and schedule and reschedule
 * steps. Zero errors of any kind, every email delivered exactly once, and resident memory flat
 * from the second third of the run to the last.
 */
const SECONDS = Number(process.env.SOAK_SECONDS ?? 60);
const READERS = 16;
const RECRUITERS = 4;
const CANDIDATES = 200;

const residentMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;
// Candidates read from their own networks: a pool of 5,000 client addresses, so the per-address
// read limit holds as it would in life and the limiter's memory reaches its steady size.
const ADDRESSES = Array.from({ length: 5000 }, (_, i) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`);
const address = () => ADDRESSES[(Math.random() * ADDRESSES.length) | 0];

describe('a minute of mixed load', () => {
  let api: BuiltApi;
  let token = '';
  const sink = new SmtpSink();

  async function gql(query: string, variables: Record<string, unknown> = {}, bearer = token) {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': address(), ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: Record<string, any>; errors?: Array<{ message: string; extensions?: { code?: string } }> };
    return { status: res.status, ...body };
  }

  beforeAll(async () => {
    await sink.start();
    api = await startBuiltApi({
      NODE_ENV: 'production',
      DATABASE_URL: process.env.TEST_DATABASE_URL,
      SMTP_URL: sink.url,
      SECRET_KEY: randomBytes(32).toString('base64url'),
      TRUST_PROXY: 'true',
      QUEUE_SCHEMA: `pgboss_soak_${randomBytes(3).toString('hex')}`,
    });
  });
  afterAll(async () => {
    await api.stop();
    await sink.stop();
  });

  it('answers everything, delivers every email once, and keeps its memory flat', async () => {
    const signUp = await gql('mutation($i: SignUpInput!) { signUp(input: $i) { accessToken } }', {
      i: { organizationName: 'Soak', name: 'Soak', email: `soak-${Date.now()}@example.com`, password: 'correct horse battery' },
    }, '');
    token = signUp.data!.signUp.accessToken;
    const job = (await gql('mutation { createJob(input: { title: "Soak" }) { id stages { id } } }')).data!.createJob;
    const stages: string[] = job.stages.slice(0, 5).map((s: { id: string }) => s.id);
    const candidates: { id: string; token: string; version: number; stage: number; step?: string }[] = [];
    for (let i = 0; i < CANDIDATES; i++) {
      const added = await gql('mutation($i: AddCandidateInput!) { addCandidate(input: $i) { id version statusUrl } }', {
        i: { jobId: job.id, name: `Soak ${i}`, email: `soak-${i}@example.com` },
      });
      candidates.push({ id: added.data!.addCandidate.id, token: added.data!.addCandidate.statusUrl.split('#').pop(), version: 1, stage: 0 });
    }

    const errors: string[] = [];
    const counts = { reads: 0, moves: 0, steps: 0 };
    const check = (what: string, res: Awaited<ReturnType<typeof gql>>) => {
      if (res.status !== 200 || res.errors) errors.push(`${what}: ${res.status} ${JSON.stringify(res.errors).slice(0, 200)}`);
      return !res.errors;
    };
    const memory: number[] = [];
    const deadline = Date.now() + SECONDS * 1000;
    const readers = Array.from({ length: READERS }, async () => {
      while (Date.now() < deadline) {
        const c = candidates[(Math.random() * candidates.length) | 0];
        if (check('read', await gql('query($t: String!) { candidateStatus(token: $t) { jobTitle nextSteps { title startsAt } expectedResponseBy } }', { t: c.token }, ''))) counts.reads++;
      }
    });
    // Each recruiter keeps its own candidates, so no move meets a stale version.
    const recruiters = Array.from({ length: RECRUITERS }, async (_, r) => {
      const mine = candidates.filter((_, i) => i % RECRUITERS === r);
      let n = 0;
      while (Date.now() < deadline) {
        const c = mine[n++ % mine.length];
        if (n % 3 === 0) {
          const startsAt = new Date(Date.now() + (2 + (n % 10)) * 86_400_000).toISOString();
          const res = c.step
            ? await gql('mutation($i: UpdateNextStepInput!) { updateNextStep(input: $i) { id } }', { i: { stepId: c.step, startsAt } })
            : await gql('mutation($i: AddNextStepInput!) { addNextStep(input: $i) { id } }', { i: { candidateId: c.id, kind: 'VIDEO_INTERVIEW', title: 'Interview', startsAt, durationMinutes: 45 } });
          if (check('step', res)) {
            c.step ??= res.data!.addNextStep.id;
            counts.steps++;
          }
        } else {
          const res = await gql('mutation($i: MoveCandidateInput!) { moveCandidate(input: $i) { version } }', {
            i: { candidateId: c.id, stageId: stages[(c.stage + 1) % stages.length], expectedVersion: c.version },
          });
          if (check('move', res)) {
            c.version = res.data!.moveCandidate.version;
            c.stage = (c.stage + 1) % stages.length;
            counts.moves++;
          }
        }
      }
    });
    const sampler = (async () => {
      while (Date.now() < deadline) {
        memory.push(residentMb(api.child.pid!));
        await sleep(2000);
      }
    })();
    await Promise.all([...readers, ...recruiters, sampler]);

    const db = new Client({ connectionString: process.env.TEST_DATABASE_URL });
    await db.connect();
    try {
      const expected = async () =>
        (await db.query(
          "SELECT count(*)::int AS n FROM email_messages m JOIN candidates c ON c.id = m.candidate_id WHERE c.job_id = $1 AND m.status <> 'CANCELLED'",
          [job.id],
        )).rows[0].n;
      await sink.waitFor(() => sink.received.length > 0, 30_000);
      const deadlineEmails = Date.now() + 120_000;
      while (sink.received.length < (await expected()) && Date.now() < deadlineEmails) await sleep(500);
      await sleep(3000);
      const total = await expected();
      const third = Math.floor(memory.length / 3);
      const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
      const middle = mean(memory.slice(third, 2 * third));
      const last = mean(memory.slice(2 * third));
      process.stdout.write(
        `soak ${SECONDS}s: ${counts.reads} reads (${(counts.reads / SECONDS).toFixed(0)}/s), ${counts.moves} moves, ${counts.steps} step changes, ` +
          `${sink.received.length}/${total} emails, RSS middle ${middle.toFixed(0)} MB -> last ${last.toFixed(0)} MB\n`,
      );
      expect(errors).toEqual([]);
      expect(counts.moves).toBeGreaterThan(100);
      expect(sink.received).toHaveLength(total);
      expect(new Set(sink.received.map((m) => m.messageId)).size).toBe(total);
      expect(last).toBeLessThan(middle * 1.25);
    } finally {
      await db.end();
    }
  });
});
