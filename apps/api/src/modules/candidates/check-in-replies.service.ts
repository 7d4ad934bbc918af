import { Injectable } from '@nestjs/common';
import { calendarDateInZone, endOfPromisedDay, formatCalendarDay, isFinalStageKind } from '@candor/domain';
import { DataSource } from 'typeorm';
import { Actor } from '../../common/actor';
import { Clock } from '../../common/clock';
import { DomainException } from '../../common/domain.exception';
import { findInOrganization } from '../../common/scoped-lookup';
import { CheckInEntity } from '../candidate-status/check-in.entity';
import { StageEntity } from '../jobs/stage.entity';
import { CheckInReplyEmailsService } from '../notifications/check-in-reply-emails.service';
import { OrganizationsService } from '../organizations/organizations.service';
import { PromiseLedger } from '../promises/promise-ledger.service';
import { recordVisibleUpdate, visibleStageOf } from '../promises/visible-updates';
import { recordTimelineEvent } from '../timeline/timeline';
import { CandidateEntity } from './candidate.entity';
import { assertPromiseDate, assertVersion } from './candidate-rules';
import { ReplyToCheckInInput } from './dto/reply-to-check-in.input';

/**
 * The team's answer to a candidate's check-in, at most one per check-in, in one transaction: the
 * reply on the check-in row, a candidate-visible update (REPLY: it keeps an open promise, or is
 * when the candidate of a broken one heard), a new promised day if one came with it (through the
 * ledger: a later day than an open promise not yet lapsed EXTENDS it, with the reply as its
 * reason; after a lapse it is a new promise), the timeline, and the CHECK_IN_REPLY email.
 */
@Injectable()
export class CheckInRepliesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly ledger: PromiseLedger,
    private readonly emails: CheckInReplyEmailsService,
  ) {}

  /**
   * @throws NOT_FOUND for a check-in of another organization (or none).
   * @throws BAD_USER_INPUT message (empty), expectedResponseBy (past, too far, or after an outcome).
   * @throws CONFLICT when the check-in was already answered, or the candidate changed since `expectedVersion`.
   */
  async reply(actor: Actor, input: ReplyToCheckInInput): Promise<CheckInEntity> {
    const message = input.message.trim();
    if (!message) throw DomainException.badInput([{ field: 'message', message: 'must not be empty: write the candidate a reply' }]);
    return this.dataSource.transaction(async (db) => {
      const found = await findInOrganization(db, CheckInEntity, actor, input.checkInId, 'check-in');
      // The candidate first, then the check-in and the promise: the order every change of a candidate takes them in.
      const candidate = await findInOrganization(db, CandidateEntity, actor, found.candidateId, 'candidate', { lock: true });
      const checkIn = await findInOrganization(db, CheckInEntity, actor, found.id, 'check-in', { lock: true });
      if (checkIn.repliedAt) {
        const { timeZone } = await OrganizationsService.ofActor(db, actor);
        const on = formatCalendarDay(calendarDateInZone(checkIn.repliedAt, timeZone));
        throw DomainException.conflict(`This check-in was already answered on ${on}; a check-in takes one reply.`);
      }
      assertVersion(candidate, input.expectedVersion);
      const now = this.clock.now();
      const organization = await OrganizationsService.ofActor(db, actor);
      const newDay = input.expectedResponseBy ?? null;
      if (newDay) {
        const stage = await db.findOneByOrFail(StageEntity, { id: candidate.stageId });
        if (isFinalStageKind(stage.kind) || candidate.archivedAt) {
          throw DomainException.badInput([{ field: 'expectedResponseBy', message: `must be empty: ${candidate.name} has no process left to hear back about` }]);
        }
        assertPromiseDate(newDay, now, organization.timeZone);
      }
      const visible = visibleStageOf(candidate, now);
      const visibleStage = await db.findOneByOrFail(StageEntity, { id: visible.stageId });
      const open = await PromiseLedger.openPromise(db, candidate.id);
      const update = { organizationId: candidate.organizationId, candidateId: candidate.id, kind: 'REPLY' as const, at: now, stageId: visible.stageId, stageEnteredAt: visible.enteredAt };
      // A later day than the open promise before its day ends extends it (the reply is the news
      // that came with it, not an update that keeps it); otherwise the reply keeps or settles the
      // open promise first, as a move does, and the new day is a promise of its own.
      const extending = !!newDay && !!open && newDay > open.promisedDay && now.getTime() < endOfPromisedDay(open.promisedDay, organization.timeZone).getTime();
      if (!extending) await recordVisibleUpdate(db, update);
      if (newDay) {
        await this.ledger.promiseGiven(db, {
          candidate,
          stage: visibleStage,
          day: newDay,
          memberId: actor.memberId,
          reason: input.promiseChangeReason?.trim() || message.slice(0, 500),
          toldElsewhere: true,
          now,
        });
      }
      if (extending) await recordVisibleUpdate(db, { ...update, keepsOpenPromise: false });
      if (newDay && newDay !== candidate.expectedResponseBy) {
        candidate.expectedResponseBy = newDay;
        candidate.version += 1;
        candidate.updatedAt = now;
        await db.save(candidate);
      }
      Object.assign(checkIn, { replyMessage: message, repliedAt: now, repliedById: actor.memberId, replyNewDay: newDay });
      await db.update(CheckInEntity, { id: checkIn.id }, { replyMessage: message, repliedAt: now, repliedById: actor.memberId, replyNewDay: newDay });
      await recordTimelineEvent(db, {
        organizationId: candidate.organizationId,
        candidateId: candidate.id,
        type: 'CHECK_IN_REPLIED',
        at: now,
        actorMemberId: actor.memberId,
        data: { checkInId: checkIn.id, message, expectedResponseBy: newDay },
      });
      await this.emails.onReply(db, candidate, checkIn, now);
      return checkIn;
    });
  }
}
