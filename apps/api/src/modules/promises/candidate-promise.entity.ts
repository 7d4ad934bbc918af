import type { PromiseOutcome } from '@candor/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One promised reply day in the ledger (libs/domain `promise-ledger.ts`): at most one OPEN per
 * candidate; an EXTENDED one points at the promise that replaced it.
 */
@Entity('candidate_promises')
export class CandidatePromiseEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** Order of recording: promises made in the same instant (a move and an update at once) keep their order. */
  @Column({ type: 'bigint', insert: false, update: false }) seq: string;
  @Column({ name: 'organization_id', type: 'uuid' }) organizationId: string;
  @Column({ name: 'candidate_id', type: 'uuid' }) candidateId: string;
  @Column({ name: 'job_id', type: 'uuid' }) jobId: string;
  /** The stage the candidate saw when it was made (null once that stage is deleted; `stageName` stays). */
  @Column({ name: 'stage_id', type: 'uuid', nullable: true }) stageId: string | null;
  @Column({ name: 'stage_name', type: 'varchar' }) stageName: string;
  /** Who gave it; for an automatic extension, the member who pre-approved it (a removed member keeps their name here, as on timelines). */
  @Column({ name: 'made_by_member_id', type: 'uuid', nullable: true }) madeByMemberId: string | null;
  /** Made by Candor on a pre-approval (pre-approved extensions), not by a person at that moment. */
  @Column({ type: 'boolean' }) automatic: boolean;
  @Column({ name: 'made_at', type: 'timestamptz' }) madeAt: Date;
  /** "YYYY-MM-DD" in the organization's time zone. */
  @Column({ name: 'promised_day', type: 'date' }) promisedDay: string;
  /** Why the day moved later, as the candidate reads it (an extension's new promise); null otherwise. */
  @Column({ type: 'text', nullable: true }) reason: string | null;
  /** Pre-approved: business days Candor may add once if nothing visible happened by the extension time. */
  @Column({ name: 'fallback_extension_days', type: 'int', nullable: true }) fallbackExtensionDays: number | null;
  @Column({ type: 'varchar' }) outcome: PromiseOutcome;
  @Column({ name: 'settled_at', type: 'timestamptz', nullable: true }) settledAt: Date | null;
  /** The candidate's first visible update after it was made. */
  @Column({ name: 'heard_at', type: 'timestamptz', nullable: true }) heardAt: Date | null;
  /** When the reminder to the team (PromiseReminders, the working day before the promised day) was queued; null until then. */
  @Column({ name: 'team_reminded_at', type: 'timestamptz', nullable: true }) teamRemindedAt: Date | null;
  @Column({ name: 'extended_by_id', type: 'uuid', nullable: true }) extendedById: string | null;
}
