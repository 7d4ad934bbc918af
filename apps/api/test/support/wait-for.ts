/**
 * Waits for a state, never for a time: polls `predicate` every 25 ms until it holds and fails
 * with `what` (or what it returns, for the state seen last) after `timeoutMs` (a bound on a broken run, not a delay any test relies on).
 */
export async function waitFor(what: string | (() => string), predicate: () => Promise<boolean> | boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${typeof what === 'string' ? what : what()}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
