import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The employer on the candidate's page: a contact a team publishes per job (a name and an
 * address, both or neither), the organization's accent colour, and its logo (PNG or JPEG of at
 * most 200 KB, in its own table so that reading an organization never reads the image). A new
 * logo gets a new id, which names it in its URL, so a changed logo is never served from a cache.
 */
export class Branding1765036800000 implements MigrationInterface {
  name = 'Branding1765036800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE jobs
        ADD COLUMN contact_name varchar(120),
        ADD COLUMN contact_email varchar(254),
        ADD CONSTRAINT jobs_contact_complete CHECK ((contact_name IS NULL) = (contact_email IS NULL));
      ALTER TABLE organizations
        ADD COLUMN accent_color varchar(7) CHECK (accent_color ~ '^#[0-9a-f]{6}$');
      CREATE TABLE organization_logos (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL UNIQUE REFERENCES organizations(id) ON DELETE CASCADE,
        content_type varchar(20) NOT NULL CHECK (content_type IN ('image/png', 'image/jpeg')),
        content bytea NOT NULL CHECK (octet_length(content) BETWEEN 1 AND 204800),
        width int NOT NULL CHECK (width > 0),
        height int NOT NULL CHECK (height > 0),
        sha256 bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TABLE organization_logos;
      ALTER TABLE organizations DROP COLUMN accent_color;
      ALTER TABLE jobs DROP CONSTRAINT jobs_contact_complete, DROP COLUMN contact_email, DROP COLUMN contact_name;
    `);
  }
}
