// The packaged runtime (npm run package) run as the image runs it, without Docker: installed with
// `npm ci --omit=dev` into a fresh folder owned by root, started from that folder by a user who
// cannot write to it, with NODE_ENV=production and the compose file's `app` environment.
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, copyFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { freePort, waitFor } from '../bench/candor-process.mjs';

export const ROOT = new URL('../..', import.meta.url).pathname;
export const LAYOUT = JSON.parse(readFileSync(join(ROOT, 'tools/package-layout.json'), 'utf8'));
/** The unprivileged OS user the server runs as when this runs as root (CI), like USER in the Dockerfile. */
export const RUN_AS = 'candor-ci';

const temporary = [];
process.once('exit', () => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A fresh folder others may enter (mkdtemp makes it 700), removed when this process exits unless `keep`. */
export function freshFolder(prefix, { keep = false } = {}) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  chmodSync(dir, 0o755);
  if (!keep) temporary.push(dir);
  return dir;
}

/**
 * Copies the built package (LAYOUT.outDir) into a fresh folder and installs its production
 * dependencies from its own lock, as the image's runtime stage does. Returns the folder, which
 * is removed when this process exits unless `keep`.
 */
export function installPackage({ keep = false } = {}) {
  const source = join(ROOT, LAYOUT.outDir);
  if (!existsSync(join(source, 'package-lock.json'))) throw new Error(`${LAYOUT.outDir} is missing: run \`npm run package\` first.`);
  const dir = join(freshFolder('candor-package-', { keep }), 'app');
  cpSync(source, dir, { recursive: true });
  execFileSync('npm', ['ci', '--omit=dev', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], { cwd: dir, stdio: ['ignore', 2, 2] });
  return dir;
}

/** The compose file's `app` environment, with `${...}` interpolations left out (the caller sets those). */
export function composeAppEnvironment() {
  const compose = parse(readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8'));
  return Object.fromEntries(Object.entries(compose.services.app.environment).filter(([, value]) => !String(value).includes('${')));
}

/**
 * How to start a command as RUN_AS: `setpriv` (no PAM, keeps the environment, execs in place so
 * signals reach the server) after creating the system user if missing. Not root: as oneself.
 */
function asUnprivileged(command, args) {
  if (process.getuid?.() !== 0) return { command, args };
  try {
    execFileSync('id', ['-u', RUN_AS], { stdio: 'ignore' });
  } catch {
    execFileSync('useradd', ['--system', '--no-create-home', '--shell', '/usr/sbin/nologin', RUN_AS]);
  }
  return { command: 'setpriv', args: ['--reuid', RUN_AS, '--regid', RUN_AS, '--init-groups', '--', command, ...args] };
}

/**
 * A Node binary the unprivileged user can run: the given one (e.g. Node 24 from the npm cache in
 * root's home) copied into a fresh folder, or this process's own.
 */
const nodeCopies = new Map();
function reachableNode(node) {
  if (!node || node === process.execPath) return process.execPath;
  if (!nodeCopies.has(node)) {
    const copy = join(freshFolder('candor-node-'), 'node');
    copyFileSync(node, copy);
    chmodSync(copy, 0o755);
    nodeCopies.set(node, copy);
  }
  return nodeCopies.get(node);
}

/** Spawns the installed package's entry (as the image's CMD, from its folder) with only the compose `app` environment plus `env`. */
async function spawnPackaged({ dir, env, node }) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const binary = reachableNode(node);
  const dataDir = freshFolder('candor-data-');
  const { command, args } = asUnprivileged(binary, [LAYOUT.entry]);
  if (process.getuid?.() === 0) execFileSync('chown', [RUN_AS, dataDir]);
  const child = spawn(command, args, {
    cwd: dir,
    // Nothing of this shell's environment but PATH: the server gets what the compose file gives it.
    env: { PATH: process.env.PATH, HOME: dataDir, ...composeAppEnvironment(), DATA_DIR: dataDir, PORT: String(port), PUBLIC_URL: url, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = { stdout: '', stderr: '' };
  child.stdout.on('data', (chunk) => (output.stdout += chunk));
  child.stderr.on('data', (chunk) => (output.stderr += chunk));
  return { child, url, binary, output };
}

/**
 * Runs the installed package until it exits by itself (a start-up refusal), within 20 s.
 * @returns {Promise<{ code: number | null, stdout: string, stderr: string }>}
 */
export async function runUntilExit({ dir, env, node }) {
  const { child, output } = await spawnPackaged({ dir, env, node });
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  const code = await new Promise((resolve) => child.once('exit', (exitCode) => resolve(exitCode)));
  clearTimeout(timer);
  return { code, ...output };
}

/**
 * Starts the installed package (see spawnPackaged) on a free port and waits for /health to answer 200.
 * @param {{ dir: string, env: Record<string, string>, node?: string }} options
 * @returns {Promise<{ url: string, version: string, uid: number, log: () => string, stop: () => Promise<number | null> }>}
 */
export async function startPackagedServer({ dir, env, node }) {
  const { child, url, binary, output } = await spawnPackaged({ dir, env, node });
  const version = execFileSync(binary, ['--version'], { encoding: 'utf8' }).trim();
  const log = () => `${output.stdout}${output.stderr}`;
  try {
    await waitFor(
      async () => {
        if (child.exitCode !== null) throw new Error(`The packaged server exited during start-up (code ${child.exitCode})`);
        const res = await fetch(`${url}/health`).catch(() => null);
        return res?.status === 200;
      },
      60_000,
      "the packaged server's /health to answer 200",
    );
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`${error.message}:\n${log()}`);
  }
  const uid = Number(/^Uid:\s+(\d+)/m.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))[1]);
  return {
    url,
    version,
    /** The OS user id the server runs as (never 0: see asUnprivileged). */
    uid,
    log,
    async stop() {
      if (child.exitCode !== null) return child.exitCode;
      const exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      return exited;
    },
  };
}

/** A GraphQL client for the server at `url`; `token` (set by the caller) goes as a bearer token. */
export function graphqlClient(url) {
  const client = {
    token: '',
    async request(query, variables = {}) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(client.token ? { authorization: `Bearer ${client.token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = await res.json();
      if (body.errors) throw new Error(`GraphQL error: ${JSON.stringify(body.errors)}`);
      return body.data;
    },
  };
  return client;
}
