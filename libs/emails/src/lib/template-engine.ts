import { Liquid, LiquidOptions, Template } from 'liquidjs';
import { FieldProblem } from '@candor/domain';
import { TEMPLATE_VARIABLES } from './template-variables';

/** Longest subject and body an organization may save, in characters. */
export const TEMPLATE_LIMITS = { subject: 300, body: 10_000 } as const;

/**
 * Hard limits on rendering one organization's template. `timeoutMs` is enforced from outside
 * the engine (the render runs in a worker thread that is terminated when it is exceeded);
 * the engine's own limits cut in earlier for the common cases (liquidjs needs both
 * `renderLimit` and `memoryLimit`: either alone lets ranges or nested loops run for seconds).
 */
export const RENDER_LIMITS = {
  /** Wall time for rendering one email's parts, in ms (worker terminated after it). */
  timeoutMs: 1_000,
  /** liquidjs' own render-time budget, in ms. */
  engineRenderMs: 250,
  /** liquidjs' budget of characters and range items allocated while rendering. */
  engineMemory: 5_000_000,
  /** Longest rendered part, in characters. */
  outputChars: 100_000,
  /** The worker's V8 heap, in MiB. */
  workerHeapMb: 64,
} as const;

/** Tags that would reach templates outside the one being rendered (files, layouts): removed. */
export const REMOVED_TAGS = ['include', 'render', 'layout', 'block'] as const;
/** Filters that would undo output escaping in the HTML part: removed. */
export const REMOVED_FILTERS = ['raw'] as const;

/**
 * The engine options every Candor template runs with. No file system at all: `templates` is an
 * empty in-memory map (so no partial can be found), partials and relative references are off,
 * and the tags that load other templates are deleted, so such templates fail at parse time.
 * Plain JSON, so that the render worker builds exactly the same engine.
 */
export const SEALED_OPTIONS = {
  templates: {},
  relativeReference: false,
  dynamicPartials: false,
  jekyllInclude: false,
  ownPropertyOnly: true,
  strictFilters: true,
  strictVariables: false,
  parseLimit: 100_000,
  renderLimit: RENDER_LIMITS.engineRenderMs,
  memoryLimit: RENDER_LIMITS.engineMemory,
  cache: false,
} satisfies LiquidOptions;

/** A sealed engine; `escapeHtml` escapes every output (for the HTML part). */
export function sealedEngine(escapeHtml: boolean): Liquid {
  const engine = new Liquid({ ...SEALED_OPTIONS, outputEscape: escapeHtml ? 'escape' : undefined });
  for (const tag of REMOVED_TAGS) delete (engine.tags as Record<string, unknown>)[tag];
  for (const filter of REMOVED_FILTERS) delete (engine.filters as Record<string, unknown>)[filter];
  return engine;
}

/** For checking templates when they are saved or previewed; rendering happens in the worker. */
const parser = sealedEngine(false);

/** What is wrong with a template (syntax, removed tags, unknown placeholders, length), naming the field. */
export function templateProblems(template: { subject: string; body: string }): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const field of ['subject', 'body'] as const) {
    const source = template[field];
    if (!source.trim()) {
      problems.push({ field, message: 'must not be empty' });
      continue;
    }
    if (source.length > TEMPLATE_LIMITS[field]) {
      problems.push({ field, message: `must be at most ${TEMPLATE_LIMITS[field]} characters` });
      continue;
    }
    let parsed: Template[];
    try {
      parsed = parser.parse(source);
    } catch (error) {
      problems.push({ field, message: syntaxProblem(error) });
      continue;
    }
    const unknown = parser.globalFullVariablesSync(parsed).filter((name) => !(name in TEMPLATE_VARIABLES));
    if (unknown.length > 0) {
      problems.push({
        field,
        message: `uses unknown placeholder ${[...new Set(unknown)].map((n) => `{{ ${n} }}`).join(', ')}; available: ${Object.keys(TEMPLATE_VARIABLES).join(', ')}`,
      });
    }
  }
  return problems;
}

function syntaxProblem(error: unknown): string {
  const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
  const removedTag = REMOVED_TAGS.find((tag) => new RegExp(`tag "?${tag}"? not found`).test(message));
  if (removedTag) return `uses {% ${removedTag} %}, which email templates may not use: a template cannot load other files or templates`;
  const removedFilter = REMOVED_FILTERS.find((filter) => new RegExp(`undefined filter: ${filter}\\b`).test(message));
  if (removedFilter) return `uses the "${removedFilter}" filter, which email templates may not use: every value is escaped in the HTML part`;
  return `has a template syntax error: ${message.slice(0, 200)}`;
}
