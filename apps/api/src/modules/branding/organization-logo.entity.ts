import { LogoContentType } from '@candor/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An organization's logo, at most one. Each upload is a new row with a new id, and the id names
 * the image in its URL (logoPath), so a new logo shows at once while the old URL stops working.
 */
@Entity('organization_logos')
export class OrganizationLogoEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'organization_id', type: 'uuid' }) organizationId: string;
  /** From the file's signature (readLogoImage), never from what the uploader said. */
  @Column({ name: 'content_type', type: 'varchar' }) contentType: LogoContentType;
  /** Not read unless asked for: only the image route needs the bytes. */
  @Column({ type: 'bytea', select: false }) content: Buffer;
  @Column({ type: 'int' }) width: number;
  @Column({ type: 'int' }) height: number;
  /** SHA-256 of the content: the image's ETag. */
  @Column({ type: 'bytea' }) sha256: Buffer;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
