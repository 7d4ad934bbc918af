import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A candidate's polite "any news?" after a promised date lapsed; one per promised date. */
@Entity('check_ins')
export class CheckInEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'organization_id', type: 'uuid' }) organizationId: string;
  @Column({ name: 'candidate_id', type: 'uuid' }) candidateId: string;
  @Column({ name: 'promised_date', type: 'date' }) promisedDate: string;
  @Column({ type: 'varchar', nullable: true }) message: string | null;
  /** Candor's clock when it came in (set by the service, not the database). */
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  /** The team's reply (at most one), when and by whom it was sent, and the new promised day it gave: all null while unanswered. */
  @Column({ name: 'reply_message', type: 'varchar', nullable: true }) replyMessage: string | null;
  @Column({ name: 'replied_at', type: 'timestamptz', nullable: true }) repliedAt: Date | null;
  @Column({ name: 'replied_by_id', type: 'uuid', nullable: true }) repliedById: string | null;
  @Column({ name: 'reply_new_day', type: 'date', nullable: true }) replyNewDay: string | null;
}
