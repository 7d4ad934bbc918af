import { Injectable } from '@nestjs/common';
import { addDays, calendarDateInZone, CalendarDate, checkInWindow, stepIsBehind, CheckInWindow, isFinalStageKind, isSafeWebUrl, LIMITS, PUBLIC_PROMISE_RECORD, publicKeptPercent } from '@candor/domain';
import { firstName } from '@candor/emails';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { Clock } from '../../common/clock';
import { isUniqueViolation } from '../../common/database-errors';
import { DomainException } from '../../common/domain.exception';
import { isUuid } from '../../common/input-rules';
import { looksLikeToken } from '../../common/secret-tokens';
import { stepCalendar } from '../calendar/step-calendar';
import { NextStepEntity } from '../next-steps/next-step.entity';
import { StatusLinksService } from '../status-links/status-links.service';
import { TeamEmailsService } from '../notifications/team-emails.service';
import { recordTimelineEvent } from '../timeline/timeline';
import { CandidateResponseEntity } from './candidate-response.entity';
import { CheckInEntity } from './check-in.entity';
import { RespondToRequestInput } from './dto/respond-to-request.input';
import { CandidateStatus, CheckInResult } from './models/candidate-status.model';
import { LINKED_CANDIDATE_SQL, LinkedCandidate, STATUS_SQL, StatusRow } from './status-sql';
import { publicOutcome, publicStages, publicSteps, StatusStep } from './status-view';
import { publicBranding } from './status-branding';

const NOT_FOUND = () =>
  DomainException.notFound('status page at this link. It may have been replaced by a newer link; ask the team for the latest');

/**
 * The candidate's side, reached with the status-link token alone: the status page, the
 * check-in, and answers to requests. Unknown, replaced and expired links all answer NOT_FOUND.
 */
@Injectable()
export class CandidateStatusService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly statusLinks: StatusLinksService,
    private readonly teamEmails: TeamEmailsService,
  ) {}

  /** One SQL statement whatever the size of the pipeline: the hot path of the whole product. */
  async status(token: string): Promise<CandidateStatus> {
    if (!looksLikeToken(token)) throw NOT_FOUND();
    const [linked] = await this.preparedStatusQuery(this.statusLinks.lookupHash(token), this.clock.now());
    if (!linked || this.expired(linked)) throw NOT_FOUND();
    const stages = linked.stages;
    const steps: StatusStep[] = (linked.steps ?? []).map((step) => ({
      ...step,
      startsAt: step.startsAt === null ? null : new Date(step.startsAt),
      dueAt: step.dueAt === null ? null : new Date(step.dueAt),
    }));
    const current = stages.find((s) => s.id === linked.stage_id)!;
    const { stages: shown, current: currentStage } = publicStages(stages, linked.stage_id, linked.reached_stage_ids);
    const decided = isFinalStageKind(linked.stage_kind);
    const window = this.checkInWindow(linked);
    const answers = (linked.answers ?? []).map((a) => ({ ...a, sentAt: new Date(a.sentAt) }));
    const calendar = { jobTitle: linked.job_title, organizationName: linked.organization_name, statusUrl: this.statusLinks.urlOfToken(token) };
    return {
      candidateName: linked.candidate_name,
      organizationName: linked.organization_name,
      organizationTimeZone: linked.time_zone,
      jobTitle: linked.job_title,
      currentStage,
      stages: shown,
      nextSteps: decided ? [] : publicSteps(steps, answers, calendar, this.clock.now()),
      expectedResponseBy: decided ? null : linked.expected_response_by,
      expectedResponseByReason:
        !decided && linked.open_promise && linked.open_promise.day === linked.expected_response_by ? linked.open_promise.reason : null,
      typicalDaysAtStage: decided || linked.typical_days_to_update === null ? null : Math.max(1, Math.round(linked.typical_days_to_update)),
      promiseRecord: linked.promise_record ? recordOf(linked.promise_record) : null,
      canCheckIn: window.canCheckIn,
      canCheckInFrom: window.canCheckInFrom,
      checkInState: window.state,
      outcome: publicOutcome(current),
      greetingName: firstName(linked.candidate_name),
      yourCheckIns: (linked.check_ins ?? []).map((c) => ({ ...c, sentAt: new Date(c.sentAt), reply: c.reply ? { ...c.reply, sentAt: new Date(c.reply.sentAt) } : null })),
      linkWorksUntil: decided ? this.lastDayOfLink(linked) : null,
      ...publicBranding(linked),
    };
  }

  async checkIn(token: string, message: string | undefined): Promise<CheckInResult> {
    const linked = await this.findLinked(token);
    const window = this.checkInWindow(linked);
    if (!window.canCheckIn) return { accepted: false, nextAllowedOn: window.canCheckInFrom };
    try {
      await this.dataSource.transaction(async (db) => {
        await db.insert(CheckInEntity, {
          organizationId: linked.organization_id,
          candidateId: linked.candidate_id,
          promisedDate: linked.expected_response_by!,
          message: message || null,
          createdAt: this.clock.now(),
        });
        await recordTimelineEvent(db, {
          organizationId: linked.organization_id,
          candidateId: linked.candidate_id,
          type: 'CHECKED_IN',
          at: this.clock.now(),
          actorMemberId: null,
          data: { promisedDate: linked.expected_response_by, message: message || null },
        });
        await this.teamEmails.candidateReachedOut(
          db,
          linked.candidate_id,
          { kind: 'CHECK_IN', promisedDate: linked.expected_response_by!, message: message || null },
          this.clock.now(),
        );
      });
    } catch (error) {
      if (isUniqueViolation(error)) return { accepted: false, nextAllowedOn: null }; // a second tab won the race
      throw error;
    }
    return { accepted: true, nextAllowedOn: null };
  }

  async respond(input: RespondToRequestInput): Promise<void> {
    const linked = await this.findLinked(input.token);
    const step = isUuid(input.stepId)
      ? await this.dataSource.getRepository(NextStepEntity).findOneBy({ id: input.stepId, candidateId: linked.candidate_id })
      : null;
    if (!step || !step.visibleToCandidate || step.state === 'CANCELLED') throw DomainException.notFound('step', input.stepId);
    if (!step.requestsResponse) {
      throw DomainException.badInput([{ field: 'stepId', message: 'is a step that asks for no answer' }]);
    }
    const links = (input.links ?? []).map((l) => l.trim());
    if (links.some((l) => !isSafeWebUrl(l))) {
      throw DomainException.badInput([{ field: 'links', message: 'must be web addresses starting with https:// or http://' }]);
    }
    await this.dataSource.transaction(async (db) => {
      // The step's row lock makes concurrent answers count one after another.
      await db.query('SELECT 1 FROM next_steps WHERE id = $1 FOR UPDATE', [step.id]);
      if ((await db.countBy(CandidateResponseEntity, { nextStepId: step.id })) >= LIMITS.answersPerStep) {
        throw DomainException.conflict(
          `This step already has ${LIMITS.answersPerStep} answers, the most one step takes. Please write to the team directly.`,
        );
      }
      const saved = await db.save(
        db.create(CandidateResponseEntity, {
          organizationId: linked.organization_id,
          candidateId: linked.candidate_id,
          nextStepId: step.id,
          message: input.message,
          links,
          createdAt: this.clock.now(),
        }),
      );
      await recordTimelineEvent(db, {
        organizationId: linked.organization_id,
        candidateId: linked.candidate_id,
        type: 'RESPONSE_RECEIVED',
        at: this.clock.now(),
        actorMemberId: null,
        data: { responseId: saved.id, stepId: step.id, title: step.title },
      });
      await this.teamEmails.candidateReachedOut(
        db,
        linked.candidate_id,
        { kind: 'RESPONSE', stepTitle: step.title, message: input.message, links },
        this.clock.now(),
      );
    });
  }

  /**
   * The .ics file for one of the candidate's dated steps that is still ahead, made on request
   * (the status page posts for it when "Add to calendar" is pressed) rather than with every read.
   */
  async calendarFile(token: string, stepId: string): Promise<{ fileName: string; content: string }> {
    const linked = await this.findLinked(token);
    const step = isUuid(stepId)
      ? await this.dataSource.getRepository(NextStepEntity).findOneBy({ id: stepId, candidateId: linked.candidate_id })
      : null;
    const content =
      step && step.visibleToCandidate && step.state === 'PLANNED' && step.kind !== 'DECISION' && !stepIsBehind(step, this.clock.now())
        ? stepCalendar(step, {
            method: 'PUBLISH',
            jobTitle: linked.job_title,
            organizationName: linked.organization_name,
            statusUrl: this.statusLinks.urlOfToken(token),
            now: this.clock.now(),
          })
        : null;
    if (!step || !content) throw DomainException.notFound('dated step', stepId);
    return { fileName: `${calendarFileName(step.title)}.ics`, content };
  }

  /**
   * The status read as a named prepared statement on the pool's connections: PostgreSQL parses
   * and plans it once per connection instead of on every read. Logged through TypeORM's logger
   * like every other statement.
   */
  private async preparedStatusQuery(tokenHash: Buffer, now: Date): Promise<StatusRow[]> {
    const parameters = [tokenHash, now];
    this.dataSource.logger.logQuery(STATUS_SQL, parameters);
    const pool = (this.dataSource.driver as PostgresDriver).master as Pool;
    const result = await pool.query<StatusRow>({ name: 'candor-status-read', text: STATUS_SQL, values: parameters });
    return result.rows;
  }

  private async findLinked(token: string): Promise<LinkedCandidate> {
    if (!looksLikeToken(token)) throw NOT_FOUND();
    const [row] = (await this.dataSource.query(LINKED_CANDIDATE_SQL, [this.statusLinks.lookupHash(token), this.clock.now()])) as LinkedCandidate[];
    if (!row || this.expired(row)) throw NOT_FOUND();
    return row;
  }

  /** A link stops working `status_link_expiry_days` days (of 24 hours) after the candidate reached an outcome. */
  private expired(row: LinkedCandidate): boolean {
    if (!isFinalStageKind(row.stage_kind)) return false;
    return this.clock.now().getTime() >= this.expiresAt(row).getTime();
  }

  private expiresAt(row: LinkedCandidate): Date {
    return new Date(new Date(row.stage_entered_at).getTime() + row.status_link_expiry_days * 86_400_000);
  }

  /**
   * The last whole day, in the organization's zone, on which the link still opens: the day before
   * the one it stops on (it stops at the time of day the outcome was reached), so "available
   * through" that day is true all day.
   */
  private lastDayOfLink(row: LinkedCandidate): CalendarDate {
    return addDays(calendarDateInZone(this.expiresAt(row), row.time_zone), -1);
  }

  private checkInWindow(row: LinkedCandidate): CheckInWindow {
    return checkInWindow({
      expectedResponseBy: row.expected_response_by,
      checkedInFor: row.checked_in_for ?? [],
      decided: isFinalStageKind(row.stage_kind),
      now: this.clock.now(),
      timeZone: row.time_zone,
    });
  }
}


/** "Technical interview (45')" -> "technical-interview-45": safe in a Content-Disposition header. */
/** Latin letters NFKD does not take apart, spelled in ASCII. */
const LATIN_LETTERS: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', þ: 'th' };

export function calendarFileName(title: string): string {
  const slug = title
    .normalize('NFKD')
    // Accents come apart under NFKD (é is e + U+0301): drop the marks, keep the letters.
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđþ]/g, (letter) => LATIN_LETTERS[letter])
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'candor-event';
}

/** The team's public record (publicKeptPercent), or null below the minimum of ended promises. */
function recordOf(counts: { ended: number; kept: number }): { keptPercent: number; days: number } | null {
  const keptPercent = publicKeptPercent({ ended: Number(counts.ended), kept: Number(counts.kept) });
  return keptPercent === null ? null : { keptPercent, days: PUBLIC_PROMISE_RECORD.days };
}
