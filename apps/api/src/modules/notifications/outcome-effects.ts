import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { StepEmailsService } from './step-emails.service';
import { recordVisibleUpdate } from '../promises/visible-updates';

/** How many candidates one transaction brings past their undo window. */
const BATCH = 100;

/**
 * Outcomes whose undo window has closed take effect for the candidate: their planned steps end
 * CANCELLED (with METHOD:CANCEL for events they received) and their page shows the outcome (the
 * status read compares `outcome_pending_until` with the clock). Run by the scheduler's tick;
 * concurrent ticks skip each other's rows, so each outcome takes effect once.
 */
@Injectable()
export class OutcomeEffects {
  constructor(
    private readonly dataSource: DataSource,
    private readonly stepEmails: StepEmailsService,
  ) {}

  /** Returns how many candidates' outcomes took effect at `now`. */
  async applyDue(now: Date): Promise<number> {
    let applied = 0;
    for (;;) {
      const count = await this.dataSource.transaction(async (db) => {
        const due: { id: string; organization_id: string; until: Date; stage_before_outcome_id: string | null; visible_since: Date }[] = await db.query(
          `SELECT id, organization_id, outcome_pending_until AS until, stage_before_outcome_id, COALESCE(visible_stage_entered_at, stage_entered_at) AS visible_since
             FROM candidates WHERE outcome_pending_until <= $1 ORDER BY outcome_pending_until LIMIT $2 FOR UPDATE SKIP LOCKED`,
          [now, BATCH],
        );
        for (const { id, organization_id: organizationId, until, stage_before_outcome_id: stageBefore, visible_since: visibleSince } of due) {
          await db.query(
            `UPDATE candidates SET outcome_pending_until = NULL, stage_before_outcome_id = NULL, promise_before_outcome = NULL, visible_stage_entered_at = $2 WHERE id = $1`,
            [id, until],
          );
          // The candidate sees the outcome from the moment the window closed: news that keeps (or ends) their promise.
          if (stageBefore) {
            await recordVisibleUpdate(db, { organizationId, candidateId: id, kind: 'STAGE_CHANGED', at: until, stageId: stageBefore, stageEnteredAt: visibleSince });
          }
          await this.stepEmails.candidateLeftProcess(db, id, now);
        }
        return due.length;
      });
      applied += count;
      if (count < BATCH) return applied;
    }
  }
}
