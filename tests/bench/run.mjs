// `npm run bench`: Candor's measured figures, each beside a baseline from the same run on the
// same machine. Prints a table and writes bench-results/latest.json. Numbers, not pass/fail:
// `meetsTarget` says where the issue set a target. BENCH_ONLY=status,board,emails,pages,startup
// runs a subset.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { measureBoard } from './board.mjs';
import { measureEmails } from './emails.mjs';
import { measurePageWeight } from './page-weight.mjs';
import { measureStartup } from './startup.mjs';
import { measureStatusReads } from './status-reads.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const only = process.env.BENCH_ONLY?.split(',');
const wanted = (name) => !only || only.includes(name);
const kb = (bytes) => (bytes / 1024).toFixed(1);
const fixed = (n, digits = 1) => (n === null || n === undefined ? '' : Number(n).toFixed(digits));
const rows = [];
const results = { at: new Date().toISOString(), node: process.version, cpus: (await import('node:os')).cpus().length };
const row = (figure, candor, baseline, baselineIs, ratio, target = '', meetsTarget = '') =>
  rows.push({ figure, candor, baseline, baselineIs, ratio, target, meetsTarget });

if (wanted('status')) {
  const status = (results.statusReads = await measureStatusReads());
  for (const [i, run] of status.candor.entries()) {
    const base = status.baseline[i];
    const prepared = status.baselinePrepared[i];
    const at50 = run.connections === 50;
    const ratio = run.requestsPerSecond / base.requestsPerSecond;
    row(`status reads, ${run.connections} connections (req/s)`, fixed(run.requestsPerSecond, 0), fixed(base.requestsPerSecond, 0),
      'bare node:http + pg, same SQL', fixed(ratio, 2), at50 ? 'ratio >= 0.5' : '', at50 ? ratio >= 0.5 : '');
    row(`status reads, ${run.connections} connections (req/s), vs a prepared baseline`, fixed(run.requestsPerSecond, 0), fixed(prepared.requestsPerSecond, 0),
      'bare node:http + pg, same SQL prepared as Candor does', fixed(run.requestsPerSecond / prepared.requestsPerSecond, 2));
    row(`status reads, ${run.connections} connections (p50 / p99 ms)`, `${run.p50} / ${run.p99}`, `${base.p50} / ${base.p99}`,
      'bare node:http + pg', fixed(run.p99 / base.p99, 2), at50 ? 'p99 < 50 ms' : '', at50 ? run.p99 < 50 : '');
    row(`status reads, ${run.connections} connections (failed responses)`, String(run.failures), String(base.failures + prepared.failures), 'must be 0', '', '0', run.failures === 0);
  }
  row('API resident memory after the status reads (MB)', fixed(status.memoryMb, 0), fixed(status.baselineMemoryMb, 0), 'bare node:http + pg process', fixed(status.memoryMb / status.baselineMemoryMb, 2));
}

if (wanted('board')) {
  const board = (results.board = await measureBoard());
  row(`board of ${board.candidates}: server time (median / p95 ms)`, `${fixed(board.serverMs.median, 0)} / ${fixed(board.serverMs.p95, 0)}`,
    `${fixed(board.baselineMs.median, 0)} / ${fixed(board.baselineMs.p95, 0)}`, 'the same rows, 3 plain SQL via pg', fixed(board.serverMs.median / board.baselineMs.median, 1));
  row(`board of ${board.candidates}: SQL statements per request`, String(board.statements), '3', 'stages, candidates, steps', '', '<= 5 for the board data (+ session, + me)', '');
  if (board.renderMs) row(`board of ${board.candidates}: Chromium, navigation to all cards shown (ms)`, fixed(board.renderMs.median, 0), '', '', '', '', '');
  const { health } = board;
  row(`/health while the heaviest accepted query runs (median / max ms; that query: ${fixed(health.heavyMs.median, 0)} ms)`,
    `${fixed(health.duringMs.median, 0)} / ${fixed(health.duringMs.max, 0)}`, `${fixed(health.idleMs.median, 0)} / ${fixed(health.idleMs.max, 0)}`,
    '/health with nothing else running', fixed(health.duringMs.max / Math.max(1, health.idleMs.max), 1));
}

if (wanted('emails')) {
  const emails = (results.emails = await measureEmails());
  row(`bulk move of ${emails.count} -> all emails received (msgs/s)`, fixed(emails.perSecond), fixed(emails.baseline.perSecond),
    'nodemailer alone, same sink, 4 pooled connections', fixed(emails.perSecond / emails.baseline.perSecond, 2));
  row(`bulk move of ${emails.count}: seconds (request / until all received)`, `${fixed(emails.moveSeconds)} / ${fixed(emails.seconds)}`,
    fixed(emails.baseline.seconds), 'nodemailer alone', fixed(emails.seconds / emails.baseline.seconds, 2));
  row('duplicate emails received', String(emails.duplicates), '0', 'none expected', '', '0', emails.duplicates === 0 && emails.received === emails.count);
}

if (wanted('pages')) {
  const { routes, baseline } = (results.pageWeight = await measurePageWeight());
  for (const [name, weight] of Object.entries(routes)) {
    const status = name === 'candidate status page';
    row(`JS for ${name} (gzip KB)`, kb(weight.gzipBytes), kb(baseline.gzipBytes), 'bare React page, same build',
      fixed(weight.gzipBytes / baseline.gzipBytes, 2), status ? '<= 90 KB' : '', status ? weight.gzipBytes <= 90 * 1024 : '');
  }
}

if (wanted('startup')) {
  const startup = (results.startup = await measureStartup());
  row('start-up on a fresh embedded database to /health 200 (s)', fixed(startup.seconds, 2), fixed(startup.baseline, 2),
    'embedded PostgreSQL alone: initdb + start', fixed(startup.seconds / startup.baseline, 1));
  row('restart on the data of that first start to /health 200 (s)', fixed(startup.restartSeconds, 2), fixed(startup.seconds, 2),
    'the first start, above', fixed(startup.restartSeconds / startup.seconds, 2));
}

console.table(rows);
mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
const file = join(ROOT, 'bench-results', 'latest.json');
writeFileSync(file, JSON.stringify({ ...results, rows }, null, 2));
console.log(`Wrote ${file}`);
