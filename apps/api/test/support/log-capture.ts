/**
 * Everything the app writes to stdout and stderr (where Nest's logger writes) while `work` runs,
 * as one string. The writes still go through, so a failing test shows them.
 */
export async function captureLogs(work: () => Promise<void>): Promise<string> {
  const chunks: string[] = [];
  const originals = { out: process.stdout.write.bind(process.stdout), err: process.stderr.write.bind(process.stderr) };
  const tap =
    (original: typeof process.stdout.write) =>
    (chunk: unknown, ...rest: unknown[]): boolean => {
      chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8'));
      return (original as (...args: unknown[]) => boolean)(chunk, ...rest);
    };
  process.stdout.write = tap(originals.out) as typeof process.stdout.write;
  process.stderr.write = tap(originals.err) as typeof process.stderr.write;
  try {
    await work();
  } finally {
    process.stdout.write = originals.out;
    process.stderr.write = originals.err;
  }
  return chunks.join('');
}
