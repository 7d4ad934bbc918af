import { Inject, Injectable } from '@nestjs/common';
import { renderTeamNotice } from '@candor/emails';
import { EntityManager, In, IsNull } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { CandidateEntity } from '../candidates/candidate.entity';
import { JobEntity } from '../jobs/job.entity';
import { MemberEntity } from '../members/member.entity';
import { OrganizationEntity } from '../organizations/organization.entity';
import { formatCalendarDay } from './email-formatting';
import { EmailOutbox } from './email-outbox';
import { SECRET_LINK_PLACEHOLDER } from './secret-links';

export type CandidateReached =
  | { kind: 'CHECK_IN'; promisedDate: string; message: string | null }
  | { kind: 'RESPONSE'; stepTitle: string; message: string; links: string[] };

/** One promise in a member's reminder (PromiseReminders): the candidate, the promised day and what Candor will do. */
export interface PromiseDue {
  promiseId: string;
  candidateId: string;
  candidateName: string;
  jobTitle: string;
  /** "YYYY-MM-DD" in the organization's time zone. */
  promisedDay: string;
  /** Business days Candor adds once if nothing visible happens (pre-approved); null for none. */
  fallbackExtensionDays: number | null;
  /** Already an automatic extension: it will not be extended again. */
  automatic: boolean;
  /**
   * Why it goes to every admin and recruiter instead of its maker: the maker is no longer an active
   * member (FORMER_MEMBER), or no member gave it (NO_MAKER: Candor or an import); null when it goes to its maker.
   */
  unowned: 'FORMER_MEMBER' | 'NO_MAKER' | null;
}

/** Emails to the team: a candidate checked in or answered a request; a promise lapses soon; an invitation to join. */
@Injectable()
export class TeamEmailsService {
  constructor(
    private readonly outbox: EmailOutbox,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Tells the organization's admins and recruiters (jobs have no assigned members yet). */
  async candidateReachedOut(db: EntityManager, candidateId: string, event: CandidateReached, now: Date): Promise<void> {
    const candidate = await db.findOneByOrFail(CandidateEntity, { id: candidateId });
    const organization = await db.findOneByOrFail(OrganizationEntity, { id: candidate.organizationId });
    const job = await db.findOneByOrFail(JobEntity, { id: candidate.jobId });
    const members = await db.find(MemberEntity, {
      where: { organizationId: candidate.organizationId, role: In(['ADMIN', 'RECRUITER']), deactivatedAt: IsNull(), removedAt: IsNull() },
    });
    const rendered = await renderTeamNotice({
      organizationName: organization.name,
      subject:
        event.kind === 'CHECK_IN'
          ? `${candidate.name} checked in about ${job.title}`
          : `${candidate.name} answered "${event.stepTitle}"`,
      paragraphs:
        event.kind === 'CHECK_IN'
          ? [
              `${candidate.name} (${job.title}) was promised news by ${formatCalendarDay(event.promisedDate)} and has not heard back yet.`,
              event.message ? `Their message: "${event.message}"` : 'They left no message.',
              'A short update with a new date is all they need.',
            ]
          : [
              `${candidate.name} (${job.title}) answered your request "${event.stepTitle}":`,
              event.message,
              ...(event.links.length > 0 ? [`Links:\n${event.links.join('\n')}`] : []),
            ],
      button: { url: `${this.config.publicUrl}/candidates/${candidate.id}`, label: `Open ${candidate.name}` },
    });
    for (const member of members) {
      await this.outbox.add(db, {
        organizationId: candidate.organizationId,
        candidateId: candidate.id,
        memberId: member.id,
        kind: event.kind,
        to: member.email,
        rendered,
        sendAfter: now,
        now,
      });
    }
  }

  /**
   * The reminder to one member, the working day before promises lapse, listing each of them
   * (PromiseReminders decides who and when). Candor's own words, like the digest: team emails have
   * no editable templates. Returns the email's ID, or null when this same reminder was queued.
   */
  async promisesDueReminder(
    db: EntityManager,
    reminder: { organization: OrganizationEntity; member: MemberEntity; day: string; promises: readonly PromiseDue[]; now: Date },
  ): Promise<string | null> {
    const { organization, member, promises, now } = reminder;
    const first = promises[0];
    const rendered = await renderTeamNotice({
      organizationName: organization.name,
      subject:
        promises.length === 1
          ? `Reminder: ${first.candidateName} expects news by ${formatCalendarDay(first.promisedDay)}`
          : `Reminder: ${promises.length} candidates expect news by ${formatCalendarDay(promises[promises.length - 1].promisedDay)}`,
      paragraphs: [
        `Good morning, ${member.name}! ${promises.length === 1 ? 'A candidate was' : 'Candidates were'} promised news by a day that comes before your next working day ends:`,
        ...promises.map((p) => promiseLine(p, this.config.publicUrl)),
        'A short update, or a later date with a reason, keeps your word.',
      ],
      button:
        promises.length === 1
          ? { url: `${this.config.publicUrl}/candidates/${first.candidateId}`, label: `Open ${first.candidateName}` }
          : { url: `${this.config.publicUrl}/`, label: 'Open Candor' },
    });
    return this.outbox.add(db, {
      organizationId: organization.id,
      candidateId: promises.length === 1 ? first.candidateId : null,
      memberId: member.id,
      kind: 'PROMISE_DUE_REMINDER',
      to: member.email,
      rendered,
      sendAfter: now,
      now,
      messageKey: `promise-due-${member.id}-${reminder.day}-${first.promiseId}`,
    });
  }

  /** The invitation; its link is kept sealed until sent (see SecretLinks). */
  async invite(db: EntityManager, invite: { id: string; organizationId: string; email: string; role: string; url: string; invitedBy: string }, now: Date): Promise<void> {
    const organization = await db.findOneByOrFail(OrganizationEntity, { id: invite.organizationId });
    const rendered = await renderTeamNotice({
      organizationName: organization.name,
      subject: `${invite.invitedBy} invited you to ${organization.name} on Candor`,
      paragraphs: [
        `${invite.invitedBy} invited you to join ${organization.name} on Candor as ${invite.role.toLowerCase().replace('_', ' ')}.`,
        'Candor keeps every candidate informed: where they stand, what comes next, and when they will hear back.',
        'The link works for 7 days.',
      ],
      button: { url: SECRET_LINK_PLACEHOLDER, label: 'Accept the invitation' },
    });
    await this.outbox.add(db, {
      organizationId: invite.organizationId,
      candidateId: null,
      memberId: null,
      kind: 'INVITE',
      to: invite.email,
      rendered,
      sendAfter: now,
      now,
      messageKey: `invite-${invite.id}`,
      secretLink: invite.url,
    });
  }

  /** A password reset link for a member; kept sealed until sent (see SecretLinks). */
  async passwordReset(db: EntityManager, reset: { id: string; member: MemberEntity; url: string; ttlMinutes: number }, now: Date): Promise<void> {
    const organization = await db.findOneByOrFail(OrganizationEntity, { id: reset.member.organizationId });
    const rendered = await renderTeamNotice({
      organizationName: organization.name,
      subject: 'Reset your Candor password',
      paragraphs: [
        `Hi ${reset.member.name}, someone (we hope you) asked to reset the password of your Candor account at ${organization.name}.`,
        `The link works once, for ${reset.ttlMinutes} minutes. Resetting ends every session of your account.`,
        'If you did not ask for this, ignore this email: your password stays as it is.',
      ],
      button: { url: SECRET_LINK_PLACEHOLDER, label: 'Choose a new password' },
    });
    await this.outbox.add(db, {
      organizationId: reset.member.organizationId,
      candidateId: null,
      memberId: reset.member.id,
      kind: 'PASSWORD_RESET',
      to: reset.member.email,
      rendered,
      sendAfter: now,
      now,
      messageKey: `password-reset-${reset.id}`,
      secretLink: reset.url,
    });
  }
}

function promiseLine(p: PromiseDue, publicUrl: string): string {
  const then = p.automatic
    ? ` Candor already extended it once on ${p.unowned ? 'a' : 'your'} pre-approval: it will not be extended again.`
    : p.fallbackExtensionDays
      ? ` If nothing reaches them by then, Candor extends it once by ${p.fallbackExtensionDays} business ${p.fallbackExtensionDays === 1 ? 'day' : 'days'}, as pre-approved.`
      : '';
  const owner =
    p.unowned === 'FORMER_MEMBER'
      ? ' Whoever gave this date is no longer on the team, so every admin and recruiter hears about it.'
      : p.unowned === 'NO_MAKER'
        ? ' No team member gave this date (it came from Candor or an import), so every admin and recruiter hears about it.'
        : '';
  return `${p.candidateName} (${p.jobTitle}) expects news by ${formatCalendarDay(p.promisedDay)}.${then}${owner}\n${publicUrl}/candidates/${p.candidateId}`;
}

/** The host of PUBLIC_URL, for Message-IDs on our own domain. */
