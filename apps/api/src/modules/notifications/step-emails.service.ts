import { Inject, Injectable } from '@nestjs/common';
import { deliveryTime } from '@candor/domain';
import { firstName, renderStepEmail, StepEmailKind } from '@candor/emails';
import { EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { stepCalendar } from '../calendar/step-calendar';
import { CandidateEntity } from '../candidates/candidate.entity';
import { JobEntity } from '../jobs/job.entity';
import { NextStepEntity } from '../next-steps/next-step.entity';
import { OrganizationEntity } from '../organizations/organization.entity';
import { StatusLinkEntity } from '../status-links/status-link.entity';
import { StatusLinksService } from '../status-links/status-links.service';
import { formatInstant } from './email-formatting';
import { EmailOutbox } from './email-outbox';
import { quietHoursOf } from './quiet-hours';
import { UnsubscribeLinks } from './unsubscribe-links';

/** How a step stood for the candidate's calendar before a change. */
export interface StepSnapshot {
  onCalendar: boolean;
}

export function snapshotOf(step: NextStepEntity): StepSnapshot {
  return { onCalendar: onCalendar(step) };
}

function onCalendar(step: NextStepEntity): boolean {
  return step.visibleToCandidate && step.state === 'PLANNED' && !!(step.startsAt ?? step.dueAt);
}

/**
 * Keeps the candidate's calendar in step with the roadmap: an invitation when a dated step
 * appears, an update (same UID, higher SEQUENCE) when its time or place changes, and a
 * cancellation when it is cancelled, hidden or undated.
 */
@Injectable()
export class StepEmailsService {
  constructor(
    private readonly outbox: EmailOutbox,
    private readonly statusLinks: StatusLinksService,
    private readonly unsubscribe: UnsubscribeLinks,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onStepChanged(
    db: EntityManager,
    step: NextStepEntity,
    before: StepSnapshot | null,
    calendarFieldsChanged: boolean,
    now: Date,
  ): Promise<string | null> {
    const was = before?.onCalendar ?? false;
    const is = onCalendar(step);
    const kind: StepEmailKind | null =
      !was && is ? 'STEP_SCHEDULED' : was && is && calendarFieldsChanged ? 'STEP_UPDATED' : was && !is && step.state !== 'DONE' ? 'STEP_CANCELLED' : null;
    if (!kind) return null;
    const candidate = await db.findOneByOrFail(CandidateEntity, { id: step.candidateId });
    if (candidate.unsubscribedAt) return null;
    const organization = await db.findOneByOrFail(OrganizationEntity, { id: candidate.organizationId });
    const job = await db.findOneByOrFail(JobEntity, { id: candidate.jobId });
    const link = await db.findOneByOrFail(StatusLinkEntity, { candidateId: candidate.id });
    const at = (step.startsAt ?? step.dueAt)!;
    const unsubscribeUrl = this.unsubscribe.urlFor(link);
    const rendered = await renderStepEmail(kind, {
      firstName: firstName(candidate.name),
      organizationName: organization.name,
      jobTitle: job.title,
      stepTitle: step.title,
      when: `${step.startsAt ? '' : 'Due '}${formatInstant(at, organization.timeZone)}`,
      location: step.location,
      meetingUrl: step.meetingUrl,
      instructions: step.instructions,
      statusLink: this.statusLinks.urlOf(link),
      unsubscribeUrl,
    });
    const ics = stepCalendar(step, {
      method: kind === 'STEP_CANCELLED' ? 'CANCEL' : 'REQUEST',
      jobTitle: job.title,
      organizationName: organization.name,
      now,
      organizer: { name: organization.name, email: senderAddress(this.config.mail.from) },
      attendee: { name: candidate.name, email: candidate.email },
    })!;
    const quiet = quietHoursOf(organization);
    return this.outbox.add(db, {
      organizationId: candidate.organizationId,
      candidateId: candidate.id,
      memberId: null,
      kind,
      to: candidate.email,
      rendered,
      headers: { 'List-Unsubscribe': `<${unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
      attachments: [
        {
          filename: kind === 'STEP_CANCELLED' ? 'cancel.ics' : 'invite.ics',
          contentType: `text/calendar; charset=utf-8; method=${kind === 'STEP_CANCELLED' ? 'CANCEL' : 'REQUEST'}`,
          content: ics,
        },
      ],
      sendAfter: deliveryTime(now, 0, quiet, organization.timeZone),
      now,
    });
  }
}

/** The bare address of MAIL_FROM ("Candor <no-reply@x>" -> "no-reply@x"). */
function senderAddress(from: string): string {
  return /<([^>]+)>/.exec(from)?.[1] ?? from.trim();
}
