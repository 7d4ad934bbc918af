import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { servesDirectory, stopLeftoverServer } from '../postgres-server';

/**
 * A stale postmaster.pid (left by a killed server, e.g. before a reboot) can name a process id that
 * now belongs to another PostgreSQL: the machine's own server, or another data folder's. Only the
 * server of this very folder may be stopped.
 */
describe('stopLeftoverServer', () => {
  const root = mkdtempSync(join(tmpdir(), 'candor-leftover-'));
  const ours = join(root, 'ours');
  const theirs = join(root, 'theirs');
  const children: ChildProcess[] = [];
  for (const dir of [ours, theirs]) mkdirSync(dir);
  afterAll(() => {
    for (const child of children) child.kill('SIGKILL');
    rmSync(root, { recursive: true, force: true });
  });

  /** A long-running process that looks like a postmaster of `dir` (its name, its -D and its working directory). */
  const fakePostmaster = async (dir: string) => {
    const child = spawn('bash', ['-c', `exec -a "postgres -D ${dir}" sleep 60`], { cwd: dir, stdio: 'ignore' });
    children.push(child);
    await new Promise((resolve) => setTimeout(resolve, 200));
    return child;
  };
  const alive = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;

  it('tells the server of a folder from one of another folder', async () => {
    const child = await fakePostmaster(theirs);
    expect(servesDirectory(child.pid!, `postgres -D ${theirs}`, theirs)).toBe(true);
    expect(servesDirectory(child.pid!, `postgres -D ${theirs}`, ours)).toBe(false);
  });

  it('never signals a PostgreSQL of another folder whose id a stale postmaster.pid names; the file goes', async () => {
    const victim = await fakePostmaster(theirs);
    writeFileSync(join(ours, 'postmaster.pid'), `${victim.pid}\n${ours}\n`);
    expect(await stopLeftoverServer(ours)).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(alive(victim)).toBe(true);
    expect(existsSync(join(ours, 'postmaster.pid'))).toBe(false);
  });

  it('stops the server left running on this folder', async () => {
    const leftover = await fakePostmaster(ours);
    const exited = new Promise((resolve) => leftover.once('exit', resolve));
    writeFileSync(join(ours, 'postmaster.pid'), `${leftover.pid}\n${ours}\n`);
    expect(await stopLeftoverServer(ours)).toBe(true);
    await exited;
    expect(alive(leftover)).toBe(false);
  });
});
