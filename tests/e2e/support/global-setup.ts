import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
const MAIN = join(ROOT, 'apps', 'api', 'dist', 'main.js');
const RESULTS = join(ROOT, 'test-results');

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Starts the built Candor (as `npm start` runs it) on a fresh database; returns the teardown. */
export default async function globalSetup(): Promise<() => Promise<void>> {
  if (!existsSync(MAIN)) throw new Error('Build first: npm run build (npm run e2e does it).');
  const { createTestDatabase } = await import('../../support/test-database.mjs');
  const database = await createTestDatabase('candor_e2e');
  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;
  const child = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      PUBLIC_URL: baseUrl,
      DATABASE_URL: database.url,
      SECRET_KEY: 'e2e-secret-key-that-is-at-least-32-characters',
      NODE_ENV: 'production',
      TRUST_PROXY: 'false',
      // The journeys run over plain http on localhost, and every one signs up from 127.0.0.1.
      ALLOW_INSECURE_HTTP: 'true',
      SIGN_UPS_PER_ADDRESS_PER_HOUR: '1000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  // The server's own log is kept beside the journeys' traces: a journey that fails on an
  // INTERNAL_SERVER_ERROR can be read from the server's side too.
  mkdirSync(RESULTS, { recursive: true });
  const log = createWriteStream(join(RESULTS, 'e2e-server.log'));
  child.stdout.on('data', (chunk) => {
    output += chunk;
    log.write(chunk);
  });
  child.stderr.on('data', (chunk) => {
    output += chunk;
    log.write(chunk);
  });
  const deadline = Date.now() + 60_000;
  while (!output.includes('Candor is serving')) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`Candor did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  process.env.E2E_BASE_URL = baseUrl;
  process.env.E2E_DATABASE_URL = database.url;
  return async () => {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    await database.drop();
  };
}
