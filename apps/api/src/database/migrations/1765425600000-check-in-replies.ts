import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The team's reply to a candidate's check-in (CHECK_IN_REPLY), at most one per check-in:
 * - `check_ins.reply_*`: the reply's words, when and by whom it was sent, and the new promised
 *   day it gave, if any (all null while the check-in waits for an answer).
 * - `email_messages.check_in_id`: for a CHECK_IN_REPLY email, the check-in it answers (its words
 *   are rendered again from that row at send time).
 * - `organization_email_templates.kind` takes every organization email kind of issue 15.
 * Additive only: the previous version keeps running beside it (it ignores these).
 */
export class CheckInReplies1765425600000 implements MigrationInterface {
  name = 'CheckInReplies1765425600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE check_ins
        ADD COLUMN reply_message varchar(2000),
        ADD COLUMN replied_at timestamptz,
        ADD COLUMN replied_by_id uuid REFERENCES members(id) ON DELETE SET NULL,
        ADD COLUMN reply_new_day date,
        ADD CONSTRAINT check_ins_reply_whole CHECK ((reply_message IS NULL) = (replied_at IS NULL));
      CREATE INDEX check_ins_unanswered_idx ON check_ins (organization_id, created_at) WHERE replied_at IS NULL;
      ALTER TABLE email_messages ADD COLUMN check_in_id uuid REFERENCES check_ins(id) ON DELETE SET NULL;
      CREATE INDEX email_messages_check_in_idx ON email_messages (check_in_id) WHERE check_in_id IS NOT NULL;
      ALTER TABLE organization_email_templates DROP CONSTRAINT organization_email_templates_kind_check;
      ALTER TABLE organization_email_templates ADD CONSTRAINT organization_email_templates_kind_check
        CHECK (kind IN ('PROMISE_EXTENDED', 'CHECK_IN_REPLY', 'STEP_REMINDER', 'PROMISE_DUE_REMINDER'));
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DELETE FROM organization_email_templates WHERE kind = 'CHECK_IN_REPLY';
      ALTER TABLE email_messages DROP COLUMN check_in_id;
      DROP INDEX check_ins_unanswered_idx;
      ALTER TABLE check_ins DROP CONSTRAINT check_ins_reply_whole,
        DROP COLUMN reply_message, DROP COLUMN replied_at, DROP COLUMN replied_by_id, DROP COLUMN reply_new_day;
    `);
  }
}
