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
}
