// @ts-check
'use strict';
/**
 * The entry of the template worker threads (template-renderer.ts): checks and renders
 * organization templates in the sandbox, so that a template (or the processing of what it
 * rendered) that runs too long can be stopped by terminating the thread, and the API's event
 * loop never waits for it. Only the kind of failure crosses back: an engine message may quote
 * rendered values.
 */
const { workerData } = require('piscina');
const { createSandbox } = require('./template-sandbox.cjs');

/**
 * One sandbox per kind of template, each allowing that kind's placeholders only.
 * @type {Record<string, ReturnType<typeof createSandbox>>}
 */
const sandboxes = Object.fromEntries(
  Object.entries(/** @type {Record<string, string[]>} */ (workerData.variables)).map(([kind, names]) => [kind, createSandbox(workerData.limits, names)]),
);

/**
 * @param {{ kind: 'check' | 'render', templateKind: string, template: { subject: string, body: string }, context?: object, started?: import('node:worker_threads').MessagePort }} task
 */
module.exports = async function templateTask(task) {
  // The caller's time limit starts now, not while the task waited for this thread.
  task.started?.postMessage('started');
  task.started?.close();
  const sandbox = sandboxes[task.templateKind];
  // Stryker disable next-line ConditionalExpression: the renderer only sends the kinds it gave the worker
  if (!sandbox) return { ok: false, reason: 'ERROR' };
  if (task.kind === 'check') return { ok: true, problems: sandbox.check(task.template) };
  try {
    return { ok: true, email: await sandbox.render(task.template, task.context ?? {}) };
  } catch (error) {
    const text = error instanceof Error ? error.message : '';
    const reason = /** @type {{ output?: boolean }} */ (error).output ? 'OUTPUT' : /limit/i.test(text) || error instanceof RangeError ? 'LIMIT' : 'ERROR';
    return { ok: false, reason };
  }
};
