import { Inject, Injectable, Logger } from '@nestjs/common';
import { calendarDateInZone, minuteOfDay } from '@candor/domain';
import { renderTeamNotice } from '@candor/emails';
import { DataSource, IsNull } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { AttentionEntry, AttentionService } from '../attention/attention.service';
import { MemberEntity } from '../members/member.entity';
import { OrganizationEntity } from '../organizations/organization.entity';
import { formatCalendarDay, formatInstant } from './email-formatting';
import { EmailOutbox } from './email-outbox';

/** The digest goes out at 08:00 in each organization's time zone, queued by the first scheduler tick in the next 15 minutes. */
export const DIGEST_MINUTE = 8 * 60;
export const DIGEST_WINDOW_MINUTES = 15;

/**
 * The morning digest to each member: overdue promises, promises due today or tomorrow, past
 * steps not marked done, and check-ins and answers waiting. Nothing is sent when the list is
 * empty; the day's claim and a deterministic Message-ID per member and day make a second run a no-op.
 */
@Injectable()
export class DigestService {
  private readonly logger = new Logger('DigestService');

  constructor(
    private readonly dataSource: DataSource,
    private readonly attention: AttentionService,
    private readonly outbox: EmailOutbox,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Queues the digest of every organization where it is now the digest window (08:00 to 08:15
   * in its zone) and today's digest was not yet queued. Each organization's day is claimed once
   * (`digest_queued_on`) in the same transaction as its emails, so ticks every minute, from any
   * number of processes, queue it once; a day with nothing waiting is claimed and sends nothing.
   * Returns how many emails were queued.
   */
  async run(now: Date): Promise<number> {
    let queued = 0;
    let failed = 0;
    const organizations = await this.dataSource
      .getRepository(OrganizationEntity)
      .createQueryBuilder('o')
      .addSelect('o.digestQueuedOn')
      .getMany();
    for (const organization of organizations) {
      const minute = minuteOfDay(now, organization.timeZone);
      if (minute < DIGEST_MINUTE || minute >= DIGEST_MINUTE + DIGEST_WINDOW_MINUTES) continue;
      const day = calendarDateInZone(now, organization.timeZone);
      if (organization.digestQueuedOn === day) continue;
      queued += await this.queueFor(organization, day, now).catch((error: unknown) => {
        // One organization's failure (its claim rolls back) does not cost the others their digest.
        failed += 1;
        this.logger.error(`Digest of organization ${organization.id} for ${day} failed: ${error instanceof Error ? error.message : String(error)}`);
        return 0;
      });
    }
    if (failed > 0) throw new Error(`${failed} organizations' digests failed; the next tick in their window tries again.`);
    return queued;
  }

  /** Claims the organization's day and queues its digest emails, in one transaction. Returns how many. */
  private queueFor(organization: OrganizationEntity, day: string, now: Date): Promise<number> {
    return this.dataSource.transaction(async (db) => {
      const claimed = await db.query(
        'UPDATE organizations SET digest_queued_on = $2 WHERE id = $1 AND digest_queued_on IS DISTINCT FROM $2 RETURNING id',
        [organization.id, day],
      );
      if (claimed[0].length === 0) return 0; // another process queued it a moment ago
      const items = await this.attention.forOrganization(organization.id, now);
      if (items.length === 0) return 0;
      const members = await db.getRepository(MemberEntity).findBy({ organizationId: organization.id, deactivatedAt: IsNull(), removedAt: IsNull() });
      const rendered = await renderTeamNotice({
        organizationName: organization.name,
        subject: `Candor: ${items.length} thing${items.length === 1 ? '' : 's'} candidates are waiting on`,
        paragraphs: [`Good morning! Here is what candidates are waiting on, ${formatCalendarDay(day)}:`, ...items.map((i) => line(i, organization.timeZone))],
        button: { url: `${this.config.publicUrl}/`, label: 'Open Candor' },
      });
      let added = 0;
      for (const member of members) {
        const id = await this.outbox.add(db, {
          organizationId: organization.id,
          candidateId: null,
          memberId: member.id,
          kind: 'DIGEST',
          to: member.email,
          rendered,
          sendAfter: now,
          now,
          messageKey: `digest-${member.id}-${day}`,
        });
        if (id) added += 1;
      }
      return added;
    });
  }
}

function line(item: AttentionEntry, timeZone: string): string {
  const who = item.candidate.name;
  switch (item.reason) {
    case 'PROMISE_AUTO_EXTENDED':
      return `Extended for you: ${who} was told the team needs until ${formatCalendarDay(item.dueOn!)}. Decide by then: it will not be extended again.`;
    case 'PROMISE_OVERDUE':
      return `Overdue: ${who} was promised news by ${formatCalendarDay(item.dueOn!)}.`;
    case 'PROMISE_DUE_SOON':
      return `Due soon: ${who} expects news by ${formatCalendarDay(item.dueOn!)}.`;
    case 'STEP_PAST_NOT_DONE':
      return `Not marked done: "${item.nextStep!.title}" with ${who} (${formatInstant(item.dueAt!, timeZone)}).`;
    case 'CHECK_IN_OVERDUE':
      return `${who} checked in more than a business day ago and has no answer yet.`;
    case 'CHECK_IN_WAITING':
      return `${who} checked in and is waiting for an answer.`;
    case 'RESPONSE_WAITING':
      return `${who} sent what you asked for.`;
    case 'EMAIL_UNDELIVERABLE':
      return `Emails to ${who} are paused: their address bounced or reported spam. Check the address.`;
  }
}
