import { DataSource } from 'typeorm';

const MIGRATION_LOCK = 7_220_001; // any constant shared by every Candor instance

/**
 * Runs pending migrations, one instance at a time: a session-level advisory lock makes
 * instances that start together wait for the first one instead of racing.
 */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
  }
}
