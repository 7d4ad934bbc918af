import { Injectable } from '@nestjs/common';
import { addDays, calendarDateInZone, checkInAnswerDay, checkInOverdue, FINAL_STAGE_KINDS, nextStepEndsAt } from '@candor/domain';
import { DataSource, In } from 'typeorm';
import { Actor } from '../../common/actor';
import { Clock } from '../../common/clock';
import { CandidateResponseEntity } from '../candidate-status/candidate-response.entity';
import { CheckInEntity } from '../candidate-status/check-in.entity';
import { CandidateEntity } from '../candidates/candidate.entity';
import { StageEntity } from '../jobs/stage.entity';
import { NextStepEntity } from '../next-steps/next-step.entity';
import { OrganizationEntity } from '../organizations/organization.entity';
import { CandidatePromiseEntity } from '../promises/candidate-promise.entity';
import { AttentionReasonValue } from './models/attention-item.model';
import { undeliverableCandidateIds } from '../mail-events/undeliverable-addresses';

export interface AttentionEntry {
  reason: AttentionReasonValue;
  candidate: CandidateEntity;
  nextStep: NextStepEntity | null;
  dueOn: string | null;
  dueAt: Date | null;
  receivedAt: Date | null;
  /** The check-in, for CHECK_IN_WAITING and CHECK_IN_OVERDUE. */
  checkIn?: CheckInEntity | null;
}

/**
 * What the team owes candidates now: first, promises Candor extended on a pre-approval (the
 * team must decide by the new day, which is not extended again); promised reply dates that are past or due by tomorrow
 * (in the organization's time zone), dated steps that are over but not marked done, and
 * check-ins and answers from candidates that nobody has acted on yet, and candidates whose email
 * is paused because their address bounced or reported spam.
 */
@Injectable()
export class AttentionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  needsAttention(actor: Actor): Promise<AttentionEntry[]> {
    return this.forOrganization(actor.organizationId, this.clock.now());
  }

  async forOrganization(organizationId: string, now: Date): Promise<AttentionEntry[]> {
    const organization = await this.dataSource.getRepository(OrganizationEntity).findOneByOrFail({ id: organizationId });
    const today = calendarDateInZone(now, organization.timeZone);
    const [promised, steps, waiting] = await Promise.all([
      this.dataSource
        .getRepository(CandidateEntity)
        .createQueryBuilder('c')
        .innerJoin(StageEntity, 's', 's.id = c.stageId')
        .where('c.organizationId = :org', { org: organizationId })
        .andWhere('c.archivedAt IS NULL')
        .andWhere('c.expectedResponseBy <= :tomorrow', { tomorrow: addDays(today, 1) })
        .andWhere('s.kind NOT IN (:...final)', { final: FINAL_STAGE_KINDS })
        .orderBy('c.expectedResponseBy', 'ASC')
        .addOrderBy('c.createdAt', 'ASC')
        .getMany(),
      this.dataSource
        .getRepository(NextStepEntity)
        .createQueryBuilder('n')
        .innerJoinAndMapOne('n.candidate', CandidateEntity, 'c', 'c.id = n.candidateId')
        .where('n.organizationId = :org', { org: organizationId })
        .andWhere("n.state = 'PLANNED'")
        .andWhere('c.archivedAt IS NULL')
        .andWhere(
          "COALESCE(n.dueAt, n.startsAt + make_interval(mins => COALESCE(n.durationMinutes, 0))) < :now",
          { now },
        )
        .getMany() as Promise<(NextStepEntity & { candidate: CandidateEntity })[]>,
      this.waitingForReply(organizationId, organization, now),
    ]);
    const promiseItems: AttentionEntry[] = promised.map((candidate) => ({
      reason: candidate.expectedResponseBy! < today ? 'PROMISE_OVERDUE' : 'PROMISE_DUE_SOON',
      candidate,
      nextStep: null,
      dueOn: candidate.expectedResponseBy,
      dueAt: null,
      receivedAt: null,
    }));
    const stepItems: AttentionEntry[] = steps
      .map(({ candidate, ...step }) => ({
        reason: 'STEP_PAST_NOT_DONE' as const,
        candidate,
        nextStep: step as NextStepEntity,
        dueOn: null,
        dueAt: nextStepEndsAt(step),
        receivedAt: null,
      }))
      .sort((a, b) => a.dueAt!.getTime() - b.dueAt!.getTime());
    const overdue = promiseItems.filter((i) => i.reason === 'PROMISE_OVERDUE');
    const dueSoon = promiseItems.filter((i) => i.reason === 'PROMISE_DUE_SOON');
    const undeliverable = await this.undeliverable(organizationId);
    const extended = await this.autoExtended(organizationId);
    const extendedIds = new Set(extended.map((item) => item.candidate.id));
    // A check-in unanswered for a business day comes before everything else.
    const lateCheckIns = waiting.filter((item) => item.reason === 'CHECK_IN_OVERDUE');
    const rest = [...waiting.filter((item) => item.reason !== 'CHECK_IN_OVERDUE'), ...undeliverable, ...overdue, ...stepItems, ...dueSoon.filter((item) => !extendedIds.has(item.candidate.id))];
    return [...lateCheckIns, ...extended, ...rest];
  }

  /** Current candidates whose open promise Candor extended on a pre-approval, soonest new day first. */
  private async autoExtended(organizationId: string): Promise<AttentionEntry[]> {
    const rows = (await this.dataSource
      .getRepository(CandidateEntity)
      .createQueryBuilder('c')
      .innerJoinAndMapOne('c.openPromise', CandidatePromiseEntity, 'p', "p.candidateId = c.id AND p.outcome = 'OPEN' AND p.automatic")
      .where('c.organizationId = :org', { org: organizationId })
      .andWhere('c.archivedAt IS NULL')
      .orderBy('p.promisedDay', 'ASC')
      .addOrderBy('c.createdAt', 'ASC')
      .getMany()) as (CandidateEntity & { openPromise: CandidatePromiseEntity })[];
    return rows.map(({ openPromise, ...candidate }) => ({
      reason: 'PROMISE_AUTO_EXTENDED' as const,
      candidate: candidate as CandidateEntity,
      nextStep: null,
      dueOn: openPromise.promisedDay,
      dueAt: null,
      receivedAt: openPromise.madeAt,
    }));
  }

  /** Current candidates whose address is marked undeliverable (and not cleared by the team), latest report first. */
  private async undeliverable(organizationId: string): Promise<AttentionEntry[]> {
    const marked = await undeliverableCandidateIds(this.dataSource.manager, organizationId);
    if (marked.length === 0) return [];
    const candidates = await this.dataSource.getRepository(CandidateEntity).findBy({ organizationId, id: In(marked.map((m) => m.candidateId)) });
    const byId = new Map(candidates.map((c) => [c.id, c]));
    return marked
      .filter((m) => byId.has(m.candidateId))
      .map((m) => ({ reason: 'EMAIL_UNDELIVERABLE' as const, candidate: byId.get(m.candidateId)!, nextStep: null, dueOn: null, dueAt: null, receivedAt: m.reportedAt }));
  }

  /**
   * Check-ins not answered (replyToCheckIn) and answers, that arrived after the team last changed
   * the candidate; a check-in unanswered for a business day (checkInOverdue) is CHECK_IN_OVERDUE.
   */
  private async waitingForReply(organizationId: string, organization: OrganizationEntity, now: Date): Promise<AttentionEntry[]> {
    const query = async (entity: typeof CheckInEntity | typeof CandidateResponseEntity, alias: string) =>
      (await this.dataSource
        .getRepository(entity)
        .createQueryBuilder(alias)
        .innerJoinAndMapOne(`${alias}.candidate`, CandidateEntity, 'c', `c.id = ${alias}.candidateId`)
        .where(`${alias}.organizationId = :org`, { org: organizationId })
        .andWhere('c.archivedAt IS NULL')
        .andWhere(`${alias}.createdAt > c.updatedAt`)
        .andWhere(alias === 'ci' ? 'ci.repliedAt IS NULL' : 'TRUE')
        .orderBy(`${alias}.createdAt`, 'ASC')
        .getMany()) as unknown as { candidate: CandidateEntity; createdAt: Date }[];
    const [checkIns, responses] = await Promise.all([query(CheckInEntity, 'ci'), query(CandidateResponseEntity, 'r')]);
    const item = (reason: AttentionReasonValue) => (row: { candidate: CandidateEntity; createdAt: Date }): AttentionEntry => ({
      reason,
      candidate: row.candidate,
      nextStep: null,
      dueOn: null,
      dueAt: null,
      receivedAt: row.createdAt,
    });
    const checkInItems = checkIns.map((row) => {
      const { candidate: _candidate, ...checkIn } = row as unknown as CheckInEntity & { candidate: CandidateEntity };
      const late = checkInOverdue(checkIn.createdAt, now, organization.timeZone, organization.holidays);
      return {
        ...item(late ? 'CHECK_IN_OVERDUE' : 'CHECK_IN_WAITING')(row),
        dueOn: checkInAnswerDay(checkIn.createdAt, organization.timeZone, organization.holidays),
        checkIn: checkIn as CheckInEntity,
      };
    });
    return [...checkInItems, ...responses.map(item('RESPONSE_WAITING'))];
  }
}
