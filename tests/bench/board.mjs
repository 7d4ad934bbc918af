// The pipeline board with 1,000 candidates (one planned step each): the portal's own Board query
// over HTTP (server time, SQL statements counted on the wire to PostgreSQL, response size) beside
// the same data read with three plain SQL statements through pg; and the time Chromium takes from
// navigation to all 1,000 cards on screen.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { createTestDatabase } from '../support/test-database.mjs';
import { startCandor } from './candor-process.mjs';
import { startStatementCounter } from './pg-statement-counter.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const CANDIDATES = 1000;
const RUNS = 15;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const boardSource = readFileSync(join(ROOT, 'apps/portal/src/modules/board/graphql/board.graphql.ts'), 'utf8');
const BOARD_QUERY = /BoardQuery = graphql\(`([\s\S]*?)`\);/.exec(boardSource)[1];

/** The heaviest query the cost limit accepts on this board: every candidate with its steps, timeline and emails. */
const HEAVY_QUERY = `query($id: ID!) { job(id: $id) { id title stages { id name kind position }
  candidates { id name email version expectedResponseBy promiseState stage { id name kind position }
    nextSteps { id kind title startsAt dueAt state } timeline { id type at actorName summary } emails { id to subject status } } } }`;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const p95 = (values) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil(values.length * 0.95) - 1)];

async function seed(databaseUrl, jobId) {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const { rows: stages } = await db.query('SELECT id, organization_id FROM stages WHERE job_id = $1 ORDER BY position LIMIT 5', [jobId]);
    await db.query(
      `INSERT INTO candidates (organization_id, job_id, stage_id, name, email, expected_response_by, version, stage_entered_at, updated_at)
       SELECT $1, $2, ($3::uuid[])[1 + i % 5], 'Candidate ' || i, 'c' || i || '@example.com', current_date + (i % 10) - 3, 1,
              now() - (i % 9) * interval '1 day', now()
         FROM generate_series(1, $4::int) AS i`,
      [stages[0].organization_id, jobId, stages.map((s) => s.id), CANDIDATES],
    );
    await db.query(
      `INSERT INTO next_steps (organization_id, candidate_id, kind, title, starts_at, position, state, sequence, updated_at)
       SELECT organization_id, id, 'VIDEO_INTERVIEW', 'Interview with the team', now() + interval '2 days', 0, 'PLANNED', 0, now()
         FROM candidates WHERE job_id = $1`,
      [jobId],
    );
    await db.query('ANALYZE');
  } finally {
    await db.end();
  }
}

/** The same rows the board shows, read with three plain statements: the floor for this read. */
async function baselineTimes(databaseUrl, jobId) {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const times = [];
  try {
    for (let i = 0; i < RUNS + 3; i++) {
      const started = performance.now();
      await db.query('SELECT * FROM stages WHERE job_id = $1 ORDER BY position', [jobId]);
      const { rows } = await db.query('SELECT * FROM candidates WHERE job_id = $1 AND archived_at IS NULL ORDER BY created_at', [jobId]);
      await db.query('SELECT * FROM next_steps WHERE candidate_id = ANY($1::uuid[]) ORDER BY position', [rows.map((r) => r.id)]);
      if (i >= 3) times.push(performance.now() - started);
    }
  } finally {
    await db.end();
  }
  return times;
}

async function renderTime(url, email, password, jobId) {
  if (!existsSync(CHROMIUM)) return null;
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  try {
    const context = await browser.newContext({ baseURL: url, viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const login = await page.request.post('/graphql', {
      data: { query: 'mutation($i: LogInInput!) { logIn(input: $i) { accessToken } }', variables: { i: { email, password } } },
    });
    if (!login.ok()) throw new Error(`log in failed: ${login.status()}`);
    const times = [];
    for (let i = 0; i < 4; i++) {
      await page.goto(`/jobs/${jobId}`);
      // Runs in the page, where `document` exists.
      await page.waitForFunction((n) => globalThis.document.querySelectorAll('article').length >= n, CANDIDATES, { timeout: 60_000 });
      times.push(await page.evaluate(() => performance.now()));
    }
    return times.slice(1); // the first load fills the browser's cache of scripts
  } finally {
    await browser.close();
  }
}

/**
 * /health latency (ms) on its own, and while the heaviest accepted query runs (asked every 10 ms
 * until that query ends, three runs): the API must keep answering during heavy work.
 */
async function healthWhileHeavy(url, token, jobId) {
  const ping = async () => {
    const started = performance.now();
    const res = await fetch(`${url}/health`);
    await res.text();
    return performance.now() - started;
  };
  const idle = [];
  for (let i = 0; i < 20; i++) idle.push(await ping());
  const during = [];
  const heavyMs = [];
  for (let run = 0; run < 3; run++) {
    let done = false;
    const started = performance.now();
    const heavy = fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: HEAVY_QUERY, variables: { id: jobId } }),
    })
      .then((res) => res.json())
      .then((body) => {
        done = true;
        if (body.errors) throw new Error(`Heavy query refused: ${JSON.stringify(body.errors).slice(0, 300)}`);
        heavyMs.push(performance.now() - started);
      });
    while (!done) {
      during.push(await ping());
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await heavy;
  }
  const max = (values) => Math.max(...values);
  return { idleMs: { median: median(idle), max: max(idle) }, duringMs: { median: median(during), max: max(during), samples: during.length }, heavyMs: { median: median(heavyMs) } };
}

export async function measureBoard() {
  const database = await createTestDatabase('candor_bench_board');
  const counter = await startStatementCounter(database.url);
  const candor = await startCandor({ DATABASE_URL: counter.url, SECRET_KEY: randomBytes(32).toString('base64url') });
  try {
    const email = `board-${Date.now()}@example.com`;
    const password = 'correct horse battery';
    const token = (await candor.gql('mutation($i: SignUpInput!) { signUp(input: $i) { accessToken } }', {
      i: { organizationName: 'Board bench', name: 'Bench', email, password },
    })).signUp.accessToken;
    const job = (await candor.gql('mutation { createJob(input: { title: "Support Engineer" }) { id } }', {}, token)).createJob;
    await seed(database.url, job.id);

    const request = async () => {
      const started = performance.now();
      const res = await fetch(`${candor.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: BOARD_QUERY, variables: { id: job.id } }),
      });
      const text = await res.text();
      const body = JSON.parse(text);
      if (body.errors || body.data.job.candidates.length !== CANDIDATES) throw new Error(`Board failed: ${text.slice(0, 300)}`);
      return { ms: performance.now() - started, bytes: Buffer.byteLength(text) };
    };
    for (let i = 0; i < 3; i++) await request();
    const before = counter.count();
    const one = await request();
    const statements = counter.count() - before;
    if (process.env.BENCH_SHOW_SQL) console.error(counter.since(before).join('\n---\n'));
    const times = [];
    for (let i = 0; i < RUNS; i++) times.push((await request()).ms);
    const base = await baselineTimes(database.url, job.id);
    const health = await healthWhileHeavy(candor.url, token, job.id);
    const render = await renderTime(candor.url, email, password, job.id);
    return {
      candidates: CANDIDATES,
      statements,
      responseBytes: one.bytes,
      serverMs: { median: median(times), p95: p95(times) },
      baselineMs: { median: median(base), p95: p95(base) },
      renderMs: render && { median: median(render), runs: render },
      health,
    };
  } finally {
    await candor.stop();
    await counter.stop();
    await database.drop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await measureBoard(), null, 2));
}
