import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The stages each candidate has gone through (`reached_stage_ids`, in pipeline order), kept at
 * every move (stagesReachedAfterMove in libs/domain), so the status page shows DONE only for
 * stages that happened, whatever a later reorder did, and its read stays one statement.
 */
export class StagesReached1764777600000 implements MigrationInterface {
  name = 'StagesReached1764777600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE candidates ADD COLUMN reached_stage_ids uuid[] NOT NULL DEFAULT '{}';
      -- Candidates from before: every stage their timeline names (entered at the start, left or
      -- entered by a move) and the current one. A candidate whose timeline names no stage at
      -- all keeps what the page showed before: the stages up to the current one.
      UPDATE candidates c
         SET reached_stage_ids = ARRAY(
               SELECT s.id FROM stages s
                WHERE s.job_id = c.job_id
                  AND (s.id = c.stage_id
                       OR s.id::text IN (SELECT e.data ->> key FROM timeline_events e, unnest(ARRAY['stageId', 'fromStageId', 'toStageId']) AS key
                                          WHERE e.candidate_id = c.id AND e.type IN ('CANDIDATE_ADDED', 'STAGE_CHANGED'))
                       OR (NOT EXISTS (SELECT 1 FROM timeline_events e WHERE e.candidate_id = c.id AND e.type IN ('CANDIDATE_ADDED', 'STAGE_CHANGED'))
                           AND s.position <= (SELECT position FROM stages WHERE id = c.stage_id)))
                ORDER BY s.position);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE candidates DROP COLUMN reached_stage_ids`);
  }
}
