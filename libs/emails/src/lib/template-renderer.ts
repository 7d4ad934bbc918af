import { join } from 'node:path';
import { Piscina } from 'piscina';
import { REMOVED_FILTERS, REMOVED_TAGS, RENDER_LIMITS, SEALED_OPTIONS } from './template-engine';

/** Why a template could not be rendered; the message never quotes rendered values. */
export type TemplateFailure = 'TIMEOUT' | 'LIMIT' | 'OUTPUT' | 'ERROR';

export class TemplateRenderError extends Error {
  constructor(readonly reason: TemplateFailure) {
    super(TEMPLATE_FAILURE_MESSAGES[reason]);
    this.name = 'TemplateRenderError';
  }
}

/** What a person editing the template reads, per failure. */
export const TEMPLATE_FAILURE_MESSAGES: Record<TemplateFailure, string> = {
  TIMEOUT: `takes too long to render (the limit is ${RENDER_LIMITS.timeoutMs / 1000} s); remove long loops`,
  LIMIT: 'uses too much time or memory while rendering; remove long loops and ranges',
  OUTPUT: `renders to more than ${RENDER_LIMITS.outputChars.toLocaleString('en-US')} characters`,
  ERROR: 'could not be rendered; check its tags and filters',
};

export interface TemplatePart {
  source: string;
  /** Escape every output for HTML. */
  escapeHtml: boolean;
}

type WorkerAnswer = { ok: true; parts: string[] } | { ok: false; reason: 'LIMIT' | 'OUTPUT' | 'ERROR' };

/**
 * Renders organization templates in a small pool of worker threads (piscina). A render that
 * outlives `RENDER_LIMITS.timeoutMs` is aborted, which terminates its thread; each thread's heap
 * is capped at `RENDER_LIMITS.workerHeapMb`. The API's event loop never runs template code, so
 * `/health` and every other request keep being answered while a hostile template runs.
 */
export class TemplateRenderer {
  private readonly pool: Piscina;

  constructor(options: { threads?: number; timeoutMs?: number } = {}) {
    this.timeoutMs = options.timeoutMs ?? RENDER_LIMITS.timeoutMs;
    this.pool = new Piscina({
      filename: join(__dirname, 'template-worker.cjs'),
      minThreads: 1,
      maxThreads: options.threads ?? 2,
      idleTimeout: 60_000,
      resourceLimits: { maxOldGenerationSizeMb: RENDER_LIMITS.workerHeapMb, maxYoungGenerationSizeMb: 16 },
      workerData: {
        options: SEALED_OPTIONS,
        removedTags: REMOVED_TAGS,
        removedFilters: REMOVED_FILTERS,
        outputChars: RENDER_LIMITS.outputChars,
      },
    });
  }

  private readonly timeoutMs: number;

  /**
   * Renders the parts with the same plain-data context, in order.
   * @throws TemplateRenderError when a part fails, exceeds a limit or the time runs out.
   */
  async render(parts: TemplatePart[], context: object): Promise<string[]> {
    let answer: WorkerAnswer;
    try {
      answer = (await this.pool.run({ parts, context }, { signal: AbortSignal.timeout(this.timeoutMs) })) as WorkerAnswer;
    } catch (error) {
      const name = (error as { name?: string })?.name;
      if (name === 'AbortError' || name === 'TimeoutError') throw new TemplateRenderError('TIMEOUT');
      // The thread died (e.g. its heap limit): the template asked for too much.
      throw new TemplateRenderError('LIMIT');
    }
    if (!answer.ok) throw new TemplateRenderError(answer.reason);
    return answer.parts;
  }

  /** Stops the worker threads (at shutdown). */
  async close(): Promise<void> {
    await this.pool.destroy();
  }
}

/**
 * Problems that only show when a template runs (too slow, too big, too hungry), found by
 * rendering each part alone with sample data; naming the field, like templateProblems.
 */
export async function templateRuntimeProblems(
  renderer: TemplateRenderer,
  template: { subject: string; body: string },
  sample: object,
): Promise<{ field: 'subject' | 'body'; message: string }[]> {
  const problems: { field: 'subject' | 'body'; message: string }[] = [];
  for (const field of ['subject', 'body'] as const) {
    try {
      await renderer.render([{ source: template[field], escapeHtml: true }], sample);
    } catch (error) {
      if (!(error instanceof TemplateRenderError)) throw error;
      problems.push({ field, message: error.message });
    }
  }
  return problems;
}
