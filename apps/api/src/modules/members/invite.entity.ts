import { MemberRole } from '@candor/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('invites')
export class InviteEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'organization_id', type: 'uuid' }) organizationId: string;
  @Column() email: string;
  @Column({ type: 'varchar' }) role: MemberRole;
  /** SHA-256 of the invite token; the token itself is only in the invite link. */
  @Column({ name: 'token_hash', type: 'bytea', select: false }) tokenHash: Buffer;
  @Column({ name: 'invited_by_id', type: 'uuid', nullable: true }) invitedById: string | null;
  @Column({ name: 'expires_at', type: 'timestamptz' }) expiresAt: Date;
  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true }) acceptedAt: Date | null;
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true }) revokedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
