import { Liquid, Template } from 'liquidjs';
import { FieldProblem } from '@candor/domain';
import { TEMPLATE_VARIABLES } from './template-variables';

export const TEMPLATE_LIMITS = { subject: 300, body: 10_000 } as const;

/**
 * Liquid is made for templates written by untrusted people: no code runs, templates see only
 * the plain values given, and these limits stop runaway loops. `escapeHtml` escapes every
 * output, for the HTML part.
 */
function engine(escapeHtml: boolean): Liquid {
  return new Liquid({
    ownPropertyOnly: true,
    strictFilters: true,
    strictVariables: false,
    outputEscape: escapeHtml ? 'escape' : undefined,
    parseLimit: 100_000,
    renderLimit: 200,
    memoryLimit: 10_000_000,
    cache: false,
  });
}

export const textEngine = engine(false);
export const htmlEngine = engine(true);

/** What is wrong with a template (syntax, unknown placeholders, length), naming the field. */
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
      parsed = textEngine.parse(source);
    } catch (error) {
      problems.push({ field, message: `has a template syntax error: ${firstLine(error)}` });
      continue;
    }
    const unknown = textEngine
      .globalFullVariablesSync(parsed)
      .filter((name) => !(name in TEMPLATE_VARIABLES));
    if (unknown.length > 0) {
      problems.push({
        field,
        message: `uses unknown placeholder ${[...new Set(unknown)].map((n) => `{{ ${n} }}`).join(', ')}; available: ${Object.keys(TEMPLATE_VARIABLES).join(', ')}`,
      });
    }
  }
  return problems;
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0].slice(0, 200);
}
