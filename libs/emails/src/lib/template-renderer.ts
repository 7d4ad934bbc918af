import { join } from 'node:path';
import { MessageChannel } from 'node:worker_threads';
import type { FieldProblem } from '@candor/domain';
import { Piscina } from 'piscina';
import type { EmailTemplate } from './default-templates';
import { createSandbox } from './template-sandbox.cjs';
import { RENDER_LIMITS, templateLengthProblems } from './template-engine';
import { TEMPLATE_VARIABLES_BY_KIND, TemplateKind } from './template-variables';

/** Why a template could not be checked or rendered; the message never quotes rendered values. */
export type TemplateFailure = 'TIMEOUT' | 'LIMIT' | 'OUTPUT' | 'ERROR' | 'BUSY';

/** What a person editing the template reads, per failure. */
export const TEMPLATE_FAILURE_MESSAGES: Record<TemplateFailure, string> = {
  TIMEOUT: `takes too long to render (the limit is ${RENDER_LIMITS.timeoutMs / 1000} s); remove long loops`,
  LIMIT: 'uses too much time or memory while rendering; remove long loops and ranges',
  OUTPUT: `renders to more than ${RENDER_LIMITS.outputChars.toLocaleString('en-US')} characters`,
  ERROR: 'could not be rendered; check its tags and filters',
  BUSY: 'could not be checked now: email rendering is busy; try again in a moment',
};

export class TemplateRenderError extends Error {
  constructor(readonly reason: TemplateFailure) {
    super(TEMPLATE_FAILURE_MESSAGES[reason]);
    this.name = 'TemplateRenderError';
  }
}

/** A template rendered into the parts of an email (before the layout). */
export interface RenderedTemplate {
  /** One line of plain text. */
  subject: string;
  /** The body's paragraphs as safe HTML (allowlisted markup, escaped values). */
  paragraphsHtml: string[];
  /** The body as plain text, paragraphs separated by a blank line. */
  text: string;
}

type WorkerAnswer =
  | { ok: true; problems: FieldProblem[] }
  | { ok: true; email: RenderedTemplate }
  | { ok: false; reason: 'LIMIT' | 'OUTPUT' | 'ERROR' };

/** Each kind of template's placeholder names (the worker makes one sandbox per kind). */
const VARIABLES = Object.fromEntries(Object.entries(TEMPLATE_VARIABLES_BY_KIND).map(([kind, variables]) => [kind, Object.keys(variables)])) as Record<TemplateKind, string[]>;
const SANDBOX_LIMITS = { engineRenderMs: RENDER_LIMITS.engineRenderMs, engineMemory: RENDER_LIMITS.engineMemory, outputChars: RENDER_LIMITS.outputChars };

/**
 * Checks and renders organization templates in a small pool of worker threads (piscina), never
 * on the API's event loop: `/health` and every other request keep being answered while a hostile
 * template runs. A task is aborted (its thread terminated) `timeoutMs` after a thread picked it
 * up; each thread's heap is capped; at most `maxQueued` tasks wait for a thread, and none longer
 * than its `maxWaitMs`: beyond that the answer is BUSY. Candor's own default templates are rendered in-process
 * (`renderTrusted`): an email never fails because the pool is busy.
 */
export class TemplateRenderer {
  private readonly pool: Piscina;
  private readonly threads: number;
  private readonly timeoutMs: number;
  private readonly maxQueued: number;
  /** Tasks given to the pool and not yet answered (counted here: piscina may hand several to one busy thread). */
  private inFlight = 0;
  /** The in-process sandboxes for Candor's own templates, per kind, made on first use. */
  private readonly trusted = new Map<TemplateKind, ReturnType<typeof createSandbox>>();

  constructor(options: { threads?: number; timeoutMs?: number; maxQueued?: number } = {}) {
    this.timeoutMs = options.timeoutMs ?? RENDER_LIMITS.timeoutMs;
    this.threads = options.threads ?? 2;
    this.maxQueued = options.maxQueued ?? RENDER_LIMITS.maxQueued;
    this.pool = new Piscina({
      filename: join(__dirname, 'template-worker.cjs'),
      minThreads: 1,
      maxThreads: this.threads,
      idleTimeout: 60_000,
      resourceLimits: { maxOldGenerationSizeMb: RENDER_LIMITS.workerHeapMb, maxYoungGenerationSizeMb: 16 },
      workerData: { limits: SANDBOX_LIMITS, variables: VARIABLES },
    });
  }

  /**
   * Everything wrong with a template, naming the field: lengths here, syntax and placeholders in
   * a worker (parsing hostile text is not free either). `kind` says which placeholders it may
   * use (TEMPLATE_VARIABLES_BY_KIND; a stage's by default).
   * @throws TemplateRenderError (TIMEOUT, BUSY) when the check itself could not finish.
   */
  async check(template: EmailTemplate, kind: TemplateKind = 'STAGE'): Promise<FieldProblem[]> {
    const lengths = templateLengthProblems(template);
    if (lengths.length > 0) return lengths;
    // run() throws every failure: what comes back from a check holds its problems.
    const answer = (await this.run({ kind: 'check', templateKind: kind, template })) as Extract<WorkerAnswer, { problems: FieldProblem[] }>;
    return answer.problems;
  }

  /**
   * An organization's template rendered with plain-data variables, in a worker. `maxWaitMs` is how
   * long it may wait for a thread (a move waits briefly, then sends the default words instead).
   * @throws TemplateRenderError when it exceeds a limit, fails, or the pool is busy.
   */
  async render(template: EmailTemplate, variables: object, options: { maxWaitMs?: number; kind?: TemplateKind } = {}): Promise<RenderedTemplate> {
    // run() throws every failure: what comes back from a render holds its email.
    // Stryker disable next-line StringLiteral: the worker renders every task that is not a check
    const answer = (await this.run({ kind: 'render', templateKind: options.kind ?? 'STAGE', template, context: variables }, options.maxWaitMs)) as Extract<WorkerAnswer, { email: RenderedTemplate }>;
    return answer.email;
  }

  /** Candor's own templates (the defaults per stage kind and per email), rendered in-process: they are ours, short and loop-free. */
  renderTrusted(template: EmailTemplate, variables: object, kind: TemplateKind = 'STAGE'): Promise<RenderedTemplate> {
    let sandbox = this.trusted.get(kind);
    if (!sandbox) this.trusted.set(kind, (sandbox = createSandbox(SANDBOX_LIMITS, VARIABLES[kind])));
    return sandbox.render(template, variables);
  }

  /** Stops the worker threads (at shutdown). */
  async close(): Promise<void> {
    await this.pool.destroy();
  }

  /**
   * Runs a task in a worker. Its `timeoutMs` starts when a thread picks it up (the worker says so
   * on a port of its own), so tasks ahead of it in the queue never use up its time; while it
   * waits longer than `maxWaitMs` for a thread, or `maxQueued` tasks already wait, it is BUSY.
   */
  private async run(task: object, maxWaitMs: number = RENDER_LIMITS.maxWaitMs): Promise<WorkerAnswer> {
    if (this.inFlight >= this.threads + this.maxQueued) throw new TemplateRenderError('BUSY');
    const { port1, port2 } = new MessageChannel();
    const abort = new AbortController();
    /** The task ran longer than `timeoutMs` on its thread. */
    let overran = false;
    let runTimer: NodeJS.Timeout | undefined;
    // Waiting longer than maxWaitMs for a thread aborts the task; the worker's word that it started stops that clock and starts the run's.
    const waitTimer = setTimeout(() => abort.abort(), maxWaitMs);
    port1.once('message', () => {
      clearTimeout(waitTimer);
      runTimer = setTimeout(() => {
        overran = true;
        abort.abort();
      }, this.timeoutMs);
    });
    this.inFlight += 1;
    let answer: WorkerAnswer;
    try {
      answer = (await this.pool.run({ ...task, started: port2 }, { signal: abort.signal, transferList: [port2] })) as WorkerAnswer;
    } catch (error) {
      if (overran) throw new TemplateRenderError('TIMEOUT');
      // Its thread ran out of heap: this task asked for too much.
      if ((error as { code?: string })?.code === 'ERR_WORKER_OUT_OF_MEMORY') throw new TemplateRenderError('LIMIT');
      // It waited longer than maxWaitMs for a thread, or its thread was stopped for another
      // task's sake or by close(): not this template's doing.
      throw new TemplateRenderError('BUSY');
    } finally {
      this.inFlight -= 1;
      clearTimeout(waitTimer);
      clearTimeout(runTimer);
      port1.close();
    }
    if (!answer.ok) throw new TemplateRenderError(answer.reason);
    return answer;
  }
}

/**
 * Problems that only show when a template runs (too slow, too big, too hungry), found by
 * rendering it with sample data; naming the field when the subject alone fails.
 */
export async function templateRuntimeProblems(renderer: TemplateRenderer, template: EmailTemplate, sample: object, kind: TemplateKind = 'STAGE'): Promise<FieldProblem[]> {
  try {
    await renderer.render(template, sample, { kind });
    return [];
  } catch (error) {
    // Stryker disable next-line ConditionalExpression: render() only ever throws TemplateRenderError; this narrows the type
    if (!(error instanceof TemplateRenderError)) throw error;
    if (error.reason === 'BUSY') throw error;
    // Stryker disable next-line StringLiteral: any short body will do (an empty one renders too)
    const subjectAlone = await renderer.render({ subject: template.subject, body: 'x' }, sample, { kind }).then(
      // Stryker disable next-line ArrowFunction: undefined reads as "the subject renders" just as null does
      () => null,
      (e: unknown) => (e instanceof TemplateRenderError ? e : null),
    );
    return [{ field: subjectAlone ? 'subject' : 'body', message: (subjectAlone ?? error).message }];
  }
}
