import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Bounces and complaints. Whether mail reaches an address is a fact about the address, not about
 * one organization: `undeliverable_addresses` holds one row per address (lower case) that bounced
 * for good or whose owner reported Candor's mail as spam, and every organization's candidates with
 * that address are affected. A team that knows better clears the mark for its own candidate
 * (`candidates.email_undeliverable_cleared_at`): reports up to then are ignored for that candidate,
 * a later one counts again. Candidate emails to such an address wait as PAUSED, resumed when the
 * address is corrected or the mark cleared. `mail_event_tokens` keeps the webhook tokens already
 * used (replays are refused). Additive only: the previous version keeps running beside it.
 */
export class UndeliverableAddresses1765123200000 implements MigrationInterface {
  name = 'UndeliverableAddresses1765123200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE undeliverable_addresses (
        address varchar(320) PRIMARY KEY CHECK (address = lower(address)),
        kind varchar(10) NOT NULL CHECK (kind IN ('BOUNCE', 'COMPLAINT')),
        reason varchar(300) NOT NULL,
        source varchar(10) NOT NULL CHECK (source IN ('DSN', 'ARF', 'MAILGUN', 'SMTP')),
        first_seen_at timestamptz NOT NULL,
        last_seen_at timestamptz NOT NULL
      );
      CREATE TABLE mail_event_tokens (
        token varchar(200) PRIMARY KEY,
        seen_at timestamptz NOT NULL
      );
      CREATE INDEX mail_event_tokens_seen_idx ON mail_event_tokens (seen_at);
      ALTER TABLE candidates ADD COLUMN email_undeliverable_cleared_at timestamptz;
      CREATE INDEX candidates_email_lower_idx ON candidates (lower(email));
      ALTER TABLE email_messages DROP CONSTRAINT email_messages_status_check;
      ALTER TABLE email_messages ADD CONSTRAINT email_messages_status_check
        CHECK (status IN ('SCHEDULED', 'SENDING', 'SENT', 'FAILED', 'CANCELLED', 'PAUSED'));
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      UPDATE email_messages SET status = 'CANCELLED' WHERE status = 'PAUSED';
      ALTER TABLE email_messages DROP CONSTRAINT email_messages_status_check;
      ALTER TABLE email_messages ADD CONSTRAINT email_messages_status_check
        CHECK (status IN ('SCHEDULED', 'SENDING', 'SENT', 'FAILED', 'CANCELLED'));
      DROP INDEX candidates_email_lower_idx;
      ALTER TABLE candidates DROP COLUMN email_undeliverable_cleared_at;
      DROP TABLE mail_event_tokens;
      DROP TABLE undeliverable_addresses;
    `);
  }
}
