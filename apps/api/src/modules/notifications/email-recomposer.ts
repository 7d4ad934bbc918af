import { Injectable } from '@nestjs/common';
import { StepEmailKind } from '@candor/emails';
import { EntityManager } from 'typeorm';
import { CandidateEntity } from '../candidates/candidate.entity';
import { EmailAttachment, EmailMessageEntity } from '../candidates/email-message.entity';
import { StageEntity } from '../jobs/stage.entity';
import { NextStepEntity } from '../next-steps/next-step.entity';
import { OrganizationEntity } from '../organizations/organization.entity';
import { StageEmailsService } from './stage-emails.service';
import { StepEmailsService } from './step-emails.service';

/** An email as it would go now. */
export interface CurrentEmail {
  to: string;
  subject: string;
  html: string;
  text: string;
  headers: Record<string, string>;
  attachments: EmailAttachment[];
}

/** What a queued email is when it is sent: its content now, or why it no longer goes. */
export type SendTimeEmail = { content: CurrentEmail } | { cancelled: string };

const STEP_KINDS: readonly string[] = ['STEP_SCHEDULED', 'STEP_UPDATED', 'STEP_CANCELLED'];

/**
 * Renders and addresses a queued candidate email from the data as it is at the moment it is
 * sent (and for the team's view of a SCHEDULED email): the candidate's address and name now,
 * the stage's template now, the step now. An email whose reason no longer holds is cancelled:
 * the candidate left the stage it announces, was archived, unsubscribed (a calendar CANCEL still
 * goes: it takes back an event Candor put in their calendar), or the stage stopped emailing.
 * A candidate email carries the organization's Reply-To address (a shared inbox) when it set one.
 * Team emails (invites, resets, notices, digests) go as they were rendered.
 */
@Injectable()
export class EmailRecomposer {
  constructor(
    private readonly stageEmails: StageEmailsService,
    private readonly stepEmails: StepEmailsService,
  ) {}

  /** `now` is the send time; null when the email goes as it was rendered. */
  async current(db: EntityManager, email: EmailMessageEntity, now: Date): Promise<SendTimeEmail | null> {
    if (!email.candidateId || email.memberId) return null;
    const candidate = await db.findOneBy(CandidateEntity, { id: email.candidateId });
    if (!candidate) return { cancelled: 'The candidate was deleted.' };
    if (candidate.unsubscribedAt && email.kind !== 'STEP_CANCELLED') return { cancelled: 'The candidate asked for no more emails.' };
    const organization = await db.findOneByOrFail(OrganizationEntity, { id: candidate.organizationId });
    // Replies go to the organization's shared inbox when it named one, else nowhere (the no-reply sender).
    const replyTo: Record<string, string> = organization.replyTo ? { 'Reply-To': organization.replyTo } : {};
    const { 'Reply-To': _formerReplyTo, ...headers } = email.headers;
    const stored = { to: candidate.email, subject: email.subject, html: email.html, text: email.text, headers: { ...headers, ...replyTo }, attachments: email.attachments };
    if (email.kind === 'STAGE_CHANGED') {
      if (!email.stageId) return { content: stored }; // written before stage emails recorded their stage
      if (candidate.stageId !== email.stageId) return { cancelled: 'The candidate is no longer in the stage this email announces.' };
      if (candidate.archivedAt) return { cancelled: 'The candidate was archived.' };
      const stage = await db.findOneByOrFail(StageEntity, { id: email.stageId });
      if (!stage.notifyCandidates) return { cancelled: 'The stage no longer emails candidates.' };
      const content = await this.stageEmails.content(db, candidate, stage, organization, email.messageToCandidate ?? '', now);
      return { content: { ...stored, ...content.rendered, headers: { ...content.headers, ...replyTo } } };
    }
    if (STEP_KINDS.includes(email.kind)) {
      // The step's unsent emails are replaced on every change of the step or its candidate's
      // process (StepEmailsService), so a queued one still says what the calendar should hold.
      const step = email.stepId ? await db.findOneBy(NextStepEntity, { id: email.stepId }) : null;
      if (!step) return { content: stored };
      const content = await this.stepEmails.content(db, {
        step,
        candidate,
        organization,
        kind: email.kind as StepEmailKind,
        sequence: email.calendarSequence ?? step.sequence,
        exceptEmailId: email.id,
        now,
      });
      return { content: { ...stored, ...content.rendered, headers: { ...content.headers, ...replyTo }, attachments: content.attachments ?? [] } };
    }
    return { content: stored };
  }
}
