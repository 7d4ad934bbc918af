import { Injectable } from '@nestjs/common';
import { parseClockTime } from '@candor/domain';
import { DomainException } from '../../common/domain.exception';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../../common/actor';
import { UpdateOrganizationInput } from './dto/update-organization.input';
import { OrganizationEntity } from './organization.entity';

@Injectable()
export class OrganizationsService {
  constructor(private readonly dataSource: DataSource) {}

  async update(actor: Actor, input: UpdateOrganizationInput): Promise<OrganizationEntity> {
    const { quietHoursStart, quietHoursEnd, ...rest } = input;
    const changes: Partial<OrganizationEntity> = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined && v !== null));
    if (quietHoursStart !== undefined || quietHoursEnd !== undefined) {
      if ((quietHoursStart ?? null) === null !== ((quietHoursEnd ?? null) === null)) {
        throw DomainException.badInput([{ field: quietHoursStart ? 'quietHoursEnd' : 'quietHoursStart', message: 'must be given together with the other end of quiet hours' }]);
      }
      changes.quietHoursStartMinute = quietHoursStart ? parseClockTime(quietHoursStart) : null;
      changes.quietHoursEndMinute = quietHoursEnd ? parseClockTime(quietHoursEnd) : null;
    }
    return this.dataSource.transaction(async (db) => {
      if (Object.keys(changes).length > 0) await db.update(OrganizationEntity, { id: actor.organizationId }, changes);
      return db.findOneByOrFail(OrganizationEntity, { id: actor.organizationId });
    });
  }

  /** The actor's organization, read inside the caller's transaction. */
  static ofActor(db: EntityManager, actor: Actor): Promise<OrganizationEntity> {
    return db.findOneByOrFail(OrganizationEntity, { id: actor.organizationId });
  }
}
