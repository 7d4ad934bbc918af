import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The organization's emails that belong to no stage, whose words it may write. */
export const ORGANIZATION_EMAIL_KINDS = ['PROMISE_EXTENDED', 'CHECK_IN_REPLY', 'STEP_REMINDER'] as const;
export type OrganizationEmailKind = (typeof ORGANIZATION_EMAIL_KINDS)[number];

/** An organization's own template for one such email; without one, Candor's default words apply. */
@Entity('organization_email_templates')
export class OrganizationEmailTemplateEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' }) organizationId: string;
  @PrimaryColumn({ type: 'varchar' }) kind: OrganizationEmailKind;
  @Column({ type: 'varchar' }) subject: string;
  @Column({ type: 'varchar' }) body: string;
  @Column({ name: 'updated_by_id', type: 'uuid', nullable: true }) updatedById: string | null;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
