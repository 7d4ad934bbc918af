import { JourneyStage, stagesReachedAfterMove } from '@candor/domain';
import { MigrationInterface, QueryRunner } from 'typeorm';

/** Candidates whose timelines one backfill query reads. */
const BATCH = 1000;

/**
 * The stages each candidate has gone through (`reached_stage_ids`, in pipeline order), kept at
 * every move (stagesReachedAfterMove in libs/domain), so the status page shows DONE only for
 * stages that happened, whatever a later reorder did, and its read stays one statement.
 *
 * Candidates from before are backfilled by replaying their timeline through the same rule (the
 * stage they were added at, then each move, against the pipeline as it is now), so a move back
 * counts as it does from now on. A candidate whose timeline names no stage keeps what the page
 * showed before: the stages up to the current one.
 */
export class StagesReached1764777600000 implements MigrationInterface {
  name = 'StagesReached1764777600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE candidates ADD COLUMN reached_stage_ids uuid[] NOT NULL DEFAULT '{}'`);
    const pipelines = new Map<string, JourneyStage[]>();
    for (const row of (await db.query(`SELECT id, job_id, position FROM stages`)) as { id: string; job_id: string; position: number }[]) {
      pipelines.set(row.job_id, [...(pipelines.get(row.job_id) ?? []), { id: row.id, position: row.position }]);
    }
    for (let after = '00000000-0000-0000-0000-000000000000'; ; ) {
      const candidates: { id: string; job_id: string; stage_id: string }[] = await db.query(
        `SELECT id, job_id, stage_id FROM candidates WHERE id > $1 ORDER BY id LIMIT $2`,
        [after, BATCH],
      );
      if (candidates.length === 0) return;
      after = candidates[candidates.length - 1].id;
      const events: { candidate_id: string; type: string; data: Record<string, string> }[] = await db.query(
        `SELECT candidate_id, type, data FROM timeline_events
          WHERE candidate_id = ANY($1) AND type IN ('CANDIDATE_ADDED', 'STAGE_CHANGED') ORDER BY candidate_id, at, seq`,
        [candidates.map((c) => c.id)],
      );
      for (const candidate of candidates) {
        const pipeline = pipelines.get(candidate.job_id) ?? [];
        const known = (id: string | undefined): id is string => !!id && pipeline.some((s) => s.id === id);
        const own = events.filter((e) => e.candidate_id === candidate.id);
        let reached: string[] = [];
        for (const event of own) {
          if (event.type === 'CANDIDATE_ADDED' && known(event.data.stageId)) reached = [event.data.stageId];
          if (event.type === 'STAGE_CHANGED' && known(event.data.toStageId)) {
            reached = stagesReachedAfterMove(reached, event.data.fromStageId, event.data.toStageId, pipeline);
          }
        }
        const current = pipeline.find((s) => s.id === candidate.stage_id);
        if (own.length === 0 && current) reached = pipeline.filter((s) => s.position <= current.position).map((s) => s.id);
        if (!reached.includes(candidate.stage_id)) reached.push(candidate.stage_id);
        const ordered = pipeline.filter((s) => reached.includes(s.id)).sort((a, b) => a.position - b.position).map((s) => s.id);
        await db.query(`UPDATE candidates SET reached_stage_ids = $2 WHERE id = $1`, [candidate.id, ordered]);
      }
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE candidates DROP COLUMN reached_stage_ids`);
  }
}
