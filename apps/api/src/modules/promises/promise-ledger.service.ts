import { Injectable, Logger } from '@nestjs/common';
import { addBusinessDays, endOfPromisedDay, extensionTime, outcomePending } from '@candor/domain';
import { DataSource, EntityManager } from 'typeorm';
import { DomainException } from '../../common/domain.exception';
import { CandidateEntity } from '../candidates/candidate.entity';
import { OrganizationEntity } from '../organizations/organization.entity';
import { PromiseEmailsService } from '../notifications/promise-emails.service';
import { quietHoursOf } from '../notifications/quiet-hours';
import { recordTimelineEvent } from '../timeline/timeline';
import { CandidatePromiseEntity } from './candidate-promise.entity';

export interface PromiseGiven {
  candidate: CandidateEntity;
  /** The stage the candidate sees now. */
  stage: { id: string; name: string };
  /** The promised day now visible to the candidate; null when they see none. */
  day: string | null;
  /** Who gave it; null for Candor. */
  memberId: string | null;
  /** Why the day moved later, for the candidate; required to move an open promise later. */
  reason?: string | null;
  /** Business days Candor may add once (pre-approved extension); undefined keeps what the promise had. */
  fallbackExtensionDays?: number | null;
  /** The candidate is told the new day in another email (a reply to their check-in): no PROMISE_EXTENDED email. */
  toldElsewhere?: boolean;
  now: Date;
}

/** The reason Candor gives when it extends a promise on the team's pre-approval. */
export function automaticExtensionReason(days: number): string {
  return `The team needs ${days} more business ${days === 1 ? 'day' : 'days'} to get back to you with news.`;
}

/** How many open promises one tick looks at per batch. */
const BATCH = 100;

/**
 * The promise ledger's bookkeeping (the rules are libs/domain `promise-ledger.ts`): records each
 * promised day as it is given, settles the open one when the candidate sees an update (KEPT), when
 * a later day is given with a reason (EXTENDED) or when its day ends (BROKEN, on the scheduler's
 * tick), and extends a pre-approved promise once at the organization's extension time. Every
 * write happens in the caller's transaction, on the candidate's open promise row, locked.
 */
@Injectable()
export class PromiseLedger {
  private readonly logger = new Logger('PromiseLedger');

  constructor(
    private readonly dataSource: DataSource,
    private readonly promiseEmails: PromiseEmailsService,
  ) {}

  /**
   * The promised day the candidate sees is now `day`. Same day: only the pre-approval changes.
   * An earlier day tightens the open promise. A later one before the open promise lapsed extends
   * it (EXTENDED, with the reason the candidate is emailed). None (null) leaves the open promise
   * to be judged by its day, without its pre-approval. After a lapse, or with none open, a new
   * promise is recorded.
   * @returns 'EXTENDED' when an open promise was extended (its timeline event is written), else 'RECORDED'.
   * @throws DomainException BAD_USER_INPUT (promiseChangeReason) when a later day comes without a reason.
   */
  async promiseGiven(db: EntityManager, given: PromiseGiven): Promise<'EXTENDED' | 'RECORDED'> {
    const { candidate, now } = given;
    const organization = await db.findOneByOrFail(OrganizationEntity, { id: candidate.organizationId });
    let open = await PromiseLedger.openPromise(db, candidate.id);
    if (open && now.getTime() >= endOfPromisedDay(open.promisedDay, organization.timeZone).getTime()) {
      await this.settleLapsed(db, open, organization);
      open = null;
    }
    const fallback = given.fallbackExtensionDays;
    if (given.day === null) {
      if (open) await db.update(CandidatePromiseEntity, { id: open.id }, { fallbackExtensionDays: null });
      return 'RECORDED';
    }
    if (open && given.day <= open.promisedDay) {
      const changes: Partial<CandidatePromiseEntity> = { promisedDay: given.day };
      if (fallback !== undefined) changes.fallbackExtensionDays = fallback;
      await db.update(CandidatePromiseEntity, { id: open.id }, changes);
      return 'RECORDED';
    }
    const reason = given.reason?.trim() || null;
    if (open && !reason) {
      throw DomainException.badInput([
        { field: 'promiseChangeReason', message: `is needed to move the reply day later than ${open.promisedDay}: the candidate is told why` },
      ]);
    }
    // The open promise ends first: a candidate has one open promise at a time (a unique index).
    if (open) await this.settleExtended(db, open, now);
    const made = await this.record(db, {
      candidate,
      stage: given.stage,
      memberId: given.memberId,
      automatic: false,
      day: given.day,
      reason: open ? reason : null,
      fallbackExtensionDays: fallback ?? null,
      now,
    });
    if (!open) return 'RECORDED';
    await this.markExtended(db, candidate, open, made, now, null, given.toldElsewhere);
    return 'EXTENDED';
  }

  /**
   * The scheduler's part at `now`: pre-approved promises whose extension time came with nothing
   * visible are extended once (a new promise, automatic, with the reason emailed), then open
   * promises whose day ended are BROKEN. Returns how many promises were extended and broken.
   */
  async tick(now: Date): Promise<{ extended: number; broken: number }> {
    const extended = await this.extendDue(now);
    const broken = await this.breakLapsed(now);
    return { extended, broken };
  }

  /**
   * Extends every pre-approved promise whose time has come, each in its own transaction: one
   * that fails (logged with its id) does not hold back the others; the first failure is thrown
   * once all were tried, so the tick is recorded as failed and the next one tries it again.
   */
  private async extendDue(now: Date): Promise<number> {
    let extended = 0;
    const failures: unknown[] = [];
    let after = { day: '0001-01-01', id: '00000000-0000-0000-0000-000000000000' };
    for (;;) {
      // Candidates of every zone: a promised day in the widest zones (UTC-12 to +14) is at most a day off UTC's.
      const rows: {
        id: string; promised_day: string; time_zone: string; promise_extension_minute: number;
        quiet_hours_start_minute: number | null; quiet_hours_end_minute: number | null;
      }[] = await this.dataSource.query(
        `SELECT p.id, p.promised_day, o.time_zone, o.promise_extension_minute, o.quiet_hours_start_minute, o.quiet_hours_end_minute
           FROM candidate_promises p
           JOIN candidates c ON c.id = p.candidate_id
           JOIN organizations o ON o.id = p.organization_id
          WHERE p.outcome = 'OPEN' AND p.fallback_extension_days IS NOT NULL AND NOT p.automatic
            AND p.promised_day BETWEEN ($1::timestamptz AT TIME ZONE 'UTC')::date - 1 AND ($1::timestamptz AT TIME ZONE 'UTC')::date + 1
            AND c.archived_at IS NULL AND (c.outcome_pending_until IS NULL OR c.outcome_pending_until <= $1)
            AND (p.promised_day, p.id) > ($2::date, $3::uuid)
          ORDER BY p.promised_day, p.id LIMIT $4`,
        [now, after.day, after.id, BATCH],
      );
      // Only those whose extension time has come are locked and read again (extendOne): the
      // others cost nothing more, however many wait for their time this minute.
      for (const row of rows) {
        const quiet = row.quiet_hours_start_minute === null || row.quiet_hours_end_minute === null
          ? null
          : { startMinute: row.quiet_hours_start_minute, endMinute: row.quiet_hours_end_minute };
        const at = extensionTime(row.promised_day, row.promise_extension_minute, quiet, row.time_zone);
        if (now.getTime() < at.getTime() || now.getTime() >= endOfPromisedDay(row.promised_day, row.time_zone).getTime()) continue;
        try {
          if (await this.dataSource.transaction((db) => this.extendOne(db, row.id, now))) extended += 1;
        } catch (error) {
          failures.push(error);
          this.logger.error(`Extending promise ${row.id} failed at ${now.toISOString()}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      if (rows.length < BATCH) break;
      const last = rows[rows.length - 1];
      after = { day: last.promised_day, id: last.id };
    }
    if (failures.length > 0) throw failures[0];
    return extended;
  }

  /** Extends one pre-approved promise when its time has come; false when it is not due (or no longer open). */
  private async extendOne(db: EntityManager, promiseId: string, now: Date): Promise<boolean> {
    // The candidate first, then its promise: the order every change of a candidate takes them in
    // (the other order deadlocks with a member's move). One being changed now waits for the next tick.
    const { candidate_id: candidateId } = (await db.query(`SELECT candidate_id FROM candidate_promises WHERE id = $1`, [promiseId]))[0];
    const candidate = await db.findOne(CandidateEntity, { where: { id: candidateId }, lock: { mode: 'pessimistic_write', onLocked: 'skip_locked' } });
    if (!candidate || candidate.archivedAt || outcomePending(candidate.outcomePendingUntil, now)) return false;
    const open = await db.findOne(CandidatePromiseEntity, { where: { id: promiseId, outcome: 'OPEN' }, lock: { mode: 'pessimistic_write', onLocked: 'skip_locked' } });
    if (!open?.fallbackExtensionDays || open.automatic) return false;
    const organization = await db.findOneByOrFail(OrganizationEntity, { id: candidate.organizationId });
    const quiet = quietHoursOf(organization);
    const at = extensionTime(open.promisedDay, organization.promiseExtensionMinute, quiet, organization.timeZone);
    const end = endOfPromisedDay(open.promisedDay, organization.timeZone);
    if (now.getTime() < at.getTime() || now.getTime() >= end.getTime()) return false;
    const days = open.fallbackExtensionDays;
    const day = addBusinessDays(open.promisedDay, days, organization.holidays);
    await this.settleExtended(db, open, now);
    const made = await this.record(db, {
      candidate,
      stage: { id: open.stageId ?? candidate.stageId, name: open.stageName },
      memberId: open.madeByMemberId,
      automatic: true,
      day,
      reason: automaticExtensionReason(days),
      fallbackExtensionDays: null,
      now,
    });
    await db.update(CandidateEntity, { id: candidate.id }, { expectedResponseBy: day, version: candidate.version + 1 });
    candidate.expectedResponseBy = day;
    await this.markExtended(db, candidate, open, made, now, days);
    return true;
  }

  /** Open promises whose day ended by `now`, in the organization's zone, become BROKEN. */
  private async breakLapsed(now: Date): Promise<number> {
    let broken = 0;
    let after = { day: '0001-01-01', id: '00000000-0000-0000-0000-000000000000' };
    for (;;) {
      const batch = await this.dataSource.transaction(async (db) => {
        const rows: { id: string; time_zone: string; promised_day: string }[] = await db.query(
          `SELECT p.id, o.time_zone, p.promised_day FROM candidate_promises p JOIN organizations o ON o.id = p.organization_id
            WHERE p.outcome = 'OPEN' AND p.promised_day < ($1::timestamptz AT TIME ZONE 'UTC')::date + 1
              AND (p.promised_day, p.id) > ($2::date, $3::uuid)
            ORDER BY p.promised_day, p.id LIMIT $4`,
          [now, after.day, after.id, BATCH],
        );
        let count = 0;
        for (const row of rows) {
          const end = endOfPromisedDay(row.promised_day, row.time_zone);
          if (now.getTime() < end.getTime()) continue;
          // One a change holds now (closing a job holds many at once) is left to the next tick, with
          // the same settledAt, or settled by that change itself: waiting here could deadlock with it.
          const result: unknown[] = await db.query(
            `UPDATE candidate_promises SET outcome = 'BROKEN', settled_at = $2
              WHERE id = (SELECT id FROM candidate_promises WHERE id = $1 AND outcome = 'OPEN' FOR UPDATE SKIP LOCKED) RETURNING id`,
            [row.id, end],
          );
          count += result.length;
        }
        return { rows, count };
      });
      broken += batch.count;
      if (batch.rows.length < BATCH) return broken;
      const last = batch.rows[batch.rows.length - 1];
      after = { day: last.promised_day, id: last.id };
    }
  }

  private async settleLapsed(db: EntityManager, open: CandidatePromiseEntity, organization: OrganizationEntity): Promise<void> {
    await db.update(CandidatePromiseEntity, { id: open.id }, { outcome: 'BROKEN', settledAt: endOfPromisedDay(open.promisedDay, organization.timeZone) });
  }

  /** The candidate's open promise, locked for the caller's transaction. */
  static openPromise(db: EntityManager, candidateId: string): Promise<CandidatePromiseEntity | null> {
    return db.findOne(CandidatePromiseEntity, { where: { candidateId, outcome: 'OPEN' }, lock: { mode: 'pessimistic_write' } });
  }

  private record(
    db: EntityManager,
    p: { candidate: CandidateEntity; stage: { id: string; name: string }; memberId: string | null; automatic: boolean; day: string; reason: string | null; fallbackExtensionDays: number | null; now: Date },
  ): Promise<CandidatePromiseEntity> {
    return db.save(
      db.create(CandidatePromiseEntity, {
        organizationId: p.candidate.organizationId,
        candidateId: p.candidate.id,
        jobId: p.candidate.jobId,
        stageId: p.stage.id,
        stageName: p.stage.name,
        madeByMemberId: p.memberId,
        automatic: p.automatic,
        madeAt: p.now,
        promisedDay: p.day,
        reason: p.reason,
        fallbackExtensionDays: p.fallbackExtensionDays,
        outcome: 'OPEN',
        settledAt: null,
        heardAt: null,
        extendedById: null,
      }),
    );
  }

  private async settleExtended(db: EntityManager, open: CandidatePromiseEntity, now: Date): Promise<void> {
    await db.update(CandidatePromiseEntity, { id: open.id }, { outcome: 'EXTENDED', settledAt: now });
  }

  /** The old promise (settled EXTENDED) was replaced by `made`: linked, on the timeline, and emailed to the candidate. */
  private async markExtended(
    db: EntityManager,
    candidate: CandidateEntity,
    old: CandidatePromiseEntity,
    made: CandidatePromiseEntity,
    now: Date,
    businessDays: number | null,
    toldElsewhere = false,
  ): Promise<void> {
    await db.update(CandidatePromiseEntity, { id: old.id }, { extendedById: made.id });
    await recordTimelineEvent(db, {
      organizationId: candidate.organizationId,
      candidateId: candidate.id,
      type: 'PROMISE_EXTENDED',
      at: now,
      actorMemberId: made.automatic ? null : made.madeByMemberId,
      data: { from: old.promisedDay, to: made.promisedDay, reason: made.reason, automatic: made.automatic, businessDays },
    });
    if (toldElsewhere) return;
    await this.promiseEmails.onPromiseExtended(db, {
      candidate,
      promiseId: made.id,
      previousDay: old.promisedDay,
      newDay: made.promisedDay,
      reason: made.reason ?? '',
      businessDays,
      now,
    });
  }
}
