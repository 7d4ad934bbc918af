import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lockDataDir } from '../data-dir-lock';
import { StartupError } from '../startup-error';

describe('lockDataDir', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'candor-lock-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes this process id, leaves nothing aside, and release removes it', () => {
    const lock = lockDataDir(dir);
    expect(readFileSync(join(dir, 'candor.pid'), 'utf8')).toBe(`${process.pid}\n`);
    expect(existsSync(join(dir, `candor.pid.${process.pid}`))).toBe(false);
    lock.release();
    expect(existsSync(join(dir, 'candor.pid'))).toBe(false);
  });

  it('refuses while a living node process holds it, naming the folder and the process id', async () => {
    const holder = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    try {
      writeFileSync(join(dir, 'candor.pid'), `${holder.pid}\n`);
      expect(() => lockDataDir(dir)).toThrow(StartupError);
      expect(() => lockDataDir(dir)).toThrow(`Candor is already running with the data folder ${dir} (process id ${holder.pid}).`);
      expect(readFileSync(join(dir, 'candor.pid'), 'utf8')).toBe(`${holder.pid}\n`);
    } finally {
      const exited = new Promise((resolve) => holder.once('exit', resolve));
      holder.kill('SIGKILL');
      await exited;
    }
  });

  it('takes over a lock whose process id a newer Node process has (reused after a reboot or a container restart)', async () => {
    const stranger = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    try {
      const file = join(dir, 'candor.pid');
      writeFileSync(file, `${stranger.pid}\n`);
      const anHourAgo = new Date(Date.now() - 3_600_000);
      utimesSync(file, anHourAgo, anHourAgo); // written before that process started: not by it
      const lock = lockDataDir(dir);
      expect(readFileSync(file, 'utf8')).toBe(`${process.pid}\n`);
      lock.release();
    } finally {
      const exited = new Promise((resolve) => stranger.once('exit', resolve));
      stranger.kill('SIGKILL');
      await exited;
    }
  });

  it('takes over a lock whose process is gone', async () => {
    const gone = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
    await new Promise((resolve) => gone.once('exit', resolve));
    writeFileSync(join(dir, 'candor.pid'), `${gone.pid}\n`);
    const lock = lockDataDir(dir);
    expect(readFileSync(join(dir, 'candor.pid'), 'utf8')).toBe(`${process.pid}\n`);
    lock.release();
  });

  it('release leaves a lock that another process took meanwhile', () => {
    const lock = lockDataDir(dir);
    writeFileSync(join(dir, 'candor.pid'), '1\n');
    lock.release();
    expect(readFileSync(join(dir, 'candor.pid'), 'utf8')).toBe('1\n');
  });
});
