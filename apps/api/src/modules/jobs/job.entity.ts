import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type JobStatus = 'OPEN' | 'CLOSED';

@Entity('jobs')
export class JobEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'organization_id', type: 'uuid' }) organizationId: string;
  @Column() title: string;
  @Column({ type: 'varchar' }) status: JobStatus;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true }) closedAt: Date | null;
  /** The contact the team publishes on this job's status pages (a person or a shared inbox); both or neither. */
  @Column({ name: 'contact_name', type: 'varchar', nullable: true }) contactName: string | null;
  @Column({ name: 'contact_email', type: 'varchar', nullable: true }) contactEmail: string | null;
}
