import { Injectable } from '@nestjs/common';
import { isPermutation, isSafeWebUrl, LIMITS, nextStepTimingProblems } from '@candor/domain';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../../common/actor';
import { Clock } from '../../common/clock';
import { DomainException, FieldError } from '../../common/domain.exception';
import { findInOrganization } from '../../common/scoped-lookup';
import { CandidateEntity } from '../candidates/candidate.entity';
import { assertActive } from '../candidates/candidate-rules';
import { recordTimelineEvent, TimelineEventType } from '../timeline/timeline';
import { recordVisibleStep } from '../promises/visible-updates';
import { AddNextStepInput } from './dto/add-next-step.input';
import { ReorderNextStepsInput } from './dto/reorder-next-steps.input';
import { UpdateNextStepInput } from './dto/update-next-step.input';
import { NextStepEntity } from './next-step.entity';
import { StepEmailsService } from '../notifications/step-emails.service';

/** Fields whose change a candidate's calendar must follow (they raise the iCalendar SEQUENCE). */
/** Fields the calendar event shows (with the title): a change raises its SEQUENCE. Instructions are its DESCRIPTION. */
const CALENDAR_FIELDS = ['startsAt', 'dueAt', 'durationMinutes', 'location', 'meetingUrl', 'instructions'] as const;
const EDITABLE_FIELDS = ['kind', 'title', ...CALENDAR_FIELDS, 'visibleToCandidate', 'requestsResponse'] as const;

@Injectable()
export class NextStepsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly stepEmails: StepEmailsService,
  ) {}

  async add(actor: Actor, input: AddNextStepInput): Promise<NextStepEntity> {
    return this.dataSource.transaction(async (db) => {
      const candidate = await findInOrganization(db, CandidateEntity, actor, input.candidateId, 'candidate', { lock: true });
      assertActive(candidate);
      const count = await db.countBy(NextStepEntity, { candidateId: candidate.id });
      if (count >= LIMITS.stepsPerCandidate) {
        throw DomainException.conflict(`A candidate can have at most ${LIMITS.stepsPerCandidate} steps. Cancel or remove old ones first.`);
      }
      const now = this.clock.now();
      const step = db.create(NextStepEntity, {
        organizationId: actor.organizationId,
        candidateId: candidate.id,
        kind: input.kind,
        title: input.title,
        startsAt: input.startsAt ?? null,
        dueAt: input.dueAt ?? null,
        durationMinutes: input.durationMinutes ?? null,
        location: input.location || null,
        meetingUrl: input.meetingUrl || null,
        instructions: input.instructions || null,
        visibleToCandidate: input.visibleToCandidate ?? true,
        requestsResponse: input.requestsResponse ?? false,
        position: count,
        state: 'PLANNED',
        sequence: 0,
        createdAt: now,
        updatedAt: now,
      });
      assertValidStep(step, now);
      const saved = await db.save(step);
      await this.record(db, actor, saved, 'STEP_ADDED', now);
      if (saved.visibleToCandidate) await recordVisibleStep(db, candidate, now);
      await this.stepEmails.onStepChanged(db, saved, now);
      return saved;
    });
  }

  async update(actor: Actor, input: UpdateNextStepInput): Promise<NextStepEntity> {
    return this.dataSource.transaction(async (db) => {
      const step = await this.lockPlannedStep(db, actor, input.stepId);
      const changed = EDITABLE_FIELDS.filter((field) => {
        const value = input[field];
        if (value === undefined) return false;
        if (['kind', 'title', 'visibleToCandidate', 'requestsResponse'].includes(field) && value === null) return false;
        return !sameValue(step[field], value === '' ? null : value);
      });
      if (changed.length === 0) return step;
      for (const field of changed) Object.assign(step, { [field]: input[field] === '' ? null : input[field] });
      const now = this.clock.now();
      assertValidStep(step, now);
      const calendarChanged = changed.some((f) => (CALENDAR_FIELDS as readonly string[]).includes(f) || f === 'title');
      if (calendarChanged) step.sequence += 1;
      step.updatedAt = now;
      const saved = await db.save(step);
      // A hidden step made visible is news to the candidate, as a new visible step is; one they
      // saw before it was hidden is not news again (its earlier events say it was visible).
      const revealed = changed.includes('visibleToCandidate') && saved.visibleToCandidate && !(await NextStepsService.wasVisible(db, saved));
      await this.record(db, actor, saved, 'STEP_UPDATED', now, { fields: changed });
      if (revealed) {
        await recordVisibleStep(db, await db.findOneByOrFail(CandidateEntity, { id: saved.candidateId }), now);
      }
      await this.stepEmails.onStepChanged(db, saved, now);
      return saved;
    });
  }

  async reorder(actor: Actor, input: ReorderNextStepsInput): Promise<NextStepEntity[]> {
    return this.dataSource.transaction(async (db) => {
      const candidate = await findInOrganization(db, CandidateEntity, actor, input.candidateId, 'candidate', { lock: true });
      const steps = await db.find(NextStepEntity, { where: { candidateId: candidate.id }, order: { position: 'ASC' } });
      if (!isPermutation(input.stepIds, steps.map((s) => s.id))) {
        throw DomainException.badInput([{ field: 'stepIds', message: "must list every one of the candidate's steps exactly once" }]);
      }
      const byId = new Map(steps.map((s) => [s.id, s]));
      const ordered = input.stepIds.map((id, position) => Object.assign(byId.get(id)!, { position }));
      for (const step of ordered) await db.update(NextStepEntity, { id: step.id }, { position: step.position });
      await recordTimelineEvent(db, {
        organizationId: actor.organizationId,
        candidateId: candidate.id,
        type: 'STEP_REORDERED',
        at: this.clock.now(),
        actorMemberId: actor.memberId,
        data: { stepIds: input.stepIds },
      });
      return ordered;
    });
  }

  /** Cancelled and done steps stay on record but leave the candidate's roadmap. */
  async finish(actor: Actor, stepId: string, state: 'DONE' | 'CANCELLED'): Promise<NextStepEntity> {
    return this.dataSource.transaction(async (db) => {
      const step = await this.lockPlannedStep(db, actor, stepId);
      const now = this.clock.now();
      step.state = state;
      step.updatedAt = now;
      if (state === 'DONE') step.completedAt = now;
      else {
        step.cancelledAt = now;
        step.sequence += 1;
      }
      const saved = await db.save(step);
      await this.record(db, actor, saved, state === 'DONE' ? 'STEP_DONE' : 'STEP_CANCELLED', now);
      await this.stepEmails.onStepChanged(db, saved, now);
      return saved;
    });
  }

  private async lockPlannedStep(db: EntityManager, actor: Actor, stepId: string): Promise<NextStepEntity> {
    const step = await findInOrganization(db, NextStepEntity, actor, stepId, 'next step', { lock: true });
    if (step.state !== 'PLANNED') {
      throw DomainException.conflict(`"${step.title}" is already ${step.state === 'DONE' ? 'done' : 'cancelled'} and can no longer change.`);
    }
    return step;
  }

  /** True when an earlier timeline event of the step recorded it visible to the candidate. */
  private static async wasVisible(db: EntityManager, step: NextStepEntity): Promise<boolean> {
    const rows: unknown[] = await db.query(
      `SELECT 1 FROM timeline_events WHERE candidate_id = $1 AND data->>'stepId' = $2 AND data->>'visibleToCandidate' = 'true' LIMIT 1`,
      [step.candidateId, step.id],
    );
    return rows.length > 0;
  }

  private record(db: EntityManager, actor: Actor, step: NextStepEntity, type: TimelineEventType, at: Date, extra = {}) {
    return recordTimelineEvent(db, {
      organizationId: actor.organizationId,
      candidateId: step.candidateId,
      type,
      at,
      actorMemberId: actor.memberId,
      data: { stepId: step.id, title: step.title, kind: step.kind, startsAt: step.startsAt, dueAt: step.dueAt, visibleToCandidate: step.visibleToCandidate, ...extra },
    });
  }
}

function assertValidStep(step: NextStepEntity, now: Date): void {
  const problems: FieldError[] = nextStepTimingProblems(step, now);
  if (step.meetingUrl && !isSafeWebUrl(step.meetingUrl)) {
    problems.push({ field: 'meetingUrl', message: 'must be a web address starting with https:// or http://' });
  }
  if (problems.length > 0) throw DomainException.badInput(problems);
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return (a ?? null) === (b ?? null);
}
