import pg from 'pg';

// Drops the run's database and every test file's own database (named after it, file-database.ts).
export default async function globalTeardown() {
  const database = globalThis.__candorTestDatabase;
  if (!database) return;
  const runName = new URL(database.url).pathname.slice(1);
  const admin = new pg.Client({ connectionString: database.adminUrl });
  try {
    await admin.connect();
    const { rows } = await admin.query("SELECT datname FROM pg_database WHERE datname LIKE $1 || '\\_f%'", [runName]);
    for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
  await database.drop();
}
