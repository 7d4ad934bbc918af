import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('timeline_events')
export class TimelineEventEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'organization_id', type: 'uuid' }) organizationId: string;
  @Column({ name: 'candidate_id', type: 'uuid' }) candidateId: string;
  @Column({ type: 'varchar' }) type: string;
  @Column({ type: 'timestamptz' }) at: Date;
  @Column({ name: 'actor_member_id', type: 'uuid', nullable: true }) actorMemberId: string | null;
  @Column({ type: 'jsonb' }) data: Record<string, unknown>;
  /** Write order, for events at the same instant. */
  @Column({ type: 'bigint', insert: false, update: false }) seq: string;
}
