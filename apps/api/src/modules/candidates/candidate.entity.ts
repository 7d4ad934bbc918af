import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('candidates')
export class CandidateEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'organization_id', type: 'uuid' }) organizationId: string;
  @Column({ name: 'job_id', type: 'uuid' }) jobId: string;
  @Column({ name: 'stage_id', type: 'uuid' }) stageId: string;
  @Column() name: string;
  @Column() email: string;
  /** The promised reply day, "YYYY-MM-DD" in the organization's time zone. */
  @Column({ name: 'expected_response_by', type: 'date', nullable: true }) expectedResponseBy: string | null;
  /** Optimistic lock: rises with every change a recruiter makes. */
  @Column({ type: 'int' }) version: number;
  /** The stages the candidate has gone through, the current one included, in pipeline order (stagesReachedAfterMove). */
  @Column({ name: 'reached_stage_ids', type: 'uuid', array: true }) reachedStageIds: string[];
  @Column({ name: 'stage_entered_at', type: 'timestamptz' }) stageEnteredAt: Date;
  /** When the stage the candidate sees became visible to them (a pending outcome is not, until its window closes). */
  @Column({ name: 'visible_stage_entered_at', type: 'timestamptz', nullable: true }) visibleStageEnteredAt: Date | null;
  /**
   * While an outcome waits out its undo window (pendingOutcomeAfterMove): when it takes effect,
   * and the stage and promise the candidate sees until then. Null when none is pending.
   */
  @Column({ name: 'outcome_pending_until', type: 'timestamptz', nullable: true }) outcomePendingUntil: Date | null;
  @Column({ name: 'stage_before_outcome_id', type: 'uuid', nullable: true }) stageBeforeOutcomeId: string | null;
  @Column({ name: 'promise_before_outcome', type: 'date', nullable: true }) promiseBeforeOutcome: string | null;
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true }) archivedAt: Date | null;
  /** The candidate asked for no more emails about this application (the status link still works). */
  @Column({ name: 'unsubscribed_at', type: 'timestamptz', nullable: true }) unsubscribedAt: Date | null;
  /**
   * The team cleared a bounce or complaint mark for this candidate's address (clearEmailUndeliverable):
   * reports up to then no longer pause their email; a later report does again.
   */
  @Column({ name: 'email_undeliverable_cleared_at', type: 'timestamptz', nullable: true }) emailUndeliverableClearedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
