import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { readLogoImage } from '@candor/domain';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../../common/actor';
import { DomainException } from '../../common/domain.exception';
import { isUuid } from '../../common/input-rules';
import { AuditLog } from '../audit/audit-log';
import { OrganizationEntity } from '../organizations/organization.entity';
import { OrganizationLogoEntity } from './organization-logo.entity';

/** The organization's logo: replaced or removed by an admin, served to anyone who has its URL. */
@Injectable()
export class BrandingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  /**
   * Replaces the logo. The input is already bounded (at most the base64 length of the largest
   * file); the bytes are then judged by their signature and header (readLogoImage), never by a
   * declared type.
   */
  async uploadLogo(actor: Actor, contentBase64: string): Promise<OrganizationEntity> {
    const content = Buffer.from(contentBase64, 'base64');
    const check = readLogoImage(content);
    if (!check.ok) throw DomainException.badInput([{ field: 'contentBase64', message: check.problem }]);
    return this.changeLogo(actor, async (db) => {
      await db.delete(OrganizationLogoEntity, { organizationId: actor.organizationId });
      await db.insert(OrganizationLogoEntity, {
        organizationId: actor.organizationId,
        ...check.image,
        content,
        sha256: createHash('sha256').update(content).digest(),
      });
      return true;
    });
  }

  /** Removes the logo; the page shows Candor's name again. Removing none changes nothing. */
  removeLogo(actor: Actor): Promise<OrganizationEntity> {
    return this.changeLogo(actor, async (db) => {
      const removed = await db.delete(OrganizationLogoEntity, { organizationId: actor.organizationId });
      return (removed.affected ?? 0) > 0;
    });
  }

  /** The id of the organization's logo (which names it in its URL), or null. */
  async logoIdOf(organizationId: string): Promise<string | null> {
    const logo = await this.dataSource.getRepository(OrganizationLogoEntity).findOne({ where: { organizationId }, select: { id: true } });
    return logo?.id ?? null;
  }

  /** A logo's bytes and how to serve them, by its id; null for an unknown or replaced one. */
  image(logoId: string): Promise<Pick<OrganizationLogoEntity, 'contentType' | 'content' | 'sha256'> | null> {
    if (!isUuid(logoId)) return Promise.resolve(null);
    return this.dataSource.getRepository(OrganizationLogoEntity).findOne({ where: { id: logoId }, select: { contentType: true, content: true, sha256: true } });
  }

  /** One logo change at a time per organization, audited when it changed anything. */
  private changeLogo(actor: Actor, change: (db: EntityManager) => Promise<boolean>): Promise<OrganizationEntity> {
    return this.dataSource.transaction(async (db) => {
      const organization = await db.findOneOrFail(OrganizationEntity, { where: { id: actor.organizationId }, lock: { mode: 'pessimistic_write' } });
      if (await change(db)) {
        await this.audit.record(db, {
          organizationId: actor.organizationId,
          actorMemberId: actor.memberId,
          action: 'ORGANIZATION_SETTINGS_CHANGED',
          target: { type: 'ORGANIZATION', id: actor.organizationId },
          details: { settings: ['logo'] },
        });
      }
      return organization;
    });
  }
}
