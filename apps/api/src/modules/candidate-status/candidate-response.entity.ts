import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** What a candidate sent in answer to a step that asked for information. */
@Entity('candidate_responses')
export class CandidateResponseEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'organization_id', type: 'uuid' }) organizationId: string;
  @Column({ name: 'candidate_id', type: 'uuid' }) candidateId: string;
  @Column({ name: 'next_step_id', type: 'uuid', nullable: true }) nextStepId: string | null;
  @Column() message: string;
  @Column({ type: 'text', array: true }) links: string[];
  /** Candor's clock when it came in (set by the service, not the database). */
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
