import { createServer } from 'node:net';
import { StartupError } from './startup-error';

/**
 * Checks that `port` can be listened on (as the HTTP server will: all addresses), before the
 * database and the application start, so a port in use is one line at once.
 * @throws StartupError when it is taken or not allowed.
 */
export function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new StartupError(`Port ${port} is already in use by another program. Stop it, or start Candor on another port with PORT=<number>.`)
          : new StartupError(`Candor may not listen on port ${port} (${error.message}). Use a port above 1023 with PORT=<number>.`),
      ),
    );
    probe.listen(port, () => probe.close(() => resolve()));
  });
}
