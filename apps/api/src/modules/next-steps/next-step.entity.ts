import { NextStepKind, NextStepState } from '@candor/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('next_steps')
export class NextStepEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'organization_id', type: 'uuid' }) organizationId: string;
  @Column({ name: 'candidate_id', type: 'uuid' }) candidateId: string;
  @Column({ type: 'varchar' }) kind: NextStepKind;
  @Column() title: string;
  @Column({ name: 'starts_at', type: 'timestamptz', nullable: true }) startsAt: Date | null;
  @Column({ name: 'due_at', type: 'timestamptz', nullable: true }) dueAt: Date | null;
  @Column({ name: 'duration_minutes', type: 'int', nullable: true }) durationMinutes: number | null;
  @Column({ type: 'varchar', nullable: true }) location: string | null;
  @Column({ name: 'meeting_url', type: 'varchar', nullable: true }) meetingUrl: string | null;
  @Column({ type: 'varchar', nullable: true }) instructions: string | null;
  @Column({ name: 'visible_to_candidate' }) visibleToCandidate: boolean;
  /** The step asks the candidate for something (work samples, references): the page offers a reply form. */
  @Column({ name: 'requests_response' }) requestsResponse: boolean;
  @Column({ type: 'int' }) position: number;
  @Column({ type: 'varchar' }) state: NextStepState;
  /** Rises with each change of date or place, for calendar updates (iCalendar SEQUENCE). */
  @Column({ type: 'int' }) sequence: number;
  /** The version (`sequence`) whose reminder to the candidate was sent or skipped for good (StepReminders); null: none yet. */
  @Column({ name: 'reminded_sequence', type: 'int', nullable: true, select: false }) remindedSequence: number | null;
  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true }) completedAt: Date | null;
  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true }) cancelledAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
