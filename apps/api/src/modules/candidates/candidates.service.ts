import { Injectable } from '@nestjs/common';
import { entryStageIndex, isFinalStageKind, outcomePending, pendingOutcomeAfterMove, stagesReachedAfterMove, undoesPendingOutcome } from '@candor/domain';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../../common/actor';
import { Clock } from '../../common/clock';
import { withUniqueAsConflict } from '../../common/database-errors';
import { DomainException } from '../../common/domain.exception';
import { findInOrganization } from '../../common/scoped-lookup';
import { JobEntity } from '../jobs/job.entity';
import { StageEntity } from '../jobs/stage.entity';
import { OrganizationsService } from '../organizations/organizations.service';
import { StageEmailsService } from '../notifications/stage-emails.service';
import { EmailOutbox } from '../notifications/email-outbox';
import { resumePausedEmails } from '../mail-events/undeliverable-addresses';
import { StepEmailsService } from '../notifications/step-emails.service';
import { StatusLinksService } from '../status-links/status-links.service';
import { recordTimelineEvent } from '../timeline/timeline';
import { CandidateEntity } from './candidate.entity';
import { assertActive, assertFallbackHasPromise, assertPromiseDate, assertVersion, promiseForStage } from './candidate-rules';
import { PromiseLedger } from '../promises/promise-ledger.service';
import { recordVisibleUpdate, visibleStageOf } from '../promises/visible-updates';
import { shownStageId } from '../candidate-status/status-view';
import { AddCandidateInput } from './dto/add-candidate.input';
import { MoveCandidateInput } from './dto/move-candidate.input';
import { UpdateCandidateInput } from './dto/update-candidate.input';
import { BulkMoveCandidatesInput } from './dto/bulk-move-candidates.input';
import { BulkMoveFailure } from './models/bulk-move-result.model';

const ALREADY_IN_JOB = () =>
  DomainException.conflict('A candidate with this email is already in this job.', {
    fields: [{ field: 'email', message: 'is already in this job' }],
  });

@Injectable()
export class CandidatesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly statusLinks: StatusLinksService,
    private readonly stageEmails: StageEmailsService,
    private readonly stepEmails: StepEmailsService,
    private readonly outbox: EmailOutbox,
    private readonly ledger: PromiseLedger,
  ) {}

  findCandidate(actor: Actor, id: string): Promise<CandidateEntity> {
    return findInOrganization(this.dataSource.manager, CandidateEntity, actor, id, 'candidate');
  }

  async addCandidate(actor: Actor, input: AddCandidateInput): Promise<CandidateEntity> {
    return withUniqueAsConflict(ALREADY_IN_JOB, () =>
      this.dataSource.transaction(async (db) => {
        const job = await findInOrganization(db, JobEntity, actor, input.jobId, 'job');
        if (job.status === 'CLOSED') throw DomainException.conflict(`"${job.title}" is closed. Reopen it to add candidates.`);
        const stage = await this.entryStage(db, job, input.stageId);
        const organization = await OrganizationsService.ofActor(db, actor);
        const now = this.clock.now();
        const candidate = await db.save(
          db.create(CandidateEntity, {
            organizationId: actor.organizationId,
            jobId: job.id,
            stageId: stage.id,
            reachedStageIds: [stage.id],
            name: input.name,
            email: input.email,
            expectedResponseBy: promiseForStage(stage, input.expectedResponseBy, now, organization.timeZone),
            version: 1,
            stageEnteredAt: now,
            visibleStageEnteredAt: now,
            createdAt: now,
            updatedAt: now,
          }),
        );
        assertFallbackHasPromise(candidate.expectedResponseBy, input.fallbackExtensionDays);
        await this.ledger.promiseGiven(db, {
          candidate,
          stage,
          day: candidate.expectedResponseBy,
          memberId: actor.memberId,
          fallbackExtensionDays: input.fallbackExtensionDays ?? null,
          now,
        });
        await this.statusLinks.issue(db, candidate);
        await recordTimelineEvent(db, {
          organizationId: actor.organizationId,
          candidateId: candidate.id,
          type: 'CANDIDATE_ADDED',
          at: now,
          actorMemberId: actor.memberId,
          data: { stageId: stage.id, stageName: stage.name, expectedResponseBy: candidate.expectedResponseBy },
        });
        // Entering the first stage is a stage change too: the candidate learns their application
        // arrived, and gets the status link they will use from then on.
        await this.stageEmails.onStageChanged(db, { candidate, stage, notify: input.notify !== false, messageToCandidate: null, now, visibleStageId: stage.id });
        return candidate;
      }),
    );
  }

  async updateCandidate(actor: Actor, input: UpdateCandidateInput): Promise<CandidateEntity> {
    return withUniqueAsConflict(ALREADY_IN_JOB, () =>
      this.dataSource.transaction(async (db) => {
        const candidate = await this.lockCandidate(db, actor, input.candidateId);
        assertVersion(candidate, input.expectedVersion);
        const now = this.clock.now();
        const changed: string[] = [];
        const formerEmail = candidate.email;
        for (const field of ['name', 'email'] as const) {
          if (input[field] !== undefined && input[field] !== null && input[field] !== candidate[field]) {
            candidate[field] = input[field];
            changed.push(field);
          }
        }
        // A cleared bounce or complaint mark was about the former address: reports on the new
        // one count from any time (a change of letter case only keeps the clearing).
        if (changed.includes('email') && formerEmail.toLowerCase() !== candidate.email.toLowerCase()) candidate.emailUndeliverableClearedAt = null;
        const promiseChanged =
          input.expectedResponseBy !== undefined && input.expectedResponseBy !== candidate.expectedResponseBy;
        if (promiseChanged) {
          if (input.expectedResponseBy) {
            // As a move refuses one (promiseForStage): after an outcome, even one still in its undo
            // window, there is nothing to hear back about, and the candidate would never see the day.
            const stage = await db.findOneByOrFail(StageEntity, { id: candidate.stageId });
            if (isFinalStageKind(stage.kind)) {
              throw DomainException.badInput([
                { field: 'expectedResponseBy', message: `must be empty: "${stage.name}" is an outcome, there is nothing to hear back about` },
              ]);
            }
            const organization = await OrganizationsService.ofActor(db, actor);
            assertPromiseDate(input.expectedResponseBy, now, organization.timeZone);
          }
          candidate.expectedResponseBy = input.expectedResponseBy ?? null;
        }
        const fallbackChanged = input.fallbackExtensionDays !== undefined;
        if (changed.length === 0 && !promiseChanged && !fallbackChanged) return candidate;
        let extended = false;
        if (promiseChanged || fallbackChanged) {
          assertFallbackHasPromise(candidate.expectedResponseBy, input.fallbackExtensionDays);
          const visible = visibleStageOf(candidate, now);
          const stage = await db.findOneByOrFail(StageEntity, { id: visible.stageId });
          const recorded = await this.ledger.promiseGiven(db, {
            candidate,
            stage,
            day: candidate.expectedResponseBy,
            memberId: actor.memberId,
            reason: input.promiseChangeReason,
            fallbackExtensionDays: input.fallbackExtensionDays,
            now,
          });
          extended = recorded === 'EXTENDED';
        }
        const saved = await this.saveChange(db, candidate, now);
        const event = { organizationId: actor.organizationId, candidateId: candidate.id, at: now, actorMemberId: actor.memberId };
        if (changed.length > 0) await recordTimelineEvent(db, { ...event, type: 'CANDIDATE_UPDATED', data: { fields: changed } });
        // Held emails go to the address and name as they are now; the promise is in stage emails' words too.
        await this.outbox.refreshHeld(db, { candidateId: candidate.id }, changed.includes('email') ? candidate.email : undefined);
        // Events already in the calendar at the old address move to the new one.
        if (changed.includes('email')) await this.stepEmails.candidateAddressChanged(db, candidate, now);
        // Emails paused because the old address bounced go again, to the new one (checked when sent).
        if (changed.includes('email')) await this.outbox.queueSends(db, await resumePausedEmails(db, candidate.id, now));
        // An extension has its own timeline event (PROMISE_EXTENDED, with the reason).
        if (promiseChanged && !extended) {
          await recordTimelineEvent(db, {
            ...event,
            type: 'PROMISE_CHANGED',
            data: { expectedResponseBy: candidate.expectedResponseBy },
          });
        }
        return saved;
      }),
    );
  }

  /**
   * Moves a candidate to another stage of their job in one transaction: the stage change, its
   * STAGE_CHANGED timeline event and the stage's email (queued, or cancelled by a later move).
   */
  async moveCandidate(actor: Actor, input: MoveCandidateInput): Promise<CandidateEntity> {
    return this.dataSource.transaction((db) => this.moveWithin(db, actor, input));
  }

  /** The move inside the caller's transaction (closing a job moves many in one). */
  async moveWithin(db: EntityManager, actor: Actor, input: MoveCandidateInput): Promise<CandidateEntity> {
    const candidate = await this.lockCandidate(db, actor, input.candidateId);
    assertVersion(candidate, input.expectedVersion);
    assertActive(candidate);
    const target = await findInOrganization(db, StageEntity, actor, input.stageId, 'stage');
    if (target.jobId !== candidate.jobId) {
      throw DomainException.badInput([{ field: 'stageId', message: "is not a stage of this candidate's job" }]);
    }
    if (target.id === candidate.stageId) {
      throw DomainException.badInput([{ field: 'stageId', message: `is the stage the candidate is already in ("${target.name}")` }]);
    }
    const from = await db.findOneByOrFail(StageEntity, { id: candidate.stageId });
    const organization = await OrganizationsService.ofActor(db, actor);
    const now = this.clock.now();
    const pipeline = await db.find(StageEntity, { where: { jobId: candidate.jobId }, select: { id: true, position: true, kind: true, visibleToCandidates: true } });
    const reachedBefore = candidate.reachedStageIds;
    candidate.reachedStageIds = stagesReachedAfterMove(candidate.reachedStageIds, candidate.stageId, target.id, pipeline);
    const pendingBefore =
      outcomePending(candidate.outcomePendingUntil, now) && candidate.stageBeforeOutcomeId
        ? { until: candidate.outcomePendingUntil!, stageBeforeId: candidate.stageBeforeOutcomeId, promiseBefore: candidate.promiseBeforeOutcome }
        : null;
    // Back to the stage the candidate still sees, inside the undo window: for them nothing happened.
    const undo = undoesPendingOutcome(pendingBefore, target.id);
    const pending = pendingOutcomeAfterMove({
      targetKind: target.kind,
      delayMinutes: target.emailDelayMinutes,
      now,
      from: { stageId: candidate.stageId, promise: candidate.expectedResponseBy },
      pending: pendingBefore,
    });
    // What the candidate saw before this move, and sees after it: a change of the stage their page
    // shows is news to them (a move into a stage hidden from them, or while an outcome waits, is not).
    const seenBefore = visibleStageOf(candidate, now);
    const seenAfter = pending?.stageBeforeId ?? target.id;
    const news = shownStageId(pipeline, seenAfter, candidate.reachedStageIds) !== shownStageId(pipeline, seenBefore.stageId, reachedBefore);
    if (news) candidate.visibleStageEnteredAt = now;
    candidate.outcomePendingUntil = pending?.until ?? null;
    candidate.stageBeforeOutcomeId = pending?.stageBeforeId ?? null;
    candidate.promiseBeforeOutcome = pending?.promiseBefore ?? null;
    candidate.stageId = target.id;
    candidate.stageEnteredAt = now;
    candidate.expectedResponseBy =
      undo && input.expectedResponseBy === undefined ? pendingBefore!.promiseBefore : promiseForStage(target, input.expectedResponseBy, now, organization.timeZone);
    assertFallbackHasPromise(pending ? null : candidate.expectedResponseBy, input.fallbackExtensionDays);
    const saved = await this.saveChange(db, candidate, now);
    if (news) {
      await recordVisibleUpdate(db, { organizationId: candidate.organizationId, candidateId: candidate.id, kind: 'STAGE_CHANGED', at: now, stageId: seenBefore.stageId, stageEnteredAt: seenBefore.enteredAt });
    }
    // While an outcome is pending the candidate still sees the promise they had; it stays as it was.
    if (!pending) {
      await this.ledger.promiseGiven(db, {
        candidate,
        stage: target,
        day: candidate.expectedResponseBy,
        memberId: actor.memberId,
        reason: input.promiseChangeReason,
        fallbackExtensionDays: news ? (input.fallbackExtensionDays ?? null) : input.fallbackExtensionDays,
        now,
      });
    }
    const messageToCandidate = input.messageToCandidate || null;
    await recordTimelineEvent(db, {
      organizationId: actor.organizationId,
      candidateId: candidate.id,
      type: 'STAGE_CHANGED',
      at: now,
      actorMemberId: actor.memberId,
      data: {
        fromStageId: from.id,
        fromStageName: from.name,
        toStageId: target.id,
        toStageName: target.name,
        expectedResponseBy: candidate.expectedResponseBy,
        messageToCandidate,
      },
    });
    await this.stageEmails.onStageChanged(db, {
      candidate: saved,
      stage: target,
      notify: input.notify !== false && !undo,
      messageToCandidate,
      now,
      // What the candidate sees after this move: while an outcome is pending, the stage before it
      // (whose held email stays: it goes if the outcome is undone, and is cancelled if not).
      visibleStageId: pending?.stageBeforeId ?? target.id,
    });
    // An outcome (hired, not selected, withdrawn; closing the job moves here too) ends their
    // planned steps: at once, or when its undo window closes (OutcomeEffects, on the scheduler's tick).
    if (isFinalStageKind(target.kind) && !pending) await this.stepEmails.candidateLeftProcess(db, candidate.id, now);
    return saved;
  }

  /**
   * Moves each named candidate as moveCandidate does, each in its own transaction, and reports
   * per candidate: one stale or foreign candidate does not hold back the others.
   */
  async bulkMove(actor: Actor, input: BulkMoveCandidatesInput): Promise<{ moved: CandidateEntity[]; failures: BulkMoveFailure[] }> {
    // A stage that is not the organization's fails the whole request, not each candidate.
    await findInOrganization(this.dataSource.manager, StageEntity, actor, input.stageId, 'stage');
    const moved: CandidateEntity[] = [];
    const failures: BulkMoveFailure[] = [];
    for (const candidateId of [...new Set(input.candidateIds)]) {
      try {
        moved.push(await this.moveCandidate(actor, { ...input, candidateId }));
      } catch (error) {
        if (!(error instanceof DomainException)) throw error;
        failures.push({ candidateId, code: error.code, message: error.message });
      }
    }
    return { moved, failures };
  }

  async setArchived(actor: Actor, candidateId: string, archived: boolean): Promise<CandidateEntity> {
    return this.dataSource.transaction(async (db) => {
      const candidate = await this.lockCandidate(db, actor, candidateId);
      if (!!candidate.archivedAt === archived) {
        throw DomainException.conflict(`${candidate.name} is ${archived ? 'already archived' : 'not archived'}.`);
      }
      const now = this.clock.now();
      candidate.archivedAt = archived ? now : null;
      // Archiving has no undo window: a pending outcome takes effect with it, news the candidate sees now.
      const seenBefore = archived && outcomePending(candidate.outcomePendingUntil, now) && candidate.stageBeforeOutcomeId ? visibleStageOf(candidate, now) : null;
      if (archived) Object.assign(candidate, { outcomePendingUntil: null, stageBeforeOutcomeId: null, promiseBeforeOutcome: null });
      if (seenBefore) candidate.visibleStageEnteredAt = now;
      const saved = await withUniqueAsConflict(ALREADY_IN_JOB, () => this.saveChange(db, candidate, now));
      if (seenBefore) {
        await recordVisibleUpdate(db, { organizationId: candidate.organizationId, candidateId: candidate.id, kind: 'STAGE_CHANGED', at: now, stageId: seenBefore.stageId, stageEnteredAt: seenBefore.enteredAt });
      }
      await recordTimelineEvent(db, {
        organizationId: actor.organizationId,
        candidateId: candidate.id,
        type: archived ? 'CANDIDATE_ARCHIVED' : 'CANDIDATE_RESTORED',
        at: now,
        actorMemberId: actor.memberId,
      });
      if (archived) await this.stepEmails.candidateLeftProcess(db, candidate.id, now);
      return saved;
    });
  }

  private lockCandidate(db: EntityManager, actor: Actor, id: string): Promise<CandidateEntity> {
    return findInOrganization(db, CandidateEntity, actor, id, 'candidate', { lock: true });
  }

  private saveChange(db: EntityManager, candidate: CandidateEntity, now: Date): Promise<CandidateEntity> {
    candidate.version += 1;
    candidate.updatedAt = now;
    return db.save(candidate);
  }

  private async entryStage(db: EntityManager, job: JobEntity, stageId: string | undefined): Promise<StageEntity> {
    const stages = await db.find(StageEntity, { where: { jobId: job.id }, order: { position: 'ASC' } });
    if (stageId === undefined || stageId === null) return stages[entryStageIndex(stages)];
    const stage = stages.find((s) => s.id === stageId);
    if (!stage) throw DomainException.badInput([{ field: 'stageId', message: 'is not a stage of this job' }]);
    return stage;
  }
}
