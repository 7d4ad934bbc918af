import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each step email remembers the calendar state it carries (`calendar_fingerprint`, null for a
 * CANCEL) and its SEQUENCE, so a later change knows what the candidate's calendar holds: unsent
 * step emails are replaced by one for the step's state now, and nothing goes when nothing
 * changed for the candidate (libs/domain step-calendar-rule.ts).
 */
export class StepCalendarMessages1764604800000 implements MigrationInterface {
  name = 'StepCalendarMessages1764604800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE email_messages
        ADD COLUMN step_id uuid REFERENCES next_steps (id) ON DELETE SET NULL,
        ADD COLUMN calendar_fingerprint text,
        ADD COLUMN calendar_sequence int;
      -- Step emails written before: the step is the UID of their .ics; what they showed is not
      -- known, so an invitation counts as "some event" (any later change sends an update) and a
      -- cancellation as none.
      UPDATE email_messages m
         SET step_id = s.id,
             calendar_sequence = COALESCE(substring(m.attachments -> 0 ->> 'content' FROM 'SEQUENCE:([0-9]+)')::int, 0),
             calendar_fingerprint = CASE WHEN m.kind = 'STEP_CANCELLED' THEN NULL ELSE 'unknown (sent before calendar fingerprints)' END
        FROM next_steps s
       WHERE m.kind IN ('STEP_SCHEDULED', 'STEP_UPDATED', 'STEP_CANCELLED')
         AND s.id::text = substring(m.attachments -> 0 ->> 'content' FROM 'UID:([0-9a-f-]{36})@');
      CREATE INDEX email_messages_step_idx ON email_messages (step_id) WHERE step_id IS NOT NULL;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP INDEX email_messages_step_idx;
      ALTER TABLE email_messages DROP COLUMN calendar_sequence, DROP COLUMN calendar_fingerprint, DROP COLUMN step_id;
    `);
  }
}
