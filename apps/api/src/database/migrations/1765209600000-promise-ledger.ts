import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The promise ledger (libs/domain `promise-ledger.ts`).
 * - `candidate_promises`: every promised reply day a candidate was given, who gave it, for which
 *   stage, and its outcome (OPEN, KEPT, EXTENDED, BROKEN); at most one OPEN per candidate. An
 *   extension points at the promise that replaced it. `heard_at` is the candidate's first visible
 *   update after the promise was made (days late of a broken one).
 * - `candidate_visible_updates`: the first update a candidate could see (a stage change they see,
 *   a new visible step, a message, a reply) in each stay in a stage, with when the stay began;
 *   `stages.typical_days_to_update` is the median over a stage's latest stays, refreshed as they come.
 * - `candidates.visible_stage_entered_at`: when the stage the candidate sees became visible (a
 *   pending outcome is not visible until its undo window closes).
 * - Organizations: the minute of the promised day Candor extends a pre-approved promise (default
 *   16:00), the holidays business days skip, and whether the status page shows the team's record.
 * Existing promised days become OPEN promises made when the candidate last changed.
 * Additive only: the previous version keeps running beside it (it ignores these).
 */
export class PromiseLedger1765209600000 implements MigrationInterface {
  name = 'PromiseLedger1765209600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE candidate_promises (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        candidate_id uuid NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        job_id uuid NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
        stage_id uuid REFERENCES stages(id) ON DELETE SET NULL,
        stage_name varchar(60) NOT NULL,
        made_by_member_id uuid REFERENCES members(id) ON DELETE SET NULL,
        automatic boolean NOT NULL DEFAULT false,
        made_at timestamptz NOT NULL,
        promised_day date NOT NULL,
        reason text,
        fallback_extension_days int CHECK (fallback_extension_days BETWEEN 1 AND 20),
        outcome varchar(10) NOT NULL DEFAULT 'OPEN' CHECK (outcome IN ('OPEN', 'KEPT', 'EXTENDED', 'BROKEN')),
        settled_at timestamptz,
        heard_at timestamptz,
        extended_by_id uuid REFERENCES candidate_promises(id) ON DELETE SET NULL,
        CHECK ((outcome = 'OPEN') = (settled_at IS NULL))
      );
      CREATE UNIQUE INDEX candidate_promises_one_open_idx ON candidate_promises (candidate_id) WHERE outcome = 'OPEN';
      CREATE INDEX candidate_promises_open_day_idx ON candidate_promises (promised_day) WHERE outcome = 'OPEN';
      CREATE INDEX candidate_promises_candidate_idx ON candidate_promises (candidate_id, made_at);
      CREATE INDEX candidate_promises_made_idx ON candidate_promises (organization_id, made_at);
      CREATE INDEX candidate_promises_settled_idx ON candidate_promises (organization_id, settled_at);
      CREATE TABLE candidate_visible_updates (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        candidate_id uuid NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        stage_id uuid NOT NULL REFERENCES stages(id) ON DELETE CASCADE,
        stage_entered_at timestamptz NOT NULL,
        kind varchar(20) NOT NULL CHECK (kind IN ('STAGE_CHANGED', 'STEP_ADDED', 'MESSAGE', 'REPLY')),
        visible_at timestamptz NOT NULL
      );
      CREATE UNIQUE INDEX candidate_visible_updates_stay_idx ON candidate_visible_updates (candidate_id, stage_id, stage_entered_at);
      CREATE INDEX candidate_visible_updates_stage_idx ON candidate_visible_updates (stage_id, stage_entered_at);
      ALTER TABLE stages ADD COLUMN typical_days_to_update real;
      ALTER TABLE candidates ADD COLUMN visible_stage_entered_at timestamptz;
      UPDATE candidates SET visible_stage_entered_at = stage_entered_at;
      ALTER TABLE organizations
        ADD COLUMN promise_extension_minute int NOT NULL DEFAULT 960 CHECK (promise_extension_minute BETWEEN 0 AND 1439),
        ADD COLUMN holidays date[] NOT NULL DEFAULT '{}',
        ADD COLUMN show_promise_record boolean NOT NULL DEFAULT false;
      INSERT INTO candidate_promises (organization_id, candidate_id, job_id, stage_id, stage_name, made_at, promised_day)
        SELECT c.organization_id, c.id, c.job_id, s.id, s.name, c.updated_at, COALESCE(c.promise_before_outcome, c.expected_response_by)
          FROM candidates c JOIN stages s ON s.id = COALESCE(c.stage_before_outcome_id, c.stage_id)
         WHERE COALESCE(c.promise_before_outcome, c.expected_response_by) IS NOT NULL AND c.archived_at IS NULL;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE organizations DROP COLUMN promise_extension_minute, DROP COLUMN holidays, DROP COLUMN show_promise_record;
      ALTER TABLE candidates DROP COLUMN visible_stage_entered_at;
      ALTER TABLE stages DROP COLUMN typical_days_to_update;
      DROP TABLE candidate_visible_updates;
      DROP TABLE candidate_promises;
    `);
  }
}
