import { rmSync } from 'node:fs';
import pg from 'pg';

export default async function globalTeardown() {
  const db = globalThis.__candorTestDb;
  if (!db) return;
  if (db.kind === 'server') {
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${db.name} WITH (FORCE)`);
    await admin.end();
  } else {
    await db.server.stop();
    rmSync(db.dir, { recursive: true, force: true });
  }
}
