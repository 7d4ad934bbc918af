// SpamAssassin's local tests (no network: -L) over one email of each kind Candor sends, as
// written by apps/api/test/email-kinds.integration-spec.ts into test-results/mail-samples/
// (or the folder given). Fails when an email scores above 0.5 points in all, or when any one
// rule scores above 0.1: a rule that fires at all is something a filter holds against us.
// `.ci/run` installs spamassassin from Debian; `npm run mail-check` writes the samples and runs this.
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const MAX_TOTAL = 0.5;
const MAX_RULE = 0.1;
const dir = resolve(process.argv[2] ?? join(import.meta.dirname, '..', '..', 'test-results', 'mail-samples'));

function spamassassin(message) {
  return new Promise((done, fail) => {
    const child = execFile('spamassassin', ['-L', '-t'], { maxBuffer: 16 * 1024 * 1024 }, (error, stdout) => (error ? fail(error) : done(stdout)));
    child.stdin.end(message);
  });
}

/** The score and the rules that fired, from the report `-t` appends. */
export function parseReport(report) {
  const total = /Content analysis details:\s+\((-?\d+(?:\.\d+)?) points/.exec(report);
  if (!total) throw new Error('SpamAssassin wrote no report');
  const details = report.slice(total.index);
  const rules = [...details.matchAll(/^\s*(-?\d+(?:\.\d+)?)\s+([A-Z0-9_]+)\s+(.*)$/gm)].map(([, points, name, about]) => ({ points: Number(points), name, about }));
  return { total: Number(total[1]), rules };
}

const samples = readdirSync(dir).filter((name) => name.endsWith('.eml')).sort();
if (samples.length === 0) {
  console.error(`No samples in ${dir}: run the email-kinds spec first (npm run mail-check does).`);
  process.exit(1);
}
let failed = false;
for (const name of samples) {
  const { total, rules } = parseReport(await spamassassin(readFileSync(join(dir, name))));
  const offending = rules.filter((rule) => rule.points > MAX_RULE);
  const bad = total > MAX_TOTAL || offending.length > 0;
  failed ||= bad;
  console.log(`${bad ? 'FAIL' : 'ok  '} ${name.padEnd(22)} ${total.toFixed(1).padStart(5)} points  ${rules.map((r) => `${r.name} ${r.points}`).join(', ')}`);
  for (const rule of offending) console.log(`       ${rule.name} (${rule.points} > ${MAX_RULE}): ${rule.about}`);
}
console.log(`${samples.length} emails; limits: ${MAX_TOTAL} points in all, ${MAX_RULE} per rule.`);
process.exit(failed ? 1 : 0);
