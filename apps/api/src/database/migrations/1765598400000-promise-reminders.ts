import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reminders to the team before a promise lapses (PromiseReminders): `team_reminded_at` records
 * that a promise's reminder was queued, so it goes once, whichever tick or process claims it.
 */
export class PromiseReminders1765598400000 implements MigrationInterface {
  name = 'PromiseReminders1765598400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE candidate_promises ADD COLUMN team_reminded_at timestamptz`);
    // The reminder looks up an organization's open, unreminded promises of the next business days.
    await db.query(
      `CREATE INDEX candidate_promises_reminder_idx ON candidate_promises (organization_id, promised_day) WHERE outcome = 'OPEN' AND team_reminded_at IS NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP INDEX candidate_promises_reminder_idx');
    await db.query('ALTER TABLE candidate_promises DROP COLUMN team_reminded_at');
  }
}
