import { execFileSync } from 'node:child_process';
import { linkSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { StartupError } from './startup-error';

export const LOCK_FILE = 'candor.pid';

/** The data folder held by this process; `release` removes the lock file if it is still ours. */
export interface DataDirLock {
  readonly file: string;
  release(): void;
}

/**
 * Takes the data folder for this process: `<dataDir>/candor.pid` holds its process id. The file is
 * written aside and hard-linked into place, which fails if the file exists, so two starts never
 * both take it. A lock whose process is gone (killed, crashed) is stale and taken over.
 * @throws StartupError when a living process holds the folder, naming its process id.
 */
export function lockDataDir(dataDir: string): DataDirLock {
  const file = join(dataDir, LOCK_FILE);
  const aside = `${file}.${process.pid}`;
  writeFileSync(aside, `${process.pid}\n`);
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        linkSync(aside, file);
        const release = () => {
          if (readPid(file) === process.pid) removeFile(file);
        };
        process.once('exit', release);
        return { file, release };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const holder = readPid(file);
      if (holder !== undefined && holder !== process.pid && isCandorAlive(holder) && !startedAfter(holder, file)) {
        throw new StartupError(
          `Candor is already running with the data folder ${dataDir} (process id ${holder}). Stop that process first (e.g. \`kill ${holder}\`), or give this one another DATA_DIR.`,
        );
      }
      // Stale (its process is gone): take it over, unless another start just did.
      if (readPid(file) === holder) removeFile(file);
    }
    throw new StartupError(`Could not take the lock ${file}: another Candor is starting with the same data folder.`);
  } finally {
    removeFile(aside);
  }
}

function readPid(file: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(file, 'utf8').trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether the process `pid` started after `file` was last written, so that it cannot be the one
 * that wrote it: its id was reused (after a reboot, or in a restarted container, another Node
 * process can have it). False where /proc does not tell.
 */
export function startedAfter(pid: number, file: string): boolean {
  const started = processStartMs(pid);
  if (started === undefined) return false;
  try {
    return started > statSync(file).mtimeMs + 2_000;
  } catch {
    return false;
  }
}

/** When `pid` started (ms since the epoch), from /proc/<pid>/stat and the boot time; undefined where /proc does not tell. */
export function processStartMs(pid: number): number | undefined {
  const stat = readProc(pid, 'stat');
  if (stat === undefined) return undefined;
  let boot: string | undefined;
  try {
    boot = /^btime (\d+)$/m.exec(readFileSync('/proc/stat', 'utf8'))?.[1];
  } catch {
    return undefined;
  }
  const ticks = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  if (!ticks || !boot || !/^\d+$/.test(ticks)) return undefined;
  return Number(boot) * 1000 + (Number(ticks) / clockTicks()) * 1000;
}

let ticksPerSecond: number | undefined;
function clockTicks(): number {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

/** Whether `pid` is a living process, and (where the system tells) a Node process, not one that reused the id. */
export function isCandorAlive(pid: number): boolean {
  if (!isAlive(pid)) return false;
  const command = processCommand(pid);
  return command === undefined || /node/i.test(command);
}

/** The command line of `pid` (from /proc, else `ps`), or undefined when neither tells. */
export function processCommand(pid: number): string | undefined {
  const fromProc = readProc(pid, 'cmdline');
  if (fromProc !== undefined) return fromProc;
  try {
    return execFileSync('ps', ['-p', String(pid), '-o', 'command='], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** Whether a process with this id exists (signal 0 checks without sending anything). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** /proc/<pid>/<entry> as text, or undefined where there is no /proc (macOS) or no such process. */
export function readProc(pid: number, entry: string): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/${entry}`, 'utf8');
  } catch {
    return undefined;
  }
}

function removeFile(file: string): void {
  try {
    unlinkSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}
