// The run's PostgreSQL database, fresh each time (see tests/support/test-database.mjs). Each test
// file then works in a database of its own on the same server (file-database.ts), so counts are
// exact; global-teardown.mjs drops them all.
import { createTestDatabase } from '../../../../tests/support/test-database.mjs';

export default async function globalSetup() {
  const database = await createTestDatabase('candor_test');
  process.env.TEST_DATABASE_URL = database.url;
  process.env.TEST_ADMIN_DATABASE_URL = database.adminUrl;
  globalThis.__candorTestDatabase = database;
}
