import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { Actor } from '../../common/actor';
import { CurrentActor } from '../../common/auth.decorators';
import { AuditLog, AuditLogEntry } from './audit-log';
import { AuditEvent } from './models/audit-event.model';

@Resolver()
export class AuditResolver {
  constructor(private readonly audit: AuditLog) {}

  @Query(() => [AuditEvent], { description: "The organization's security-relevant changes, newest first (admins only)." })
  auditLog(@CurrentActor() actor: Actor, @Args('limit', { type: () => Int, defaultValue: 50, description: '1 to 200.' }) limit: number): Promise<AuditLogEntry[]> {
    return this.audit.latest(actor, limit);
  }
}
