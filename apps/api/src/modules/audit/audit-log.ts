import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../../common/actor';
import { Clock } from '../../common/clock';
import { DomainException } from '../../common/domain.exception';
import { MemberEntity } from '../members/member.entity';
import { AuditAction, AuditEventEntity, AuditTargetType } from './audit-event.entity';

/** Most entries one auditLog query returns. */
export const AUDIT_LOG_PAGE_MAX = 200;

export interface AuditEntry {
  organizationId: string;
  /** The member who did it; null for the system or someone without a session (a reset by email). */
  actorMemberId: string | null;
  action: AuditAction;
  target?: { type: AuditTargetType; id: string };
  /** Non-personal facts only (see AuditEventEntity). */
  details?: Record<string, string | number | boolean | string[]>;
}

export interface AuditLogEntry {
  id: string;
  action: AuditAction;
  actorName: string | null;
  targetType: AuditTargetType | null;
  targetId: string | null;
  /** The target member's name, for member and invite targets; never a candidate's. */
  targetName: string | null;
  details: { key: string; value: string }[];
  at: Date;
}

/** Writes audit entries inside the caller's transaction, and reads them back for admins. */
@Injectable()
export class AuditLog {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async record(db: EntityManager, entry: AuditEntry): Promise<void> {
    await db.insert(AuditEventEntity, {
      organizationId: entry.organizationId,
      actorMemberId: entry.actorMemberId,
      action: entry.action,
      targetType: entry.target?.type ?? null,
      targetId: entry.target?.id ?? null,
      details: entry.details ?? {},
      at: this.clock.now(),
    });
  }

  /** The organization's latest entries, newest first (at most `limit`, 1 to 200). */
  async latest(actor: Actor, limit: number): Promise<AuditLogEntry[]> {
    if (!Number.isInteger(limit) || limit < 1 || limit > AUDIT_LOG_PAGE_MAX) {
      throw DomainException.badInput([{ field: 'limit', message: `must be a whole number from 1 to ${AUDIT_LOG_PAGE_MAX}` }]);
    }
    const rows = await this.dataSource
      .getRepository(AuditEventEntity)
      .createQueryBuilder('e')
      .leftJoin(MemberEntity, 'actor', 'actor.id = e.actorMemberId')
      .leftJoin(MemberEntity, 'target', "target.id = e.targetId AND e.targetType = 'MEMBER'")
      .select([
        'e.id AS id',
        'e.action AS action',
        'actor.name AS "actorName"',
        'e.targetType AS "targetType"',
        'e.targetId AS "targetId"',
        'target.name AS "targetName"',
        'e.details AS details',
        'e.at AS at',
      ])
      .where('e.organizationId = :organizationId', { organizationId: actor.organizationId })
      .orderBy('e.seq', 'DESC')
      .limit(limit)
      .getRawMany<Omit<AuditLogEntry, 'details'> & { details: Record<string, unknown> }>();
    return rows.map((row) => ({
      ...row,
      // jsonb keeps no key order: by name, so that the answer is the same every time.
      details: Object.entries(row.details)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, value]) => ({ key, value: Array.isArray(value) ? value.join(', ') : String(value) })),
    }));
  }
}
