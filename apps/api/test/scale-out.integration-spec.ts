import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { MIGRATIONS } from '../src/database/data-source-options';
import { availableParallelism, loadavg } from 'node:os';
import { BuiltApi, startBuiltApi, until } from './support/built-api';
import { fileDatabaseUrl } from './support/file-database';
import { logWatch, watchSecrets } from './support/log-watch';
import { Answer, LoopbackClient, RoundRobinProxy } from './support/round-robin-proxy';
import { SmtpSink } from './support/smtp-sink';

/**
 * Three built API processes (production mode) started at the same moment on one empty
 * PostgreSQL database, behind a round-robin proxy, with a real SMTP server: migrations and the
 * queue's schema are made once, moves and reads land on every instance, every email arrives
 * exactly once (sent by the two instances with workers, competing for the same queue; the third
 * runs with EMAIL_WORKERS=0, as a web tier would, and sends nothing), and every shared rate
 * limit refuses at the count one instance would. Clients
 * are distinct loopback addresses (127.x.y.z); the proxy appends the peer to X-Forwarded-For and
 * the instances trust one hop (TRUST_PROXY=1), as a deployment behind one load balancer does.
 * The figures of the run (startup, requests/s, latency, emails/s) are printed for the README.
 */
const INSTANCES = 3;
const CANDIDATES = 24;
const MOVES_PER_CANDIDATE = 4; // Phone screen, Video interview, Assessment, In-person interview
const RECRUITERS = 4;
const READERS = 12;
const READS_PER_READER = 100;
const LOGIN_ATTEMPTS_PER_ADDRESS = 12;
/** The API's pool per instance (DATABASE_POOL_SIZE); the job queue (pg-boss) keeps 4 more. */
const POOL_SIZE = 5;
const QUEUE_POOL_SIZE = 4;
/** The instance started with EMAIL_WORKERS=0 (index). */
const WEB_ONLY = 2;
const PASSWORD = 'correct horse battery staple';
/** Bounds on a broken run on two busy cores, not times anything waits for. */
const STEP_TIMEOUT_MS = 120_000;

const SIGN_UP = 'mutation($i: SignUpInput!) { signUp(input: $i) { accessToken } }';
const LOG_IN = 'mutation($i: LogInInput!) { logIn(input: $i) { accessToken } }';
const CREATE_JOB = 'mutation { createJob(input: { title: "Scale-out" }) { id stages { id name } } }';
const ADD = 'mutation($i: AddCandidateInput!) { addCandidate(input: $i) { id statusUrl } }';
const MOVE = 'mutation($i: MoveCandidateInput!) { moveCandidate(input: $i) { id version } }';
const STATUS = 'query($t: String!) { candidateStatus(token: $t) { jobTitle currentStage { name } } }';
const PREVIEW = 'query($i: PreviewStageEmailInput!) { previewStageEmail(input: $i) { subject } }';
const CHECK_IN = 'mutation($t: String!) { checkIn(token: $t) { accepted } }';
const ME = '{ me { member { id } } }';

const availableCores = () => availableParallelism();
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const tokenOf = (url: string) => url.split('#').pop()!;
let nextAddress = 10;
/** A new client with its own loopback address (127.0.<n>.<m>). */
const newClient = () => {
  const n = nextAddress++;
  return new LoopbackClient(`127.0.${n >> 8}.${(n & 255) || 1}`);
};

describe('three instances on one PostgreSQL behind a round-robin proxy', () => {
  const sink = new SmtpSink();
  /** The web-only instance's SMTP server (EMAIL_WORKERS=0): it must never be used. */
  const webOnlySink = new SmtpSink();
  const proxy = new RoundRobinProxy();
  const clients: LoopbackClient[] = [];
  const client = () => {
    const c = newClient();
    clients.push(c);
    return c;
  };
  let apis: BuiltApi[] = [];
  let db: Client;
  let startupMs = 0;
  const runStarted = Date.now();
  let owner: { token: string; email: string };
  let job: { id: string; stages: { id: string; name: string }[] };
  const candidates: { id: string; token: string; stage: number }[] = [];

  /** A GraphQL call whose variables and answer are watched for leaks (log-guard.ts). */
  async function gql(c: LoopbackClient, base: string, query: string, variables: Record<string, unknown> = {}, options: { bearer?: string; headers?: Record<string, string> } = {}): Promise<Answer> {
    watchSecrets(variables);
    const answer = await c.gql(base, query, variables, options);
    watchSecrets(answer.data);
    return answer;
  }
  const signUp = async (c: LoopbackClient, base: string, name: string) => {
    const email = `${name}-${randomBytes(4).toString('hex')}@example.com`;
    const answer = await gql(c, base, SIGN_UP, { i: { organizationName: `Scale ${name}`, name, email, password: PASSWORD } });
    expect(answer.code).toBe('OK');
    return { token: answer.data!.signUp.accessToken as string, email };
  };

  beforeAll(async () => {
    const databaseUrl = await fileDatabaseUrl(); // new and empty; dropped with the run
    db = new Client({ connectionString: databaseUrl });
    await db.connect();
    await sink.start();
    await webOnlySink.start();
    await proxy.start();
    const env = {
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      SMTP_URL: sink.url,
      SECRET_KEY: randomBytes(32).toString('base64url'),
      PUBLIC_URL: proxy.url,
      TRUST_PROXY: '1',
      // Fewer than the default 30, to keep the run short: the count is what is compared.
      LOGIN_MAX_ATTEMPTS_PER_ADDRESS: String(LOGIN_ATTEMPTS_PER_ADDRESS),
      DATABASE_POOL_SIZE: String(POOL_SIZE),
    };
    const started = Date.now();
    // All at once, on the empty database: each one migrates and sets up the queue at start.
    // The last is a web-only instance (EMAIL_WORKERS=0): it queues the emails of the moves it
    // takes and sends none; its own SMTP server shows it.
    const starting = Array.from({ length: INSTANCES }, (_, i) =>
      startBuiltApi(i === WEB_ONLY ? { ...env, EMAIL_WORKERS: '0', SMTP_URL: webOnlySink.url } : env),
    );
    const settled = await Promise.allSettled(starting);
    apis = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
    startupMs = Date.now() - started;
    const failed = settled.find((s) => s.status === 'rejected');
    if (failed) throw (failed as PromiseRejectedResult).reason;
    proxy.setBackends(apis.map((api) => api.url));
  }, 120_000);

  afterAll(async () => {
    // The instances' own output is checked for secrets and personal data too (log-guard.ts).
    logWatch().lines.push(...apis.map((api) => api.output()));
    await Promise.all(apis.map((api) => api.stop()));
    for (const c of clients) c.close();
    await proxy.stop();
    await sink.stop();
    await webOnlySink.stop();
    await db?.end();
  });

  it('starts all three at once on an empty database, migrating and making the queue once, with no error', async () => {
    expect(apis).toHaveLength(INSTANCES);
    const probe = client();
    const backends = await Promise.all(Array.from({ length: INSTANCES }, () => probe.get(`${proxy.url}/health`)));
    expect(backends.map((b) => b.status)).toEqual([200, 200, 200]);
    expect(new Set(backends.map((b) => b.backend))).toEqual(new Set([0, 1, 2]));

    const { rows: migrations } = await db.query<{ name: string; n: number }>('SELECT name, count(*)::int AS n FROM migrations GROUP BY name');
    expect(migrations.map((m) => m.name).sort()).toEqual(MIGRATIONS.map((m) => m.name).sort());
    expect(migrations.every((m) => m.n === 1)).toBe(true);
    const { rows: versions } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM pgboss.version');
    expect(versions[0].n).toBe(1);
    const { rows: schedules } = await db.query<{ name: string }>('SELECT name FROM pgboss.schedule');
    expect(schedules.map((s) => s.name)).toEqual(['scheduler.tick']);
    for (const api of apis) expect(errorLines(api.output())).toEqual([]);
    // The one that took the migration lock first applied them; the others found nothing to do.
    expect(apis.filter((api) => api.output().includes('Applied migrations')).length).toBeLessThanOrEqual(1);
  }, STEP_TIMEOUT_MS);

  it('spreads sign-up, jobs, candidates, notifying moves and status reads over all three, and every email arrives once, from the instances with workers only', async () => {
    const recruiter = client();
    owner = await signUp(recruiter, proxy.url, 'owner');
    const created = await gql(recruiter, proxy.url, CREATE_JOB, {}, { bearer: owner.token });
    job = created.data!.createJob;
    for (let i = 0; i < CANDIDATES; i++) {
      const added = await gql(recruiter, proxy.url, ADD, { i: { jobId: job.id, name: `Candidate ${i}`, email: `scale-${i}-${randomBytes(3).toString('hex')}@example.com` } }, { bearer: owner.token });
      expect(added.code).toBe('OK');
      candidates.push({ id: added.data!.addCandidate.id, token: tokenOf(added.data!.addCandidate.statusUrl), stage: 0 });
    }

    // The measured stretch: recruiters move their candidates while candidates read their pages.
    const answers: { kind: 'move' | 'read'; answer: Answer }[] = [];
    const loadStarted = performance.now();
    let lastMoveAt = 0;
    const recruiters = Array.from({ length: RECRUITERS }, async (_, r) => {
      const c = client();
      const mine = candidates.filter((_, i) => i % RECRUITERS === r);
      for (let step = 1; step <= MOVES_PER_CANDIDATE; step++) {
        for (const candidate of mine) {
          const answer = await gql(c, proxy.url, MOVE, { i: { candidateId: candidate.id, stageId: job.stages[step].id } }, { bearer: owner.token });
          answers.push({ kind: 'move', answer });
          lastMoveAt = Date.now();
          if (answer.code === 'OK') candidate.stage = step;
        }
      }
    });
    const readers = Array.from({ length: READERS }, async (_, r) => {
      const c = client();
      for (let i = 0; i < READS_PER_READER; i++) {
        const answer = await gql(c, proxy.url, STATUS, { t: candidates[(r * READS_PER_READER + i) % CANDIDATES].token });
        answers.push({ kind: 'read', answer });
      }
    });
    await Promise.all([...recruiters, ...readers]);
    expect(proxy.errors).toEqual([]);
    const loadSeconds = (performance.now() - loadStarted) / 1000;
    // The connection budget: what the three instances hold right after the load (pools keep
    // their connections open for a while), never more than instances × (pool + queue pool).
    const { rows: connections } = await db.query<{ app: string; n: number }>(
      "SELECT application_name AS app, count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name LIKE 'candor-%' GROUP BY 1 ORDER BY 1",
    );
    const held = connections.reduce((sum, c) => sum + c.n, 0);
    expect(connections.find((c) => c.app === 'candor-api')?.n).toBeLessThanOrEqual(INSTANCES * POOL_SIZE);
    expect(held).toBeLessThanOrEqual(INSTANCES * (POOL_SIZE + QUEUE_POOL_SIZE));

    expect(answers.filter((a) => a.answer.code !== 'OK').map((a) => `${a.kind}: ${a.answer.code} ${a.answer.errors?.[0]?.message}`)).toEqual([]);
    for (const kind of ['move', 'read'] as const) {
      const perBackend = [0, 1, 2].map((b) => answers.filter((a) => a.kind === kind && a.answer.backend === b).length);
      expect(perBackend.every((n) => n > 0)).toBe(true);
    }
    // Whichever instance answers, a candidate reads the stage of their last move.
    const reader = client();
    for (const candidate of candidates) {
      for (let i = 0; i < INSTANCES; i++) {
        const answer = await gql(reader, proxy.url, STATUS, { t: candidate.token });
        expect(answer.data?.candidateStatus.currentStage.name).toBe(job.stages[MOVES_PER_CANDIDATE].name);
      }
    }

    // The outbox settles: nothing queued, held or being sent; nothing failed.
    await until(async () => {
      const { rows } = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM email_messages WHERE status IN ('SCHEDULED', 'SENDING')");
      return rows[0].n === 0;
    }, 60_000, 'the outbox to settle');
    const { rows: byStatus } = await db.query<{ status: string; n: number }>('SELECT status, count(*)::int AS n FROM email_messages GROUP BY status');
    const count = (status: string) => byStatus.find((s) => s.status === status)?.n ?? 0;
    expect(count('FAILED')).toBe(0);
    const { rows: sent } = await db.query<{ to: string; id: string; at: Date }>("SELECT to_address AS to, message_id AS id, sent_at AS at FROM email_messages WHERE status = 'SENT'");
    await sink.waitFor(() => sink.received.length >= sent.length, 30_000);
    const received = sink.received.map((m) => `${(Array.isArray(m.to) ? m.to : [m.to]).map((t) => t?.text).join(',')} ${bare(m.messageId)}`);
    const duplicates = received.filter((key, i) => received.indexOf(key) !== i);
    expect(duplicates).toEqual([]);
    expect(received.sort()).toEqual(sent.map((s) => `${s.to} ${bare(s.id)}`).sort());
    const stageEmails = sink.received.length;
    expect(webOnlySink.received).toEqual([]);
    expect(stageEmails).toBeGreaterThanOrEqual(CANDIDATES);

    const moves = answers.filter((a) => a.kind === 'move').length;
    const sorted = (kind?: string) => answers.filter((a) => !kind || a.kind === kind).map((a) => a.answer.ms).sort((a, b) => a - b);
    const p50p99 = (kind?: string) => `p50 ${percentile(sorted(kind), 50).toFixed(0)} ms, p99 ${percentile(sorted(kind), 99).toFixed(0)} ms`;
    const sendTimes = sent.map((s) => s.at.getTime()).sort((a, b) => a - b);
    const emailSeconds = (sendTimes[sendTimes.length - 1] - sendTimes[0]) / 1000;
    const drainSeconds = (sendTimes[sendTimes.length - 1] - lastMoveAt) / 1000;
    process.stdout.write(
      `\nscale-out figures (load average ${loadavg()[0].toFixed(1)} on ${availableCores()} cores): ${INSTANCES} instances started together in ${(startupMs / 1000).toFixed(1)} s; ` +
        `${answers.length} requests through the proxy in ${loadSeconds.toFixed(1)} s = ${(answers.length / loadSeconds).toFixed(0)} req/s ` +
        `(${moves} moves = ${(moves / loadSeconds).toFixed(1)}/s, ${answers.length - moves} status reads), all: ${p50p99()}; moves: ${p50p99('move')}; reads: ${p50p99('read')}; ` +
        `per backend ${proxy.counts.join('/')}; connections ${connections.map((c) => `${c.app} ${c.n}`).join(', ')} (budget ${INSTANCES} × (${POOL_SIZE} + ${QUEUE_POOL_SIZE})); ${stageEmails} emails sent (${count('CANCELLED')} cancelled by a later move), first to last send ${emailSeconds.toFixed(1)} s = ` +
        `${(stageEmails / Math.max(emailSeconds, 0.001)).toFixed(1)} emails/s, the last ${drainSeconds.toFixed(1)} s after the last move\n`,
    );
  }, STEP_TIMEOUT_MS);

  it('keeps a session cookie working on every instance', async () => {
    const browser = client();
    expect((await gql(browser, proxy.url, LOG_IN, { i: { email: owner.email, password: PASSWORD } })).code).toBe('OK');
    const answers = await Promise.all(Array.from({ length: INSTANCES }, () => gql(browser, proxy.url, ME)));
    expect(answers.map((a) => a.code)).toEqual(['OK', 'OK', 'OK']);
    expect(new Set(answers.map((a) => a.backend)).size).toBe(INSTANCES);
  }, STEP_TIMEOUT_MS);

  describe('shared rate limits refuse at the count one instance would', () => {
    /**
     * Runs `attempts` one after another through the proxy (round robin over the three) and
     * straight at one instance, each from its own new client address; answers both codes lists
     * and the backends that refused through the proxy.
     */
    async function compare(attempts: number, attempt: (c: LoopbackClient, base: string, i: number) => Promise<Answer>) {
      const spread: Answer[] = [];
      const viaProxy = client();
      for (let i = 0; i < attempts; i++) spread.push(await attempt(viaProxy, proxy.url, i));
      const single: Answer[] = [];
      const direct = client();
      for (let i = 0; i < attempts; i++) single.push(await attempt(direct, apis[0].url, i));
      return { spread: codes(spread), single: codes(single), refusedBy: refusers(spread) };
    }
    const expected = (points: number, normal: string, past = INSTANCES) => [...Array(points).fill(normal), ...Array(past).fill('TOO_MANY_REQUESTS')];

    it('status-link guesses (status-miss: 10 per address), even with a forged X-Forwarded-For', async () => {
      // Through the proxy each guess claims another client address; the instances believe only
      // the address the proxy appended. (Straight at an instance, the test client is the trusted
      // hop, so its own header would count: instances must only be reachable through the proxy.)
      const result = await compare(13, (c, base, i) =>
        gql(c, base, STATUS, { t: `${'G'.repeat(42)}${i % 10}` }, base === proxy.url ? { headers: { 'x-forwarded-for': `198.51.100.${i + 1}` } } : {}),
      );
      expect(result.spread).toEqual(expected(10, 'NOT_FOUND'));
      expect(result.single).toEqual(result.spread);
      expect(result.refusedBy).toEqual(new Set([0, 1, 2]));
    }, STEP_TIMEOUT_MS);

    it('log-ins per account (login-account: 5) and per address (login-address: LOGIN_MAX_ATTEMPTS_PER_ADDRESS)', async () => {
      const other = await signUp(client(), apis[1].url, 'second');
      const wrong = (email: string) => ({ i: { email, password: 'wrong password, long enough' } });
      // Per account: the owner's through the proxy, another account's straight at one instance.
      const spread = await sequence(8, (c) => gql(c, proxy.url, LOG_IN, wrong(owner.email)));
      const single = await sequence(8, (c) => gql(c, apis[0].url, LOG_IN, wrong(other.email)));
      expect(codes(spread)).toEqual(expected(5, 'UNAUTHENTICATED'));
      expect(codes(single)).toEqual(codes(spread));
      expect(refusers(spread)).toEqual(new Set([0, 1, 2]));

      const perAddress = await compare(LOGIN_ATTEMPTS_PER_ADDRESS + INSTANCES, (c, base, i) => gql(c, base, LOG_IN, wrong(`nobody-${i}@example.com`)));
      expect(perAddress.spread).toEqual(expected(LOGIN_ATTEMPTS_PER_ADDRESS, 'UNAUTHENTICATED'));
      expect(perAddress.single).toEqual(perAddress.spread);
      expect(perAddress.refusedBy).toEqual(new Set([0, 1, 2]));
    }, STEP_TIMEOUT_MS);

    it('email previews (preview: 60 per member per minute)', async () => {
      const member = await signUp(client(), proxy.url, 'previewer');
      const stageId = job.stages[1].id;
      const spread = await sequence(63, (c) => gql(c, proxy.url, PREVIEW, { i: { stageId } }, { bearer: owner.token }));
      expect(codes(spread)).toEqual(expected(60, 'OK'));
      expect(refusers(spread)).toEqual(new Set([0, 1, 2]));
      // The same count straight at one instance, for another member (the limit is per member).
      const previewJob = (await gql(client(), apis[0].url, CREATE_JOB, {}, { bearer: member.token })).data!.createJob;
      const single = await sequence(63, (c) => gql(c, apis[0].url, PREVIEW, { i: { stageId: previewJob.stages[1].id } }, { bearer: member.token }));
      expect(codes(single)).toEqual(codes(spread));
    }, STEP_TIMEOUT_MS);

    it('check-ins (candidate-write: 10 per address per hour)', async () => {
      const result = await compare(13, (c, base) => gql(c, base, CHECK_IN, { t: candidates[0].token }));
      expect(result.spread).toEqual(expected(10, 'OK'));
      expect(result.single).toEqual(result.spread);
      expect(result.refusedBy).toEqual(new Set([0, 1, 2]));
    }, STEP_TIMEOUT_MS);

    it('successful status reads stay per process (120 per address per minute on each): three instances allow three times that', async () => {
      const read = (base: string) => (c: LoopbackClient) => gql(c, base, STATUS, { t: candidates[1].token });
      const spread = await sequence(INSTANCES * 120 + INSTANCES, read(proxy.url));
      expect(codes(spread)).toEqual(expected(INSTANCES * 120, 'OK'));
      expect(refusers(spread)).toEqual(new Set([0, 1, 2]));
      const single = await sequence(120 + 1, read(apis[0].url));
      expect(codes(single)).toEqual(expected(120, 'OK', 1));
    }, STEP_TIMEOUT_MS);
  });

  it('ran within its bound', () => {
    const seconds = (Date.now() - runStarted) / 1000;
    process.stdout.write(`scale-out run: ${seconds.toFixed(1)} s in all\n`);
    expect(seconds).toBeLessThan(240);
  });

  /** Runs `attempt` `n` times in a row from one new client address. */
  async function sequence(n: number, attempt: (c: LoopbackClient) => Promise<Answer>): Promise<Answer[]> {
    const c = client();
    const answers: Answer[] = [];
    for (let i = 0; i < n; i++) answers.push(await attempt(c));
    return answers;
  }
});

const codes = (answers: Answer[]) => answers.map((a) => a.code);
/** The backends that answered TOO_MANY_REQUESTS. */
const refusers = (answers: Answer[]) => new Set(answers.filter((a) => a.code === 'TOO_MANY_REQUESTS').map((a) => a.backend));

/** A Message-ID without its angle brackets. */
const bare = (id: string | undefined) => (id ?? '').replace(/^<|>$/g, '');

/** Lines of a process's output that report an error (Nest's text logs or JSON logs). */
function errorLines(output: string): string[] {
  return output.split('\n').filter((line) => /\bERROR\b|"level":\s*(50|60)\b|"level":\s*"(error|fatal)"/.test(line));
}
