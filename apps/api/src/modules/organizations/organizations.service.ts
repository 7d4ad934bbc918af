import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../../common/actor';
import { UpdateOrganizationInput } from './dto/update-organization.input';
import { OrganizationEntity } from './organization.entity';

@Injectable()
export class OrganizationsService {
  constructor(private readonly dataSource: DataSource) {}

  async update(actor: Actor, input: UpdateOrganizationInput): Promise<OrganizationEntity> {
    return this.dataSource.transaction(async (db) => {
      const changes = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined && v !== null));
      if (Object.keys(changes).length > 0) {
        await db.update(OrganizationEntity, { id: actor.organizationId }, changes);
      }
      return db.findOneByOrFail(OrganizationEntity, { id: actor.organizationId });
    });
  }

  /** The actor's organization, read inside the caller's transaction. */
  static ofActor(db: EntityManager, actor: Actor): Promise<OrganizationEntity> {
    return db.findOneByOrFail(OrganizationEntity, { id: actor.organizationId });
  }
}
