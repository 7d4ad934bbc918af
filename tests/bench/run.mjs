// `npm run bench`: Candor's measured figures, each beside a baseline from the same run.
// Prints a table and writes bench-results/latest.json. Numbers, not pass/fail.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { measurePageWeight } from './page-weight.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const kb = (bytes) => (bytes / 1024).toFixed(1);

const rows = [];
const { routes, baseline } = await measurePageWeight();
for (const [name, weight] of Object.entries(routes)) {
  rows.push({
    figure: `JS for ${name} (gzip KB)`,
    candor: kb(weight.gzipBytes),
    baseline: kb(baseline.gzipBytes),
    baselineIs: 'bare React page, same build',
    ratio: (weight.gzipBytes / baseline.gzipBytes).toFixed(2),
    target: name === 'candidate status page' ? '<= 90 KB' : '',
    meetsTarget: name === 'candidate status page' ? weight.gzipBytes <= 90 * 1024 : null,
  });
}

console.table(rows);
mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
const file = join(ROOT, 'bench-results', 'latest.json');
writeFileSync(file, JSON.stringify({ at: new Date().toISOString(), node: process.version, rows, routes, baseline }, null, 2));
console.log(`Wrote ${file}`);
