import { Injectable } from '@nestjs/common';
import { normalizeAccentColor, parseClockTime } from '@candor/domain';
import { DomainException } from '../../common/domain.exception';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../../common/actor';
import { currentTimeZoneName } from '../../common/time-zone-names';
import { AuditLog } from '../audit/audit-log';
import { UpdateOrganizationInput } from './dto/update-organization.input';
import { OrganizationEntity } from './organization.entity';

@Injectable()
export class OrganizationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  async update(actor: Actor, input: UpdateOrganizationInput): Promise<OrganizationEntity> {
    const { quietHoursStart, quietHoursEnd, replyTo, accentColor, promiseExtensionTime, holidays, stepReminderHours, ...rest } = input;
    const changes: Partial<OrganizationEntity> = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined && v !== null));
    if (changes.timeZone) changes.timeZone = currentTimeZoneName(changes.timeZone);
    if (replyTo !== undefined) changes.replyTo = replyTo; // null clears it
    if (stepReminderHours !== undefined) changes.stepReminderHours = stepReminderHours; // null turns reminders off
    if (accentColor !== undefined) changes.accentColor = accentColor === null ? null : normalizeAccentColor(accentColor);
    if (quietHoursStart !== undefined || quietHoursEnd !== undefined) {
      if ((quietHoursStart ?? null) === null !== ((quietHoursEnd ?? null) === null)) {
        throw DomainException.badInput([{ field: quietHoursStart ? 'quietHoursEnd' : 'quietHoursStart', message: 'must be given together with the other end of quiet hours' }]);
      }
      changes.quietHoursStartMinute = quietHoursStart ? parseClockTime(quietHoursStart) : null;
      changes.quietHoursEndMinute = quietHoursEnd ? parseClockTime(quietHoursEnd) : null;
    }
    if (promiseExtensionTime) changes.promiseExtensionMinute = parseClockTime(promiseExtensionTime)!;
    if (holidays) changes.holidays = [...new Set(holidays)].sort();
    if (changes.requireTwoFactor === true && !actor.twoFactorEnabled) {
      throw DomainException.badInput([{ field: 'requireTwoFactor', message: 'needs your own two-factor sign-in first (set it up in your account), so that you keep access' }]);
    }
    return this.dataSource.transaction(async (db) => {
      const before = await db.findOneOrFail(OrganizationEntity, { where: { id: actor.organizationId }, lock: { mode: 'pessimistic_write' } });
      const changed = (Object.keys(changes) as (keyof OrganizationEntity)[]).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(changes[key]));
      if (changed.length > 0) {
        await db.update(OrganizationEntity, { id: actor.organizationId }, changes);
        await this.audit.record(db, {
          organizationId: actor.organizationId,
          actorMemberId: actor.memberId,
          action: 'ORGANIZATION_SETTINGS_CHANGED',
          target: { type: 'ORGANIZATION', id: actor.organizationId },
          details: { settings: changed.map(String) },
        });
      }
      return db.findOneByOrFail(OrganizationEntity, { id: actor.organizationId });
    });
  }

  /** The actor's organization, read inside the caller's transaction. */
  static ofActor(db: EntityManager, actor: Actor): Promise<OrganizationEntity> {
    return db.findOneByOrFail(OrganizationEntity, { id: actor.organizationId });
  }
}
