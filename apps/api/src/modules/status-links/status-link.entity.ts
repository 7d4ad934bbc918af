import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A candidate's one live status link. The token is kept only as a keyed hash and encrypted. */
@Entity('status_links')
export class StatusLinkEntity {
  @PrimaryColumn({ name: 'candidate_id', type: 'uuid' }) candidateId: string;
  @Column({ name: 'organization_id', type: 'uuid' }) organizationId: string;
  @Column({ name: 'token_hash', type: 'bytea' }) tokenHash: Buffer;
  @Column({ name: 'token_encrypted', type: 'text' }) tokenEncrypted: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
