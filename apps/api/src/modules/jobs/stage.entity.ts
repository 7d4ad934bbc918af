import { StageKind } from '@candor/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('stages')
export class StageEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'organization_id', type: 'uuid' }) organizationId: string;
  @Column({ name: 'job_id', type: 'uuid' }) jobId: string;
  @Column() name: string;
  @Column({ type: 'varchar' }) kind: StageKind;
  @Column({ type: 'int' }) position: number;
  @Column({ name: 'candidate_label' }) candidateLabel: string;
  @Column({ name: 'candidate_description' }) candidateDescription: string;
  @Column({ name: 'visible_to_candidates' }) visibleToCandidates: boolean;
  @Column({ name: 'notify_candidates' }) notifyCandidates: boolean;
  @Column({ name: 'default_response_days', type: 'int', nullable: true }) defaultResponseDays: number | null;
  /** Minutes the stage's email waits (an undo window: moving the candidate again cancels it). */
  @Column({ name: 'email_delay_minutes', type: 'int' }) emailDelayMinutes: number;
  /** Kept by refreshTypicalDays (promises/visible-updates.ts) alone, never written by saving a stage. */
  @Column({ name: 'typical_days_to_update', type: 'real', nullable: true, insert: false, update: false }) typicalDaysToUpdate: number | null;
}
