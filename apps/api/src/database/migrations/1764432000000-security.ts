import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Security: members who leave (deactivated or removed, their email free again once removed),
 * revocable invites, password resets, two-factor sign-in (TOTP seeds sealed, recovery codes
 * hashed), an organization-wide two-factor requirement, emails whose secret link is kept
 * sealed until it is sent, and an audit log of security-relevant changes.
 */
export class Security1764432000000 implements MigrationInterface {
  name = 'Security1764432000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE members
        ADD COLUMN deactivated_at timestamptz,
        ADD COLUMN removed_at timestamptz,
        ADD COLUMN totp_secret_sealed text,
        ADD COLUMN totp_enabled_at timestamptz,
        ADD COLUMN totp_last_step bigint;
      DROP INDEX members_email_key;
      CREATE UNIQUE INDEX members_email_key ON members (lower(email)) WHERE removed_at IS NULL;

      CREATE TABLE recovery_codes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        member_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        code_hash bytea NOT NULL,
        used_at timestamptz
      );
      CREATE INDEX recovery_codes_member_idx ON recovery_codes (member_id);

      ALTER TABLE invites ADD COLUMN revoked_at timestamptz;

      CREATE TABLE password_resets (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        member_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        token_hash bytea NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX password_resets_member_idx ON password_resets (member_id);

      ALTER TABLE organizations ADD COLUMN require_two_factor boolean NOT NULL DEFAULT false;

      ALTER TABLE email_messages ADD COLUMN secret_sealed text;

      CREATE TABLE audit_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        actor_member_id uuid REFERENCES members(id) ON DELETE SET NULL,
        action varchar(60) NOT NULL,
        target_type varchar(30),
        target_id uuid,
        details jsonb NOT NULL DEFAULT '{}',
        at timestamptz NOT NULL DEFAULT now(),
        seq bigint GENERATED ALWAYS AS IDENTITY
      );
      CREATE INDEX audit_events_organization_idx ON audit_events (organization_id, seq DESC);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TABLE audit_events, password_resets, recovery_codes;
      ALTER TABLE email_messages DROP COLUMN secret_sealed;
      ALTER TABLE organizations DROP COLUMN require_two_factor;
      ALTER TABLE invites DROP COLUMN revoked_at;
      DROP INDEX members_email_key;
      CREATE UNIQUE INDEX members_email_key ON members (lower(email));
      ALTER TABLE members DROP COLUMN deactivated_at, DROP COLUMN removed_at, DROP COLUMN totp_secret_sealed,
        DROP COLUMN totp_enabled_at, DROP COLUMN totp_last_step;
    `);
  }
}
