// The backup and restore of docs/operations.md, proven (.ci/run): the packaged server's journey
// seeds a database; `pg_dump --format=custom` backs it up; `pg_restore` restores it into a fresh
// database; the packaged server started on the restored copy (same SECRET_KEY) lets the owner log
// in, lists the candidate, and still answers the candidate's status link from the email.
//
//   node tests/package/backup-restore.mjs [--package-dir DIR]   (DATABASE_URL: the PostgreSQL server)
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createTestDatabase } from '../support/test-database.mjs';
import { runJourney } from './journey.mjs';
import { freshFolder, graphqlClient, installPackage, startPackagedServer } from './packaged-server.mjs';

const check = (condition, what) => {
  if (!condition) throw new Error(`Backup check failed: ${what}`);
  process.stdout.write(`  ok  ${what}\n`);
};

/** What an operator runs (docs/operations.md), with the client tools of the machine. */
function backUp(databaseUrl, file) {
  execFileSync('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`, `--dbname=${databaseUrl}`], { stdio: 'inherit' });
}
function restore(file, databaseUrl) {
  execFileSync('pg_restore', ['--no-owner', '--no-privileges', '--exit-on-error', `--dbname=${databaseUrl}`, file], { stdio: 'inherit' });
}

const { values } = parseArgs({ options: { 'package-dir': { type: 'string' } } });
const total = performance.now();
const dir = values['package-dir'] ?? installPackage();
process.stdout.write('Seeding a database with the packaged server journey:\n');
const { state, dropDatabase } = await runJourney({ dir, keep: true });
const restored = await createTestDatabase('candor_restored');
let server;
try {
  const dump = join(freshFolder('candor-backup-'), 'candor.dump');
  let started = performance.now();
  backUp(state.databaseUrl, dump);
  restore(dump, restored.url);
  process.stdout.write(`Backed up and restored into a fresh database in ${((performance.now() - started) / 1000).toFixed(1)} s.\n`);

  started = performance.now();
  // No mail server: nothing is due, and whatever would be sent stays in the database.
  server = await startPackagedServer({ dir, env: { DATABASE_URL: restored.url, SMTP_URL: '', SECRET_KEY: state.secretKey } });
  const api = graphqlClient(server.url);
  api.token = (await api.request('mutation($i: LogInInput!) { logIn(input: $i) { accessToken } }', { i: state.owner })).logIn.accessToken;
  check(api.token.length > 20, 'the owner logs in on the restored database');
  const { jobs } = await api.request('{ jobs { title candidates { id name } } }');
  const found = jobs.flatMap((job) => job.candidates).find((candidate) => candidate.id === state.candidate.id);
  check(found?.name === state.candidate.name, `the restored job lists the candidate (${state.candidate.name})`);
  const { candidateStatus } = await api.request('query($t: String!) { candidateStatus(token: $t) { candidateName } }', { t: state.candidate.statusToken });
  check(candidateStatus?.candidateName === state.candidate.name, "the candidate's status link from the email still works (same SECRET_KEY)");
  check((await server.stop()) === 0, 'the server on the restored database stops cleanly');
  process.stdout.write(`Backup and restore passed in ${((performance.now() - total) / 1000).toFixed(1)} s (restored server ${((performance.now() - started) / 1000).toFixed(1)} s).\n`);
} catch (error) {
  if (server) process.stderr.write(`--- packaged server log ---\n${server.log()}\n---\n`);
  throw error;
} finally {
  await server?.stop();
  await dropDatabase();
  await restored.drop();
}
