// @ts-check
'use strict';
/**
 * Renders organization templates inside a worker thread of the template pool
 * (template-renderer.ts), so that a template that runs too long can be stopped by terminating
 * the thread without the API's event loop ever waiting for it. Plain CommonJS so that the same
 * file runs from the source tree (tests) and from the build. The engine's options and the tags
 * and filters to remove come from the main thread (template-engine.ts), so both build the same
 * sealed engine.
 */
const { Liquid } = require('liquidjs');
const { workerData } = require('piscina');

/** @param {boolean} escapeHtml */
function build(escapeHtml) {
  const engine = new Liquid({ ...workerData.options, outputEscape: escapeHtml ? 'escape' : undefined });
  for (const tag of workerData.removedTags) delete engine.tags[tag];
  for (const filter of workerData.removedFilters) delete engine.filters[filter];
  return engine;
}

const engines = { text: build(false), html: build(true) };

/**
 * @param {{ parts: { source: string, escapeHtml: boolean }[], context: Record<string, unknown> }} task
 * @returns {Promise<{ ok: true, parts: string[] } | { ok: false, reason: 'LIMIT' | 'OUTPUT' | 'ERROR' }>}
 */
module.exports = async function renderTemplates(task) {
  const parts = [];
  try {
    for (const part of task.parts) {
      const engine = part.escapeHtml ? engines.html : engines.text;
      const output = await engine.parseAndRender(part.source, task.context);
      if (output.length > workerData.outputChars) return { ok: false, reason: 'OUTPUT' };
      parts.push(output);
    }
  } catch (error) {
    // Only the kind of failure crosses back: an engine message may quote rendered values.
    const text = error instanceof Error ? error.message : '';
    return { ok: false, reason: /limit/i.test(text) || error instanceof RangeError ? 'LIMIT' : 'ERROR' };
  }
  return { ok: true, parts };
};
