import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { waitFor } from './wait-for';

/** The built server (`npm start` runs it); the API's test target builds it first. */
export const MAIN = join(__dirname, '..', '..', 'dist', 'main.js');

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** waitFor (wait-for.ts) with the timeout before the description. */
export const until = (predicate: () => Promise<boolean> | boolean, timeoutMs: number, what: string | (() => string)): Promise<void> =>
  waitFor(what, predicate, timeoutMs);

export interface BuiltApi {
  child: ChildProcess;
  url: string;
  output: () => string;
  /** Sends `signal` (to the whole process group with `group`) and resolves with the exit code once the process is gone. */
  stop: (signal?: NodeJS.Signals) => Promise<number | null>;
}

/**
 * The built API as its own process on a free port, resolved once it says it is serving. `env`
 * is laid over the test's environment; an `undefined` value removes that variable. With `group`,
 * it leads its own process group and `stop` signals the group, as a terminal's Ctrl-C does.
 */
export async function startBuiltApi(env: Record<string, string | undefined>, options: { cwd?: string; group?: boolean } = {}): Promise<BuiltApi> {
  const port = await freePort();
  const merged: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}`, ...env };
  for (const [key, value] of Object.entries(merged)) if (value === undefined) delete merged[key];
  const child = spawn(process.execPath, [MAIN], { env: merged, cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'], detached: options.group });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  await until(() => {
    if (child.exitCode !== null) throw new Error(`Candor exited early:\n${output}`);
    return output.includes('Candor is serving');
  }, 60_000, `Candor to start:\n${output}`);
  return {
    child,
    url: `http://127.0.0.1:${port}`,
    output: () => output,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      if (options.group && signal !== 'SIGKILL') process.kill(-child.pid!, signal);
      else child.kill(signal);
      return exited;
    },
  };
}
