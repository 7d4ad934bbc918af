import { MemberRole } from '@candor/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('members')
export class MemberEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'organization_id', type: 'uuid' }) organizationId: string;
  @Column() email: string;
  @Column() name: string;
  @Column({ type: 'varchar' }) role: MemberRole;
  /** argon2id hash (PHC string); never the password. */
  @Column({ name: 'password_hash', type: 'text', nullable: true, select: false }) passwordHash: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  /** Set while an admin has turned the account off: no log-in, no session; can be turned on again. */
  @Column({ name: 'deactivated_at', type: 'timestamptz', nullable: true }) deactivatedAt: Date | null;
  /** Set when an admin removed the member for good: the row stays for the timeline, the email is free again. */
  @Column({ name: 'removed_at', type: 'timestamptz', nullable: true }) removedAt: Date | null;
  /** The TOTP seed, sealed (SecretBox, bound to the member); set from setup on, enabled once confirmed. */
  @Column({ name: 'totp_secret_sealed', type: 'text', nullable: true, select: false }) totpSecretSealed: string | null;
  @Column({ name: 'totp_enabled_at', type: 'timestamptz', nullable: true }) totpEnabledAt: Date | null;
  /** The last TOTP time step accepted: a code is accepted once (RFC 6238 §5.2). */
  @Column({ name: 'totp_last_step', type: 'bigint', nullable: true, transformer: { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) } })
  totpLastStep: number | null;
}
