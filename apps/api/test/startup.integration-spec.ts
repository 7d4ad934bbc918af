import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { AddressInfo, createServer } from 'node:net';
import { freePort, MAIN, startBuiltApi } from './support/built-api';
import { waitFor } from './support/wait-for';

/**
 * `npm start` as a newcomer gets it: the built server, no DATABASE_URL, an embedded PostgreSQL
 * under DATA_DIR, the demo organization seeded and its login printed once, a clean stop on
 * Ctrl-C, and the same data after a restart.
 */
// Real processes: two starts of the built server on an embedded PostgreSQL, slow on two busy cores.
jest.setTimeout(180_000);

const PORTAL = join(__dirname, '..', '..', 'portal', 'dist', 'index.html');

/** As on a fresh machine: no database server, no secret, the default public URL. */
const start = (dataDir: string) =>
  startBuiltApi(
    { DATA_DIR: dataDir, NODE_ENV: 'development', DATABASE_URL: undefined, SECRET_KEY: undefined, PUBLIC_URL: undefined },
    { cwd: dataDir },
  );

async function gql(url: string, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const req = request(url).post('/graphql').set('content-type', 'application/json');
  if (token) req.set('authorization', `Bearer ${token}`);
  return (await req.send({ query, variables })).body;
}

describe('npm start on a fresh machine', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'candor-start-'));
  chmodSync(dataDir, 0o755);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('has been built (the test target depends on the api and portal builds)', () => {
    expect(existsSync(MAIN)).toBe(true);
    expect(existsSync(PORTAL)).toBe(true);
  });

  it('starts on an embedded PostgreSQL, seeds a living demo, stops cleanly and keeps its data', async () => {
    const first = await start(dataDir);
    let token: string;
    try {
      // The summary is logged once the server listens; development's readable log is written
      // by pino-pretty's worker thread, so its last lines may trail the first /health answer.
      await waitFor('the start-up summary', () => /Metrics: /.test(first.output()));
      const out = first.output();
      const email = /email:\s+(\S+)/.exec(out)?.[1];
      const password = /password:\s+(\S+)/.exec(out)?.[1];
      expect(email).toBe('demo@candor.local');
      expect(out).toMatch(/status link: http:\/\/localhost:\d+\/status#[A-Za-z0-9_-]{43}/);
      // A quiet start: where the database and mail are, no line per Nest module or route.
      expect(out).toMatch(/Database: embedded PostgreSQL on 127\.0\.0\.1:\d+, data in \S+/);
      expect(out.match(/Database: /g)).toHaveLength(1);
      expect(out).toMatch(/Mail: the dev mailbox/);
      expect(out).not.toMatch(/InstanceLoader|RouterExplorer|Mapped \{/);
      expect((await request(first.url).get('/health')).body).toEqual({ status: 'ok', database: 'up' });
      const home = await request(first.url).get('/login').set('accept', 'text/html');
      expect(home.status).toBe(200);
      expect(home.text).toMatch(/<div id="root">/);

      const login = await gql(first.url, 'mutation($i: LogInInput!) { logIn(input: $i) { accessToken } }', { i: { email, password } });
      token = login.data.logIn.accessToken;
      const board = await gql(first.url, '{ jobs { title candidates { name stage { name } expectedResponseBy nextSteps { title } } } needsAttention { reason } }', {}, token);
      expect(board.data.jobs).toHaveLength(1);
      const candidates = board.data.jobs[0].candidates;
      expect(candidates).toHaveLength(8);
      expect(new Set(candidates.map((c: { stage: { name: string } }) => c.stage.name)).size).toBeGreaterThanOrEqual(7);
      expect(candidates.flatMap((c: { nextSteps: unknown[] }) => c.nextSteps).length).toBeGreaterThanOrEqual(6);
      const reasons = board.data.needsAttention.map((i: { reason: string }) => i.reason);
      expect(reasons).toEqual(expect.arrayContaining(['PROMISE_OVERDUE', 'STEP_PAST_NOT_DONE', 'PROMISE_DUE_SOON']));
    } finally {
      expect(await first.stop('SIGINT')).toBe(0);
    }

    const second = await start(dataDir);
    try {
      expect(second.output()).not.toMatch(/demo organization was created/);
      const me = await gql(second.url, '{ me { organization { name } } jobs { candidates { id } } }', {}, token!);
      expect(me.data.me.organization.name).toBe('Northwind Studio');
      expect(me.data.jobs[0].candidates).toHaveLength(8);
    } finally {
      expect(await second.stop('SIGINT')).toBe(0);
    }
  });

  /** The built server started with `env` that must fail: its exit code and everything it printed. */
  async function failedStart(env: Record<string, string>) {
    const child = spawn(process.execPath, [MAIN], { env: { ...process.env, DATA_DIR: dataDir, ...env } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const code = await new Promise((resolve) => child.once('exit', resolve));
    return { code, output: output.trim() };
  }

  it('says in one line, without a stack, that the port is taken', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, resolve));
    const port = (taken.address() as AddressInfo).port;
    try {
      const { code, output } = await failedStart({ PORT: String(port), NODE_ENV: 'development', DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test' });
      expect(code).toBe(1);
      expect(output).toBe(`Port ${port} is already in use by another program. Stop it, or start Candor on another port with PORT=<number>.`);
    } finally {
      taken.close();
    }
  });

  it('says in one line, without a stack or the password, that the database cannot be reached', async () => {
    const port = await freePort(); // nothing listens there
    const { code, output } = await failedStart({ PORT: String(await freePort()), NODE_ENV: 'development', DATABASE_URL: `postgres://candor:s3cret@127.0.0.1:${port}/candor` });
    expect(code).toBe(1);
    expect(output).toBe(`Candor cannot use the database at 127.0.0.1:${port}/candor: connect ECONNREFUSED 127.0.0.1:${port}. Check DATABASE_URL and that PostgreSQL is running there.`);
  });

  it('refuses to start with a malformed setting, naming the variable', async () => {
    const child = spawn(process.execPath, [MAIN], { env: { ...process.env, PORT: 'eighty', DATA_DIR: dataDir } });
    let output = '';
    child.stderr.on('data', (chunk) => (output += chunk));
    const code = await new Promise((resolve) => child.once('exit', resolve));
    expect(code).toBe(1);
    expect(output).toMatch(/PORT: PORT must be a whole number/);
  });
});
