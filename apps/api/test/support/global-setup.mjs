// One PostgreSQL database for the whole run, fresh each time (see tests/support/test-database.mjs).
// Test files share it safely: every test works inside organizations it creates itself.
import { createTestDatabase } from '../../../../tests/support/test-database.mjs';

export default async function globalSetup() {
  const database = await createTestDatabase('candor_test');
  process.env.TEST_DATABASE_URL = database.url;
  process.env.TEST_ADMIN_DATABASE_URL = database.adminUrl;
  globalThis.__candorTestDatabase = database;
}
