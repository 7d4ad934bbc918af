import { Client } from 'pg';
import { describeDatabaseUrl, StartupError } from './startup-error';

/**
 * Connects once to DATABASE_URL before the application starts, so that a wrong address or
 * password is one readable line rather than the ORM's retries and stacks.
 * @throws StartupError naming the host, port and database (never the password) and the reason.
 */
export async function assertDatabaseReachable(url: string, timeoutMs = 10_000): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    throw new StartupError(
      `Candor cannot use the database at ${describeDatabaseUrl(url)}: ${(error as Error).message || (error as { code?: string }).code}. Check DATABASE_URL and that PostgreSQL is running there.`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}
