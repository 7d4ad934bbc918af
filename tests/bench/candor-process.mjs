// Starts the built API (apps/api/dist/main.js) as `npm start` runs it, on a given database, and
// gives a tiny GraphQL client, its process id (for memory), and a stop.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

const ROOT = new URL('../..', import.meta.url).pathname;

export const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

export async function waitFor(predicate, timeoutMs, what) {
  const deadline = Date.now() + timeoutMs;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Resident memory of a process in MB, from /proc (Linux). */
export async function residentMb(pid) {
  const { readFile } = await import('node:fs/promises');
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
}

export async function startCandor(env) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  // e.g. BENCH_API_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" to profile the API under load.
  const nodeArgs = (process.env.BENCH_API_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, join(ROOT, 'apps/api/dist/main.js')], {
    env: { ...process.env, PORT: String(port), PUBLIC_URL: url, NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (c) => (log += c));
  child.stderr.on('data', (c) => (log += c));
  await waitFor(() => log.includes('Candor is serving') || child.exitCode !== null, 60_000, `the API to start:\n${log}`);
  if (child.exitCode !== null) throw new Error(`The API exited:\n${log}`);
  let token = '';
  const gql = async (query, variables = {}, bearer = token) => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = await res.json();
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  return {
    url,
    pid: child.pid,
    gql,
    log: () => log,
    async signUp(organizationName) {
      token = (await gql('mutation($i: SignUpInput!) { signUp(input: $i) { accessToken } }', {
        i: { organizationName, name: 'Bench', email: `bench-${Date.now()}@example.com`, password: 'correct horse battery' },
      })).signUp.accessToken;
    },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
