import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

let database: Promise<string> | undefined;

/**
 * This test file's own database, created on first use, so counts in a file are exact and no
 * file sees another's rows. jest gives each test file its own module registry, so this module
 * (and its promise) is per file. It is created empty on the run's PostgreSQL server, named after
 * the run's database (global-setup.mjs), and dropped with it at the end of the run
 * (global-teardown.mjs); the test app migrates it.
 */
export function fileDatabaseUrl(): Promise<string> {
  database ??= create();
  return database;
}

async function create(): Promise<string> {
  const runUrl = new URL(process.env.TEST_DATABASE_URL!);
  const name = `${runUrl.pathname.slice(1)}_f${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: process.env.TEST_ADMIN_DATABASE_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  runUrl.pathname = `/${name}`;
  return runUrl.toString();
}
