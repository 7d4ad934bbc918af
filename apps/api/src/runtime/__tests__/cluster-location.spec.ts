import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unreachableFolder } from '../cluster-location';

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
