// The packaged server's journey (.ci/run): the package (npm run package) installed with
// `npm ci --omit=dev` into a fresh folder, started with the compose file's `app` environment
// (NODE_ENV=production) as an unprivileged user, on a fresh database of the PostgreSQL server in
// DATABASE_URL and an SMTP server of this script. Over HTTP: sign up, create a job, add a
// candidate, move them to a stage that emails, the email arrives, its status link's page loads
// and shows the candidate, /health answers.
//
//   node tests/package/journey.mjs [--package-dir DIR] [--node PATH | --runtime-node]
//
// --package-dir: an already installed package (tests/package/install.mjs) instead of a fresh install;
// --node: run the server with this Node binary; --runtime-node: with the image's Node
//   (tools/package-layout.json runtimeNode, fetched from the npm registry by fetch-node.mjs).
// backup-restore.mjs runs it too, keeping the database it seeded.
import { randomBytes } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { waitFor } from '../bench/candor-process.mjs';
import { createTestDatabase } from '../support/test-database.mjs';
import { fetchNode } from './fetch-node.mjs';
import { LAYOUT, graphqlClient, installPackage, runUntilExit, startPackagedServer } from './packaged-server.mjs';

/** A real SMTP server on a free port that keeps what it receives, parsed. */
export async function startSmtpSink() {
  const received = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then((mail) => {
        received.push(mail);
        callback();
      }, callback);
    },
  });
  server.on('error', () => {}); // a client that hangs up mid-transaction is no failure of the journey
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { received, port: server.server.address().port, close: () => new Promise((resolve) => server.close(resolve)) };
}

function check(condition, what) {
  if (!condition) throw new Error(`Journey check failed: ${what}`);
  process.stdout.write(`  ok  ${what}\n`);
}

/** The status page's own query, trimmed to what the journey reads. */
const CANDIDATE_STATUS = 'query($token: String!) { candidateStatus(token: $token) { candidateName jobTitle currentStage { name } } }';

/**
 * Signs up, creates a job, adds a candidate and moves them to a stage that emails, then follows the
 * email's status link. Returns what a later check (backup-restore.mjs) needs to find the data again.
 */
async function drive(server, sink) {
  const api = graphqlClient(server.url);
  const owner = { email: `owner-${Date.now()}@example.com`, password: `packaged ${randomBytes(12).toString('base64url')}` };
  api.token = (
    await api.request('mutation($i: SignUpInput!) { signUp(input: $i) { accessToken } }', {
      i: { organizationName: 'Packaged Journey Ltd', name: 'Pat Owner', ...owner },
    })
  ).signUp.accessToken;
  check(api.token.length > 20, 'sign up gives an access token');

  const job = (await api.request('mutation { createJob(input: { title: "Packaged Engineer" }) { id stages { id name notifyCandidates } } }'))
    .createJob;
  const target = job.stages.find((stage, index) => index > 0 && stage.notifyCandidates);
  check(Boolean(target), `the job has a stage after the first that emails (${target?.name})`);

  const candidate = { name: 'Casey Packaged', email: `casey-${Date.now()}@example.com` };
  const added = (
    await api.request('mutation($i: AddCandidateInput!) { addCandidate(input: $i) { id } }', {
      i: { jobId: job.id, ...candidate, notify: false },
    })
  ).addCandidate;
  await api.request('mutation($i: MoveCandidateInput!) { moveCandidate(input: $i) { id version } }', {
    i: { candidateId: added.id, stageId: target.id },
  });
  check(true, `candidate added and moved to ${target.name}`);

  await waitFor(() => sink.received.some((mail) => mail.to?.text.includes(candidate.email)), 30_000, 'the stage email at the SMTP server');
  const mail = sink.received.find((m) => m.to.text.includes(candidate.email));
  const link = new RegExp(`${server.url}/status#([A-Za-z0-9_-]+)`).exec(mail.text ?? '');
  check(Boolean(link), `the stage email arrived ("${mail.subject}") with a status link`);

  const page = await fetch(`${server.url}/status`, { headers: { accept: 'text/html' } });
  const html = await page.text();
  const script = /<script[^>]+src="([^"]+)"/.exec(html)?.[1];
  check(page.status === 200 && html.includes('<div id="root">') && Boolean(script), 'the status link opens the portal page');
  const asset = await fetch(`${server.url}${script}`);
  check(asset.status === 200 && (asset.headers.get('content-type') ?? '').includes('javascript'), `the page's script loads (${script})`);
  const status = (await api.request(CANDIDATE_STATUS, { token: link[1] })).candidateStatus;
  check(status?.candidateName === candidate.name && status.jobTitle === 'Packaged Engineer', 'the status page shows the candidate and the job');

  const health = await fetch(`${server.url}/health`);
  check(health.status === 200, '/health answers 200');
  await checkObservability(server, [owner.email, owner.password, 'Pat Owner', api.token, candidate.email, candidate.name, link[1]]);
  return { owner, candidate: { ...candidate, id: added.id, statusToken: link[1] } };
}

/**
 * Liveness, readiness and metrics as an orchestrator and Prometheus ask for them, then the
 * production log: every line one JSON object, the GraphQL requests logged with a request id and
 * an operation name, and no personal data or token the journey handled (issue #13).
 */
async function checkObservability(server, secrets) {
  const live = await fetch(`${server.url}/health/live`);
  check(live.status === 200, '/health/live answers 200');
  const ready = await fetch(`${server.url}/health/ready`);
  check(ready.status === 200, '/health/ready answers 200 (database and queue)');
  const metrics = await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${server.metricsToken}` } });
  const text = await metrics.text();
  check(metrics.status === 200 && /^# (HELP|TYPE) /m.test(text), '/metrics answers in Prometheus format with METRICS_TOKEN');
  check(/^candor_email_sends_total\{result="sent"\} [1-9]/m.test(text), '/metrics counts the email sent');
  check(/^candor_status_lookups_total\{result="found"\} [1-9]/m.test(text), '/metrics counts the status look-up');
  const refused = await fetch(`${server.url}/metrics`);
  check(refused.status === 401, `/metrics refuses a request without the token (${refused.status})`);

  const lines = server.log().split('\n').filter((line) => line.trim() !== '');
  const records = lines.map((line) => {
    try {
      return JSON.parse(line);
    } catch {
      throw new Error(`Journey check failed: a production log line is not JSON: ${line.slice(0, 200)}`);
    }
  });
  check(records.length > 0, `the production log is JSON, one object per line (${records.length} lines)`);
  const graphqlLines = records.filter((record) => record.operation && record.reqId);
  check(graphqlLines.length > 0, `requests are logged with a request id and the GraphQL operation (${graphqlLines.length} lines)`);
  const leaked = secrets.filter((secret) => lines.some((line) => line.includes(secret)));
  check(leaked.length === 0, `no token, email address or name the journey handled reaches the log (${secrets.length} watched)`);
}

/**
 * The whole journey. `dir`: an installed package (else one is installed now); `node`: the Node
 * binary to run it with; `keep`: leave the database (state.databaseUrl) for the caller to drop.
 * @returns {Promise<{ seconds: Record<string, number>, state: object, dropDatabase: () => Promise<void> }>}
 */
export async function runJourney({ dir, node, keep = false } = {}) {
  const seconds = {};
  const lap = (name, started) => (seconds[name] = Number(((performance.now() - started) / 1000).toFixed(1)));
  let started = performance.now();
  const packageDir = dir ?? installPackage();
  if (!dir) lap('install', started);

  const sink = await startSmtpSink();
  const database = await createTestDatabase('candor_package');
  const secretKey = randomBytes(32).toString('base64url');
  const metricsToken = randomBytes(24).toString('base64url');
  let server;
  let passed = false;
  try {
    const refused = await runUntilExit({ dir: packageDir, node, env: { DATABASE_URL: '', SECRET_KEY: secretKey } });
    const lines = `${refused.stdout}${refused.stderr}`.trim().split('\n');
    check(
      refused.code !== 0 && lines.length === 1 && lines[0].startsWith('DATABASE_URL is required'),
      'without DATABASE_URL (the package has no embedded PostgreSQL) the server exits saying so in one line',
    );
    started = performance.now();
    server = await startPackagedServer({
      dir: packageDir,
      node,
      env: { DATABASE_URL: database.url, SMTP_URL: `smtp://127.0.0.1:${sink.port}`, SECRET_KEY: secretKey, METRICS_TOKEN: metricsToken },
    });
    server.metricsToken = metricsToken;
    lap('start', started);
    process.stdout.write(`Packaged server (${server.version}, NODE_ENV=production, uid ${server.uid}) at ${server.url}\n`);
    check(server.uid !== 0, 'the server runs as an unprivileged user, not root');
    started = performance.now();
    const found = await drive(server, sink);
    lap('journey', started);
    const code = await server.stop();
    check(code === 0, 'the server stops cleanly on SIGTERM (exit code 0)');
    passed = true;
    return { seconds, state: { packageDir, node, databaseUrl: database.url, secretKey, ...found }, dropDatabase: database.drop };
  } catch (error) {
    if (server) process.stderr.write(`--- packaged server log ---\n${server.log()}\n---\n`);
    throw error;
  } finally {
    await server?.stop();
    await sink.close();
    if (!keep || !passed) await database.drop();
  }
}

if (import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  const { values } = parseArgs({
    options: { 'package-dir': { type: 'string' }, node: { type: 'string' }, 'runtime-node': { type: 'boolean' } },
  });
  const node = values['runtime-node'] ? await fetchNode(LAYOUT.runtimeNode) : values.node;
  const total = performance.now();
  const { seconds } = await runJourney({ dir: values['package-dir'], node });
  const parts = Object.entries(seconds).map(([name, s]) => `${name} ${s} s`);
  process.stdout.write(`Packaged journey passed in ${((performance.now() - total) / 1000).toFixed(1)} s (${parts.join(', ')}).\n`);
}
