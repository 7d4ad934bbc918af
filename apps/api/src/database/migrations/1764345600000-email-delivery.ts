import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Email delivery: per-stage templates and delays, quiet hours, opt-outs, and email messages
 * that carry their rendered content and delivery state. The stage-change records of the
 * foundation (outbox_events) are replaced by these messages, written in the move's transaction.
 */
export class EmailDelivery1764345600000 implements MigrationInterface {
  name = 'EmailDelivery1764345600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE stages ADD COLUMN email_delay_minutes int NOT NULL DEFAULT 0
        CHECK (email_delay_minutes BETWEEN 0 AND 10080);
      UPDATE stages SET email_delay_minutes = 60 WHERE kind = 'REJECTED';

      ALTER TABLE organizations
        ADD COLUMN quiet_hours_start_minute int CHECK (quiet_hours_start_minute BETWEEN 0 AND 1439),
        ADD COLUMN quiet_hours_end_minute int CHECK (quiet_hours_end_minute BETWEEN 0 AND 1439),
        ADD CONSTRAINT organizations_quiet_hours_both CHECK ((quiet_hours_start_minute IS NULL) = (quiet_hours_end_minute IS NULL));

      ALTER TABLE candidates ADD COLUMN unsubscribed_at timestamptz;

      CREATE TABLE email_templates (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        stage_id uuid NOT NULL UNIQUE REFERENCES stages(id) ON DELETE CASCADE,
        subject varchar(300) NOT NULL,
        body varchar(10000) NOT NULL,
        updated_by_id uuid REFERENCES members(id) ON DELETE SET NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      );

      ALTER TABLE email_messages
        ADD COLUMN kind varchar(30) NOT NULL DEFAULT 'STAGE_CHANGED',
        ADD COLUMN member_id uuid REFERENCES members(id) ON DELETE CASCADE,
        ADD COLUMN message_id varchar(200),
        ADD COLUMN html text NOT NULL DEFAULT '',
        ADD COLUMN text text NOT NULL DEFAULT '',
        ADD COLUMN headers jsonb NOT NULL DEFAULT '{}',
        ADD COLUMN attachments jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN send_after timestamptz NOT NULL DEFAULT now(),
        ADD COLUMN attempts int NOT NULL DEFAULT 0,
        ADD COLUMN last_error varchar(1000),
        ADD COLUMN sent_at timestamptz,
        ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
      CREATE UNIQUE INDEX email_messages_message_id_key ON email_messages (message_id);
      CREATE INDEX email_messages_pending_idx ON email_messages (candidate_id, kind) WHERE status = 'SCHEDULED';
      CREATE INDEX email_messages_organization_idx ON email_messages (organization_id, created_at);

      DROP TABLE outbox_events;

      -- Events at the same instant keep the order they were written in.
      ALTER TABLE timeline_events ADD COLUMN seq bigint GENERATED ALWAYS AS IDENTITY;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE timeline_events DROP COLUMN seq;
      CREATE TABLE outbox_events (
        id bigserial PRIMARY KEY,
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        candidate_id uuid REFERENCES candidates(id) ON DELETE CASCADE,
        type varchar(40) NOT NULL,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        processed_at timestamptz
      );
      ALTER TABLE email_messages DROP COLUMN kind, DROP COLUMN member_id, DROP COLUMN message_id, DROP COLUMN html,
        DROP COLUMN text, DROP COLUMN headers, DROP COLUMN attachments, DROP COLUMN send_after, DROP COLUMN attempts,
        DROP COLUMN last_error, DROP COLUMN sent_at, DROP COLUMN updated_at;
      DROP TABLE email_templates;
      ALTER TABLE candidates DROP COLUMN unsubscribed_at;
      ALTER TABLE organizations DROP CONSTRAINT organizations_quiet_hours_both,
        DROP COLUMN quiet_hours_start_minute, DROP COLUMN quiet_hours_end_minute;
      ALTER TABLE stages DROP COLUMN email_delay_minutes;
    `);
  }
}
