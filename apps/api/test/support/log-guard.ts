// A jest setup file of every API spec (jest.config.js setupFilesAfterEnv): whatever a test
// file's apps log or write (stdout, stderr, and unprinted log levels via RecordingLogger) must
// not hold a token or an email address the file's tests handled (log-watch.ts). The file fails
// after its tests when one does, naming what leaked and where.
import { leaksIn, logWatch } from './log-watch';

const written: string[] = [];
const originals = { out: process.stdout.write, err: process.stderr.write };

function tap(original: typeof process.stdout.write): typeof process.stdout.write {
  return function (this: NodeJS.WriteStream, chunk: unknown, ...rest: unknown[]): boolean {
    written.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8'));
    return (original as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
  } as typeof process.stdout.write;
}

const CONSOLE_METHODS = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;
const consoleOriginals = Object.fromEntries(CONSOLE_METHODS.map((m) => [m, console[m]]));

beforeAll(() => {
  process.stdout.write = tap(originals.out);
  process.stderr.write = tap(originals.err);
  // jest's console goes to the runner, not through stdout: watched on its own.
  for (const method of CONSOLE_METHODS) {
    console[method] = (...args: unknown[]) => {
      written.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
      consoleOriginals[method](...args);
    };
  }
});

afterAll(() => {
  process.stdout.write = originals.out;
  process.stderr.write = originals.err;
  for (const method of CONSOLE_METHODS) console[method] = consoleOriginals[method];
  const leaks = leaksIn([...written, ...logWatch().lines].join('\n'));
  if (leaks.length > 0) throw new Error(`Secrets or personal data reached the log:\n${leaks.slice(0, 10).join('\n')}`);
});
