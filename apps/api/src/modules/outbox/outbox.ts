import { EntityManager } from 'typeorm';
import { OutboxEventEntity } from './outbox-event.entity';

export interface StageChangedPayload {
  candidateId: string;
  fromStageId: string;
  toStageId: string;
  movedByMemberId: string;
  movedAt: string;
  expectedResponseBy: string | null;
  messageToCandidate: string | null;
  /** The stage's "notify candidates" switch and the mover's `notify`, both on. */
  notifyCandidate: boolean;
  candidateVersion: number;
}

/**
 * Records a stage change for the email work to pick up, in the same transaction as the move:
 * a rolled-back move leaves no record, a committed one always has one.
 */
export async function recordStageChanged(
  db: EntityManager,
  organizationId: string,
  payload: StageChangedPayload,
): Promise<void> {
  const event = db.create(OutboxEventEntity, {
    organizationId,
    candidateId: payload.candidateId,
    type: 'STAGE_CHANGED',
    payload: { ...payload },
  });
  await db.save(event);
}
