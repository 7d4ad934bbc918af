// Page weight: the gzipped JavaScript a browser loads for the candidate status page and for the
// recruiter app (from Vite's manifest), beside a bare React page built in the same run.
import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = new URL('../..', import.meta.url).pathname;
const PORTAL_DIST = join(ROOT, 'apps/portal/dist');

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** The JS files a browser fetches for `key` and everything it imports statically. */
function closure(manifest, key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const dep of manifest[key].imports ?? []) closure(manifest, dep, seen);
  return seen;
}

function jsBytes(manifest, keys, dist) {
  const files = [...keys].map((k) => manifest[k].file).filter((f) => f.endsWith('.js'));
  return { files, gzipBytes: files.reduce((sum, f) => sum + gz(join(dist, f)), 0) };
}

export async function measurePageWeight() {
  const manifest = JSON.parse(readFileSync(join(PORTAL_DIST, '.vite/manifest.json'), 'utf8'));
  const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
  const entry = closure(manifest, entryKey);
  const routes = {};
  for (const dynamic of manifest[entryKey].dynamicImports ?? []) {
    const keys = closure(manifest, dynamic, new Set(entry));
    const name = /status/i.test(dynamic) ? 'candidate status page' : /app/i.test(dynamic) ? 'recruiter app' : dynamic;
    routes[name] = jsBytes(manifest, keys, PORTAL_DIST);
  }

  const { build } = await import('vite');
  const react = (await import('@vitejs/plugin-react')).default;
  const outDir = mkdtempSync(join(tmpdir(), 'candor-baseline-'));
  await build({
    root: join(ROOT, 'tests/bench/baseline-page'),
    logLevel: 'silent',
    plugins: [react()],
    build: { outDir, manifest: true, emptyOutDir: true },
  });
  const baseManifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8'));
  const baseEntry = Object.keys(baseManifest).find((k) => baseManifest[k].isEntry);
  const baseline = jsBytes(baseManifest, closure(baseManifest, baseEntry), outDir);
  return { routes, baseline };
}
