import { spawn } from 'node:child_process';
import { existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { BuiltApi, freePort, MAIN, startBuiltApi, until } from './support/built-api';
import { SmtpSink } from './support/smtp-sink';

/**
 * Stopping and restarting the built server on its embedded PostgreSQL, as real processes: Ctrl-C
 * (SIGINT to the whole process group) lets a request in flight finish and logs no error; a second
 * start on the same data folder refuses at once, naming the running process; a data folder left by
 * a SIGKILL starts again without help. As root, the data folder sits in a folder the OS user
 * "postgres" cannot enter (mode 700, as `mktemp -d` makes it): the cluster lives under
 * /var/lib/candor, linked from `.data/postgres`, and clusters whose data folder is gone are removed.
 */
const CLUSTERS = '/var/lib/candor';
const asRoot = process.getuid?.() === 0;
const itAsRoot = asRoot ? it : it.skip;

const privateFolder = () => mkdtempSync(join(tmpdir(), 'candor-life-')); // mode 700
const folders = [privateFolder(), privateFolder()];
const dataDir = join(folders[0], '.data');
const otherDataDir = join(folders[1], '.data');
const sink = new SmtpSink();

const envFor = (dir: string) => ({
  DATA_DIR: dir,
  NODE_ENV: 'development',
  DATABASE_URL: undefined,
  SECRET_KEY: undefined,
  SMTP_URL: sink.url,
  EMAIL_RETRY_DELAY_SECONDS: '1',
});
const start = (dir = dataDir) => startBuiltApi(envFor(dir), { cwd: dir.replace(/\/\.data$/, ''), group: true });

/** Lines a clean run must never print: errors, stacks, connections cut by the database stopping. */
const TROUBLE = /ERROR|^\s+at |terminating connection|pool raised an error/m;

async function gql(url: string, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: Record<string, any>; errors?: unknown[] };
}

/**
 * A request the server has begun (it answered `Expect: 100-continue`, so its headers were read)
 * whose body is sent only on `finish()`.
 */
function requestInFlight(url: string, body: string, token: string) {
  const req = httpRequest(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization: `Bearer ${token}`, expect: '100-continue' },
  });
  const begun = new Promise<void>((done) => req.once('continue', () => done()));
  const response = new Promise<{ status?: number; text: string }>((done, fail) => {
    req.once('error', fail);
    req.once('response', (res) => {
      let text = '';
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => done({ status: res.statusCode, text }));
    });
  });
  req.flushHeaders();
  return { begun, response, finish: () => req.end(body) };
}

const clusterPid = (dir: string) => Number.parseInt(readFileSync(join(dir, 'postgres', 'postmaster.pid'), 'utf8'), 10);
/** A living process; an exited one not yet reaped (a zombie: PID 1 of some containers reaps late) is not. */
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true; // no /proc: kill(0) is all there is
  }
};

describe('stopping and restarting', () => {
  const account = { email: 'life@example.com', password: 'correct horse battery' };
  let first: BuiltApi;
  let token: string;

  beforeAll(async () => {
    await sink.start();
    first = await start();
  });
  afterAll(async () => {
    await sink.stop();
    // The clusters this file made under /var/lib/candor (their marker names a folder of ours).
    if (existsSync(CLUSTERS)) {
      for (const name of readdirSync(CLUSTERS)) {
        const marker = join(CLUSTERS, name, 'candor-cluster.json');
        if (existsSync(marker) && folders.some((f) => (JSON.parse(readFileSync(marker, 'utf8')) as { dataDir: string }).dataDir.startsWith(f))) {
          rmSync(join(CLUSTERS, name), { recursive: true, force: true });
        }
      }
    }
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });

  itAsRoot('as root in a folder "postgres" cannot enter, keeps the cluster under /var/lib/candor, linked from the data folder, and says so', () => {
    const link = join(dataDir, 'postgres');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    const target = readlinkSync(link);
    expect(target.startsWith(`${CLUSTERS}/`)).toBe(true);
    expect(first.output()).toContain(`data in ${target} (linked from ${link}, as the OS user "postgres" cannot enter ${folders[0]})`);
    expect(JSON.parse(readFileSync(join(target, '..', 'candor-cluster.json'), 'utf8')).dataDir).toBe(dataDir);
    expect(first.output()).toContain(`To start over, stop Candor and delete ${dataDir}.`);
  });

  it('refuses a second start on the same data folder within seconds, naming the running process', async () => {
    const startedAt = Date.now();
    const second = spawn(process.execPath, [MAIN], { env: envWith({ ...envFor(dataDir), PORT: String(await freePort()) }), stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    second.stdout.on('data', (chunk) => (output += chunk));
    second.stderr.on('data', (chunk) => (output += chunk));
    const code = await new Promise((done) => second.once('exit', done));
    expect(code).toBe(1);
    expect(Date.now() - startedAt).toBeLessThan(20_000); // module loading on a busy machine; no database is touched
    expect(output.trim()).toBe(
      `Candor is already running with the data folder ${dataDir} (process id ${first.child.pid}). Stop that process first (e.g. \`kill ${first.child.pid}\`), or give this one another DATA_DIR.`,
    );
    expect((await fetch(`${first.url}/health`)).status).toBe(200);
    expect(readFileSync(join(dataDir, 'candor.pid'), 'utf8').trim()).toBe(String(first.child.pid));
  });

  it('on Ctrl-C, finishes a request in flight, stops the queue before the database, logs no error and exits 0', async () => {
    const signUp = await gql(first.url, 'mutation($i: SignUpInput!) { signUp(input: $i) { accessToken } }', {
      i: { organizationName: 'Lifecycle', name: 'Life Tester', ...account },
    });
    token = signUp.data!.signUp.accessToken;
    const job = (await gql(first.url, 'mutation { createJob(input: { title: "Stopper" }) { id stages { id name } } }', {}, token)).data!.createJob;
    const target = job.stages.find((s: { name: string }) => s.name === 'Phone screen').id;
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      const added = await gql(first.url, 'mutation($i: AddCandidateInput!) { addCandidate(input: $i) { id } }', {
        i: { jobId: job.id, name: `Candidate ${i}`, email: `life-${i}@example.com`, notify: false },
      }, token);
      ids.push(added.data!.addCandidate.id);
    }
    // Emails queued (held for quiet hours or sent) while the stop comes; the queue's workers poll.
    const moved = await gql(first.url, 'mutation($i: BulkMoveCandidatesInput!) { bulkMoveCandidates(input: $i) { moved { id } } }', { i: { candidateIds: ids, stageId: target } }, token);
    expect(moved.data!.bulkMoveCandidates.moved).toHaveLength(6);

    const inFlight = requestInFlight(first.url, JSON.stringify({ query: '{ jobs { title } }' }), token);
    await inFlight.begun;
    const exited = first.stop('SIGINT');
    await until(() => first.output().includes('SIGINT received'), 20_000, 'the stop to begin');
    inFlight.finish();
    const answer = await inFlight.response;
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text).data.jobs).toEqual(expect.arrayContaining([{ title: 'Stopper' }]));

    expect(await exited).toBe(0);
    expect(first.output().trim().split('\n').pop()).toMatch(/\[Candor\] .*Stopped\./);
    expect(first.output()).not.toMatch(TROUBLE);
    expect(existsSync(join(dataDir, 'candor.pid'))).toBe(false);
  });

  it('starts again on a data folder left by SIGKILL (stale lock, database still running), with its data', async () => {
    const killed = await start();
    const leftover = clusterPid(dataDir);
    expect(await killed.stop('SIGKILL')).toBeNull();
    expect(alive(leftover)).toBe(true); // the database outlived its Candor
    expect(readFileSync(join(dataDir, 'candor.pid'), 'utf8').trim()).toBe(String(killed.child.pid));

    const again = await start();
    try {
      expect(alive(leftover)).toBe(false);
      const logIn = await gql(again.url, 'mutation($i: LogInInput!) { logIn(input: $i) { accessToken } }', { i: account });
      const jobs = await gql(again.url, '{ jobs { title candidates { id } } }', {}, logIn.data!.logIn.accessToken);
      expect(jobs.data!.jobs).toEqual([{ title: 'Stopper', candidates: expect.any(Array) }]);
      expect(jobs.data!.jobs[0].candidates).toHaveLength(6);
    } finally {
      expect(await again.stop('SIGINT')).toBe(0);
    }
    expect(again.output()).not.toMatch(TROUBLE);
  });

  itAsRoot('deleting the data folder starts over with a new cluster; a cluster whose data folder is gone is removed at the next start', async () => {
    const other = await start(otherDataDir);
    const otherCluster = resolve(readlinkSync(join(otherDataDir, 'postgres')), '..');
    expect(await other.stop('SIGINT')).toBe(0);
    expect(existsSync(otherCluster)).toBe(true);

    rmSync(otherDataDir, { recursive: true });
    rmSync(dataDir, { recursive: true });
    const fresh = await start();
    try {
      expect(fresh.output()).toMatch(/demo organization was created/);
      expect(fresh.output()).toContain(`Removed ${otherCluster}: the embedded PostgreSQL of a data folder that is gone.`);
      expect(existsSync(otherCluster)).toBe(false);
      expect(readlinkSync(join(dataDir, 'postgres')).startsWith(`${CLUSTERS}/`)).toBe(true);
      const logIn = await gql(fresh.url, 'mutation($i: LogInInput!) { logIn(input: $i) { accessToken } }', { i: account });
      expect(logIn.data?.logIn).toBeFalsy(); // the old account went with the old cluster
    } finally {
      expect(await fresh.stop('SIGINT')).toBe(0);
    }
  });
});

/** The test's environment with `overrides` laid over it; an undefined value removes the variable. */
function envWith(overrides: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...overrides };
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete env[key];
  return env;
}
