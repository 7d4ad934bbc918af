import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An outcome takes effect when its undo window closes: until `outcome_pending_until` the
 * candidate's page shows `stage_before_outcome_id` and `promise_before_outcome`, and their
 * planned steps stay; the scheduler's tick then ends the steps (OutcomeEffects).
 */
export class OutcomeWindow1764950400000 implements MigrationInterface {
  name = 'OutcomeWindow1764950400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE candidates
        ADD COLUMN outcome_pending_until timestamptz,
        ADD COLUMN stage_before_outcome_id uuid REFERENCES stages (id) ON DELETE SET NULL,
        ADD COLUMN promise_before_outcome date;
      CREATE INDEX candidates_outcome_pending_idx ON candidates (outcome_pending_until) WHERE outcome_pending_until IS NOT NULL;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP INDEX candidates_outcome_pending_idx;
      ALTER TABLE candidates DROP COLUMN promise_before_outcome, DROP COLUMN stage_before_outcome_id, DROP COLUMN outcome_pending_until;
    `);
  }
}
