import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An organization's own template for one stage; without one, the stage kind's default applies. */
@Entity('email_templates')
export class EmailTemplateEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'organization_id', type: 'uuid' }) organizationId: string;
  @Column({ name: 'stage_id', type: 'uuid' }) stageId: string;
  @Column() subject: string;
  @Column() body: string;
  @Column({ name: 'updated_by_id', type: 'uuid', nullable: true }) updatedById: string | null;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
