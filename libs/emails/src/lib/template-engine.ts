import type { FieldProblem } from '@candor/domain';

/** Longest subject and body an organization may save, in characters. */
export const TEMPLATE_LIMITS = { subject: 300, body: 10_000 } as const;

/**
 * Hard limits on checking and rendering one organization's template (template-sandbox.cjs, in
 * the worker threads of template-renderer.ts). `timeoutMs` is enforced from outside: the thread
 * is terminated. liquidjs' own limits cut in earlier for the common cases (it needs both
 * `renderLimit` and `memoryLimit`: either alone lets ranges or nested loops run for seconds).
 */
export const RENDER_LIMITS = {
  /** Wall time for one check or render from the moment a thread picks it up, in ms (the thread is terminated after it). */
  timeoutMs: 1_000,
  /** liquidjs' own render-time budget, in ms. */
  engineRenderMs: 250,
  /** liquidjs' budget of characters and range items allocated while rendering. */
  engineMemory: 5_000_000,
  /** Longest rendered subject or body, in characters. */
  outputChars: 100_000,
  /** The worker's V8 heap, in MiB. */
  workerHeapMb: 64,
  /** Checks and renders waiting for a thread; more are refused as busy. */
  maxQueued: 32,
  /** Longest a check or render waits for a thread before it answers busy, in ms. */
  maxWaitMs: 5_000,
} as const;

/** What is wrong with a template before it is even parsed: empty or too long parts, naming the field. */
export function templateLengthProblems(template: { subject: string; body: string }): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const field of ['subject', 'body'] as const) {
    if (!template[field].trim()) problems.push({ field, message: 'must not be empty' });
    else if (template[field].length > TEMPLATE_LIMITS[field]) problems.push({ field, message: `must be at most ${TEMPLATE_LIMITS[field]} characters` });
  }
  return problems;
}
