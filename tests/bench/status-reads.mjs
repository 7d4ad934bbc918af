// Status reads: candidates opening their status links, as the status page asks (the same
// CandidateStatus query, each request a random one of 10,000 candidates with 5 steps each, from
// that candidate's own client address), under autocannon at 50 and 200 connections, beside the bare node:http
// + pg baseline in status-baseline-server.mjs on the same database, in the same run.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { createTestDatabase } from '../support/test-database.mjs';
import { freePort, residentMb, startCandor, waitFor } from './candor-process.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const CANDIDATES = Number(process.env.BENCH_CANDIDATES ?? 10_000);
const STEPS_PER_CANDIDATE = 5;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = [50, 200];

// The status page's own query, read from its source (apps/portal/src/modules/status/graphql).
const statusSource = readFileSync(join(ROOT, 'apps/portal/src/modules/status/graphql/status.graphql.ts'), 'utf8');
const CANDIDATE_STATUS_QUERY = /CANDIDATE_STATUS_QUERY = \/\* GraphQL \*\/ `([\s\S]*?)`;/.exec(statusSource)[1];

/** Inserts the candidates, their steps and their status links straight into the database. */
async function seed(databaseUrl, secretKey, job) {
  const { StatusLinkCrypto } = await import(join(ROOT, 'apps/api/dist/modules/status-links/status-link-crypto.js'));
  const crypto = new StatusLinkCrypto(Buffer.from(secretKey, 'utf8'));
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const [{ organization_id: org }] = (await db.query('SELECT organization_id FROM jobs WHERE id = $1', [job.id])).rows;
    const stageIds = job.stages.slice(0, 5).map((s) => s.id);
    const { rows: candidates } = await db.query(
      `INSERT INTO candidates (organization_id, job_id, stage_id, name, email, expected_response_by, version, stage_entered_at, updated_at)
       SELECT $1, $2, ($3::uuid[])[1 + i % 5], 'Candidate ' || i, 'candidate-' || i || '@example.com',
              CASE WHEN i % 4 = 0 THEN NULL ELSE current_date + (i % 14) - 4 END, 1, now() - (i % 20) * interval '1 day', now()
         FROM generate_series(1, $4::int) AS i
       RETURNING id`,
      [org, job.id, stageIds, CANDIDATES],
    );
    await db.query(
      `INSERT INTO next_steps (organization_id, candidate_id, kind, title, starts_at, due_at, duration_minutes, location, meeting_url,
                               instructions, position, state, sequence, requests_response, updated_at)
       SELECT c.organization_id, c.id, (ARRAY['PHONE_SCREEN','VIDEO_INTERVIEW','WRITTEN_TEST','IN_PERSON','DECISION'])[p + 1],
              (ARRAY['Call with the recruiter','Video interview with the team','Writing exercise','Visit to the office','Decision'])[p + 1],
              CASE WHEN p IN (0, 1, 3) THEN now() + (p + 1) * interval '2 days' END,
              CASE WHEN p = 2 THEN now() + interval '5 days' END,
              CASE WHEN p IN (0, 1, 3) THEN 45 END,
              CASE WHEN p = 3 THEN '12 Quay Street, Dublin' END,
              CASE WHEN p = 1 THEN 'https://meet.example.com/abc-defg-hij' END,
              'Bring one example of your work you are proud of, and questions for us.',
              p, CASE WHEN p = 0 AND c.stage_id <> $2 THEN 'DONE' ELSE 'PLANNED' END, p, p = 2, now()
         FROM candidates c CROSS JOIN generate_series(0, $3::int - 1) AS p
        WHERE c.job_id = $1`,
      [job.id, stageIds[0], STEPS_PER_CANDIDATE],
    );
    const tokens = [];
    for (let i = 0; i < candidates.length; i += 2000) {
      const slice = candidates.slice(i, i + 2000);
      const batch = slice.map(() => randomBytes(32).toString('base64url'));
      tokens.push(...batch);
      await db.query(
        `INSERT INTO status_links (candidate_id, organization_id, token_hash, token_encrypted)
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::bytea[], $4::text[])`,
        [
          slice.map((c) => c.id),
          slice.map(() => org),
          batch.map((t) => crypto.lookupHash(t)),
          batch.map((t, k) => crypto.encrypt(t, slice[k].id)),
        ],
      );
    }
    await db.query('ANALYZE');
    return tokens;
  } finally {
    await db.end();
  }
}

/** Candidate i reads from its own address, as candidates on their own networks do. */
const addressOf = (i) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;

/** One autocannon run; every response is checked to be a status, not an error. */
async function load(url, tokens, connections, seconds) {
  let failures = 0;
  const result = await autocannon({
    url: `${url}/graphql`,
    connections,
    duration: seconds,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        setupRequest(request) {
          const i = (Math.random() * tokens.length) | 0;
          const token = tokens[i];
          return {
            ...request,
            headers: { ...request.headers, 'x-forwarded-for': addressOf(i) },
            body: JSON.stringify({ operationName: 'CandidateStatus', query: CANDIDATE_STATUS_QUERY, variables: { token } }),
          };
        },
        onResponse(status, body) {
          if (status !== 200 || !body.includes('"candidateName"') || body.includes('"errors"')) failures += 1;
        },
      },
    ],
  });
  return {
    connections,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    total: result.requests.total,
    failures: failures + result.errors + result.timeouts + result.non2xx,
  };
}

async function startBaseline(databaseUrl, secretKey, prepared) {
  const port = await freePort();
  const child = spawn(process.execPath, [join(ROOT, 'tests/bench/status-baseline-server.mjs')], {
    env: { ...process.env, DATABASE_URL: databaseUrl, SECRET_KEY: secretKey, PORT: String(port), PREPARED: prepared ? '1' : '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (c) => (out += c));
  await waitFor(() => out.includes('listening'), 10_000, 'the baseline server');
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid,
    async stop() {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

export async function measureStatusReads() {
  const database = await createTestDatabase('candor_bench_status');
  const secretKey = randomBytes(32).toString('base64url');
  // TRUST_PROXY: each request carries its own X-Forwarded-For, as 10,000 candidates on their own
  // networks would; the per-address read limit (120 a minute) stays on.
  const candor = await startCandor({ DATABASE_URL: database.url, SECRET_KEY: secretKey, TRUST_PROXY: 'true' });
  try {
    await candor.signUp('Bench status');
    const job = (await candor.gql('mutation { createJob(input: { title: "Support Engineer" }) { id stages { id name } } }')).createJob;
    const tokens = await seed(database.url, secretKey, job);

    await load(candor.url, tokens, 50, 3); // warm-up: JIT, caches, pool
    const candorRuns = [];
    for (const connections of CONNECTIONS) candorRuns.push(await load(candor.url, tokens, connections, SECONDS));
    const memoryMb = await residentMb(candor.pid);
    await candor.stop();
    if (process.env.BENCH_CANDOR_ONLY) return { candor: candorRuns, memoryMb };

    // Two baselines: the SQL sent plainly (as most handlers would), and as a prepared statement
    // (as Candor sends it), so the table shows both what Candor gains and what its framework costs.
    const baselines = {};
    let baselineMemoryMb = null;
    for (const prepared of [false, true]) {
      const baseline = await startBaseline(database.url, secretKey, prepared);
      const runs = [];
      try {
        await load(baseline.url, tokens, 50, 3);
        for (const connections of CONNECTIONS) runs.push(await load(baseline.url, tokens, connections, SECONDS));
        if (!prepared) baselineMemoryMb = await residentMb(baseline.pid);
      } finally {
        await baseline.stop();
      }
      baselines[prepared ? 'prepared' : 'plain'] = runs;
    }
    const baselineRuns = baselines.plain;
    return { candidates: CANDIDATES, stepsPerCandidate: STEPS_PER_CANDIDATE, seconds: SECONDS, candor: candorRuns, baseline: baselineRuns, baselinePrepared: baselines.prepared, memoryMb, baselineMemoryMb };
  } finally {
    await candor.stop();
    await database.drop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await measureStatusReads(), null, 2));
}
