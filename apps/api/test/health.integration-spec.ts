import { fileDatabaseUrl } from './support/file-database';
import { TcpProxy } from './support/tcp-proxy';
import { startTestApp, TestApp } from './support/test-app';
import { waitFor } from './support/wait-for';

/**
 * /health/live (the process answers), /health/ready (the database and the job queue answer) and
 * /health as before, with the database reached through a TCP proxy the test cuts and restores.
 */
describe('health checks', () => {
  let proxy: TcpProxy;
  let t: TestApp;

  beforeAll(async () => {
    const url = new URL(await fileDatabaseUrl());
    proxy = new TcpProxy(url.hostname, Number(url.port || 5432));
    await proxy.start();
    t = await startTestApp({}, proxy.through(url.toString()));
  });
  afterAll(async () => {
    await proxy.start();
    await t.close();
    await proxy.stop();
  });

  const get = async (path: string) => {
    const res = await t.http().get(path);
    return { status: res.status, body: res.body };
  };

  it('answers live, ready and /health while everything is up', async () => {
    expect(await get('/health/live')).toEqual({ status: 200, body: { status: 'ok' } });
    expect(await get('/health/ready')).toEqual({ status: 200, body: { status: 'ok', database: 'up', queue: 'up' } });
    expect(await get('/health')).toEqual({ status: 200, body: { status: 'ok', database: 'up' } });
  });

  it('says not ready, naming the parts, while the database is unreachable, stays live, and recovers by itself', async () => {
    await proxy.stop();
    let ready = await get('/health/ready');
    await waitFor('/health/ready to say the database is down', async () => (ready = await get('/health/ready')).status === 503);
    expect(ready.body).toEqual({ status: 'unavailable', database: 'down', queue: 'down' });
    expect(await get('/health/live')).toEqual({ status: 200, body: { status: 'ok' } });
    expect(await get('/health')).toEqual({ status: 503, body: { status: 'unavailable', database: 'down' } });

    await proxy.start();
    await waitFor('/health/ready to recover', async () => (ready = await get('/health/ready')).status === 200, 30_000);
    expect(ready.body).toEqual({ status: 'ok', database: 'up', queue: 'up' });
  });
});
