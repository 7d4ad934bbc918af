import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Security-relevant changes an organization's admins can review. */
export type AuditAction =
  | 'MEMBER_INVITED'
  | 'INVITE_REVOKED'
  | 'INVITE_ACCEPTED'
  | 'MEMBER_ROLE_CHANGED'
  | 'MEMBER_DEACTIVATED'
  | 'MEMBER_REACTIVATED'
  | 'MEMBER_REMOVED'
  | 'PASSWORD_CHANGED'
  | 'PASSWORD_RESET'
  | 'TWO_FACTOR_ENABLED'
  | 'TWO_FACTOR_DISABLED'
  | 'RECOVERY_CODES_REGENERATED'
  | 'ORGANIZATION_SETTINGS_CHANGED'
  | 'EMAIL_TEMPLATE_UPDATED'
  | 'EMAIL_TEMPLATE_RESET'
  | 'STATUS_LINK_ROTATED';

export type AuditTargetType = 'MEMBER' | 'INVITE' | 'ORGANIZATION' | 'STAGE' | 'CANDIDATE';

/**
 * One entry of the audit log: who (a member, or null for the system), what, on which record,
 * and when. `details` holds only non-personal facts (a role, the names of changed settings);
 * never a candidate's name, email or any text they wrote.
 */
@Entity('audit_events')
export class AuditEventEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'organization_id', type: 'uuid' }) organizationId: string;
  @Column({ name: 'actor_member_id', type: 'uuid', nullable: true }) actorMemberId: string | null;
  @Column({ type: 'varchar' }) action: AuditAction;
  @Column({ name: 'target_type', type: 'varchar', nullable: true }) targetType: AuditTargetType | null;
  @Column({ name: 'target_id', type: 'uuid', nullable: true }) targetId: string | null;
  @Column({ type: 'jsonb' }) details: Record<string, string | number | boolean | string[]>;
  @Column({ type: 'timestamptz' }) at: Date;
  @Column({ type: 'bigint', insert: false, update: false }) seq: string;
}
