import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reminders to candidates before their steps (STEP_REMINDER):
 * - `organizations.step_reminder_hours`: how many hours before a step its reminder goes (1 to
 *   168, default 24); null turns reminders off.
 * - `next_steps.reminded_sequence`: the step version (its `sequence`) whose reminder was decided
 *   (sent, or skipped for good); a step moved since (a higher sequence) gets its own. Claimed by
 *   one conditional UPDATE, so two ticks never remind one version twice.
 * - An index of planned steps by their time, for the tick's search.
 * - The organization template kinds: all of issue 15's, whichever of its migrations runs last.
 * Additive only: the previous version keeps running beside it (it ignores these).
 */
export class StepReminders1765512000000 implements MigrationInterface {
  name = 'StepReminders1765512000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE organizations ADD COLUMN step_reminder_hours int DEFAULT 24 CHECK (step_reminder_hours BETWEEN 1 AND 168);
      ALTER TABLE next_steps ADD COLUMN reminded_sequence int;
      CREATE INDEX next_steps_planned_time_idx ON next_steps ((COALESCE(starts_at, due_at))) WHERE state = 'PLANNED' AND visible_to_candidate;
      ALTER TABLE organization_email_templates DROP CONSTRAINT IF EXISTS organization_email_templates_kind_check;
      ALTER TABLE organization_email_templates ADD CONSTRAINT organization_email_templates_kind_check
        CHECK (kind IN ('PROMISE_EXTENDED', 'CHECK_IN_REPLY', 'STEP_REMINDER', 'PROMISE_DUE_REMINDER'));
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DELETE FROM organization_email_templates WHERE kind = 'STEP_REMINDER';
      DROP INDEX next_steps_planned_time_idx;
      ALTER TABLE next_steps DROP COLUMN reminded_sequence;
      ALTER TABLE organizations DROP COLUMN step_reminder_hours;
    `);
  }
}
