import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The email that tells a candidate their promised reply day moved later (PROMISE_EXTENDED):
 * - `email_messages.promise_id`: the new OPEN promise such an email announces; at send time the
 *   email is cancelled when that promise is no longer OPEN (null once the promise is deleted).
 * - `organization_email_templates`: an organization's own template for one of its emails that
 *   belong to no stage (one row per kind; without one, Candor's default words apply).
 * Additive only: the previous version keeps running beside it (it ignores these).
 */
export class PromiseEmails1765296000000 implements MigrationInterface {
  name = 'PromiseEmails1765296000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE email_messages ADD COLUMN promise_id uuid REFERENCES candidate_promises(id) ON DELETE SET NULL;
      CREATE INDEX email_messages_promise_idx ON email_messages (promise_id) WHERE promise_id IS NOT NULL;
      CREATE TABLE organization_email_templates (
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        kind varchar(30) NOT NULL CHECK (kind IN ('PROMISE_EXTENDED')),
        subject varchar(300) NOT NULL,
        body varchar(10000) NOT NULL,
        updated_by_id uuid REFERENCES members(id) ON DELETE SET NULL,
        updated_at timestamptz NOT NULL,
        PRIMARY KEY (organization_id, kind)
      );
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TABLE organization_email_templates;
      ALTER TABLE email_messages DROP COLUMN promise_id;
    `);
  }
}
