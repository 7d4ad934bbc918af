import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A one-time recovery code for two-factor sign-in, stored only as a keyed hash. */
@Entity('recovery_codes')
export class RecoveryCodeEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'member_id', type: 'uuid' }) memberId: string;
  @Column({ name: 'code_hash', type: 'bytea' }) codeHash: Buffer;
  @Column({ name: 'used_at', type: 'timestamptz', nullable: true }) usedAt: Date | null;
}
