import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { calendarDateInZone, minuteOfDay } from '@candor/domain';
import { renderTeamNotice } from '@candor/emails';
import { DataSource, IsNull } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { AttentionEntry, AttentionService } from '../attention/attention.service';
import { MemberEntity } from '../members/member.entity';
import { OrganizationEntity } from '../organizations/organization.entity';
import { formatCalendarDay, formatInstant } from './email-formatting';
import { EmailOutbox } from './email-outbox';
import { EmailQueue } from './email-queue';
import { Clock } from '../../common/clock';

/** The digest goes out at 08:00 in each organization's time zone (checked every 15 minutes). */
export const DIGEST_MINUTE = 8 * 60;
export const DIGEST_WINDOW_MINUTES = 15;

/**
 * The morning digest to each member: overdue promises, promises due today or tomorrow, past
 * steps not marked done, and check-ins and answers waiting. Nothing is sent when the list is
 * empty; a deterministic Message-ID per member and day makes a second run a no-op.
 */
@Injectable()
export class DigestService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly attention: AttentionService,
    private readonly outbox: EmailOutbox,
    private readonly queue: EmailQueue,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.queue.setDigest(() => this.run(this.clock.now()));
  }

  /** Queues the digests of every organization where it is now the digest time. Returns how many. */
  async run(now: Date): Promise<number> {
    let queued = 0;
    const organizations = await this.dataSource.getRepository(OrganizationEntity).find();
    for (const organization of organizations) {
      const minute = minuteOfDay(now, organization.timeZone);
      if (minute < DIGEST_MINUTE || minute >= DIGEST_MINUTE + DIGEST_WINDOW_MINUTES) continue;
      const items = await this.attention.forOrganization(organization.id, now);
      if (items.length === 0) continue;
      const day = calendarDateInZone(now, organization.timeZone);
      const members = await this.dataSource.getRepository(MemberEntity).findBy({ organizationId: organization.id, deactivatedAt: IsNull(), removedAt: IsNull() });
      const rendered = await renderTeamNotice({
        organizationName: organization.name,
        subject: `Candor: ${items.length} thing${items.length === 1 ? '' : 's'} candidates are waiting on`,
        paragraphs: [`Good morning! Here is what candidates are waiting on, ${formatCalendarDay(day)}:`, ...items.map((i) => line(i, organization.timeZone))],
        button: { url: `${this.config.publicUrl}/`, label: 'Open Candor' },
      });
      for (const member of members) {
        const id = await this.dataSource.transaction((db) =>
          this.outbox.add(db, {
            organizationId: organization.id,
            candidateId: null,
            memberId: member.id,
            kind: 'DIGEST',
            to: member.email,
            rendered,
            sendAfter: now,
            now,
            messageId: `<digest-${member.id}-${day}@candor>`,
          }),
        );
        if (id) queued += 1;
      }
    }
    return queued;
  }
}

function line(item: AttentionEntry, timeZone: string): string {
  const who = item.candidate.name;
  switch (item.reason) {
    case 'PROMISE_OVERDUE':
      return `Overdue: ${who} was promised news by ${formatCalendarDay(item.dueOn!)}.`;
    case 'PROMISE_DUE_SOON':
      return `Due soon: ${who} expects news by ${formatCalendarDay(item.dueOn!)}.`;
    case 'STEP_PAST_NOT_DONE':
      return `Not marked done: "${item.nextStep!.title}" with ${who} (${formatInstant(item.dueAt!, timeZone)}).`;
    case 'CHECK_IN_WAITING':
      return `${who} checked in and is waiting for an answer.`;
    case 'RESPONSE_WAITING':
      return `${who} sent what you asked for.`;
  }
}
