import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Time-based work runs on Candor's clock, not the job queue's: an email held for later (quiet
 * hours, the rejection delay) waits in the outbox with `queued_at` empty until a scheduler tick
 * at or after its `send_after` hands it to the queue; the morning digest is claimed once per
 * organization and day (`digest_queued_on`), so a tick every minute queues it once.
 */
export class ClockDrivenWork1764518400000 implements MigrationInterface {
  name = 'ClockDrivenWork1764518400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE email_messages ADD COLUMN queued_at timestamptz;
      -- Every email written before this change was queued when it was written; only those still
      -- on their way need to say so (finished rows are never released again).
      UPDATE email_messages SET queued_at = created_at WHERE status IN ('SCHEDULED', 'SENDING');
      CREATE INDEX email_messages_due_idx ON email_messages (send_after) WHERE status = 'SCHEDULED' AND queued_at IS NULL;
      ALTER TABLE organizations ADD COLUMN digest_queued_on date;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE organizations DROP COLUMN digest_queued_on;
      DROP INDEX email_messages_due_idx;
      ALTER TABLE email_messages DROP COLUMN queued_at;
    `);
  }
}
