import type { Server } from 'node:http';
import type { INestApplication } from '@nestjs/common';

/** A repeated signal sooner than this (ms) after the first is the same Ctrl-C, delivered twice. */
const FORCE_AFTER_MS = 3_000;

/** What a stop closes, in this order, after the HTTP server stops taking requests. */
export interface ShutdownPlan {
  app: INestApplication;
  /** Longest wait for requests in flight, in ms; those still running then are cut off. */
  graceMs: number;
  /** Stops the embedded database (after the app, so the queue and the pool end first). */
  stopDatabase?: () => Promise<void>;
  /** Removes the data folder's lock, last. */
  releaseLock?: () => void;
  log: (line: string) => void;
  warn: (line: string) => void;
}

/**
 * Stops Candor in order on SIGINT or SIGTERM: the HTTP server refuses new connections and closes
 * idle keep-alive ones, requests in flight finish (up to `graceMs`), then the Nest application
 * closes (queue workers stop gracefully, pools close), then the embedded database stops, then
 * the lock goes. Exits 0, or 1 when a step failed (each failure is one warning line). A second
 * signal FORCE_AFTER_MS or more after the first exits at once with 1, after stopping the embedded
 * database.
 */
export function stopOnSignals(plan: ShutdownPlan): void {
  let stoppingSince: number | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stoppingSince !== undefined) {
      // Ctrl-C under `npm start` arrives twice (from the terminal and forwarded by npm): only a
      // signal sent later, by a person who does not want to wait, forces the stop.
      if (Date.now() - stoppingSince < FORCE_AFTER_MS) return;
      plan.warn(`${signal} received again: stopping now.`);
      void (plan.stopDatabase?.() ?? Promise.resolve()).finally(() => process.exit(1));
      return;
    }
    stoppingSince = Date.now();
    plan.log(`${signal} received: stopping (requests in flight have up to ${Math.round(plan.graceMs / 1000)} s).`);
    void stop(plan).then((ok) => process.exit(ok ? 0 : 1));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}

/**
 * Until the app serves (then stopOnSignals takes over): SIGINT or SIGTERM runs `cleanup` (stop
 * the embedded database, release the lock) and exits 1, so an interrupted start leaves no server
 * behind. Returns the function that removes these handlers.
 */
export function abortStartOnSignals(cleanup: () => Promise<void>, warn: (line: string) => void): () => void {
  let aborting = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (aborting) return;
    aborting = true;
    warn(`${signal} received while starting: stopping.`);
    void cleanup()
      .catch(() => undefined)
      .finally(() => process.exit(1));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return () => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };
}

async function stop(plan: ShutdownPlan): Promise<boolean> {
  let ok = true;
  const step = async (what: string, run: () => Promise<unknown> | unknown) => {
    try {
      await run();
    } catch (error) {
      ok = false;
      plan.warn(`While stopping, ${what} failed: ${(error as Error)?.message ?? String(error)}`);
    }
  };
  await step('closing the HTTP server', () => drainHttp(plan.app.getHttpServer() as Server, plan.graceMs, plan.warn));
  await step('closing the application', () => plan.app.close());
  if (plan.stopDatabase) await step('stopping the embedded database', plan.stopDatabase);
  if (plan.releaseLock) await step('releasing the data folder', plan.releaseLock);
  if (ok) plan.log('Stopped.');
  return ok;
}

/**
 * Stops accepting connections, closes idle keep-alive ones at once and the others as their
 * responses end; after `graceMs` the rest are cut off (one warning). Resolves once none is left.
 */
export function drainHttp(server: Server, graceMs: number, warn: (line: string) => void): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) return resolve();
    const timer = setTimeout(() => {
      warn(`Requests still running after ${graceMs} ms were cut off.`);
      server.closeAllConnections();
    }, graceMs);
    timer.unref();
    const idle = setInterval(() => server.closeIdleConnections(), 100);
    server.close(() => {
      clearTimeout(timer);
      clearInterval(idle);
      resolve();
    });
    server.closeIdleConnections();
  });
}
