// `npm run bench`: Candor's measured figures, each beside a baseline from the same run.
// Prints a table and writes bench-results/latest.json. Numbers, not pass/fail.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { measureEmails } from './emails.mjs';
import { measurePageWeight } from './page-weight.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const kb = (bytes) => (bytes / 1024).toFixed(1);
const rows = [];

const { routes, baseline } = await measurePageWeight();
for (const [name, weight] of Object.entries(routes)) {
  const status = name === 'candidate status page';
  rows.push({
    figure: `JS for ${name} (gzip KB)`,
    candor: kb(weight.gzipBytes),
    baseline: kb(baseline.gzipBytes),
    baselineIs: 'bare React page, same build',
    ratio: (weight.gzipBytes / baseline.gzipBytes).toFixed(2),
    target: status ? '<= 90 KB' : '',
    meetsTarget: status ? weight.gzipBytes <= 90 * 1024 : '',
  });
}

const emails = await measureEmails();
rows.push({
  figure: `bulk move of ${emails.count} -> all emails received (msgs/s)`,
  candor: emails.perSecond.toFixed(1),
  baseline: emails.baseline.perSecond.toFixed(1),
  baselineIs: 'nodemailer alone, same sink, 4 pooled connections',
  ratio: (emails.perSecond / emails.baseline.perSecond).toFixed(2),
  target: '',
  meetsTarget: '',
});
rows.push({
  figure: `bulk move of ${emails.count}: seconds (request / until all received)`,
  candor: `${emails.moveSeconds.toFixed(1)} / ${emails.seconds.toFixed(1)}`,
  baseline: emails.baseline.seconds.toFixed(1),
  baselineIs: 'nodemailer alone',
  ratio: (emails.seconds / emails.baseline.seconds).toFixed(2),
  target: '',
  meetsTarget: '',
});
rows.push({
  figure: 'duplicate emails received',
  candor: String(emails.duplicates),
  baseline: '0',
  baselineIs: 'none expected',
  ratio: '',
  target: '0',
  meetsTarget: emails.duplicates === 0 && emails.received === emails.count,
});

console.table(rows);
mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
const file = join(ROOT, 'bench-results', 'latest.json');
writeFileSync(file, JSON.stringify({ at: new Date().toISOString(), node: process.version, rows, routes, baseline, emails }, null, 2));
console.log(`Wrote ${file}`);
