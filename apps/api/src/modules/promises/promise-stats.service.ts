import { Injectable } from '@nestjs/common';
import { LedgerRecord, LIMITS, promiseFigures, PromiseOutcome } from '@candor/domain';
import { DataSource } from 'typeorm';
import { Actor } from '../../common/actor';
import { Clock } from '../../common/clock';
import { DomainException } from '../../common/domain.exception';
import { findInOrganization } from '../../common/scoped-lookup';
import { JobEntity } from '../jobs/job.entity';
import { MemberEntity } from '../members/member.entity';
import { OrganizationsService } from '../organizations/organizations.service';
import { PromiseStatsArgs } from './dto/promise-stats.args';
import { PromiseStats } from './models/candidate-promise.model';

type Row = LedgerRecord & { jobId: string; jobTitle: string; memberId: string | null; memberName: string | null };

/** The promise ledger's figures over a period (libs/domain promiseFigures), organization-wide or for a job or a member. */
@Injectable()
export class PromiseStatsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /**
   * @throws DomainException BAD_USER_INPUT (to) when the period is empty or longer than LIMITS.promiseStatsDays days;
   *   NOT_FOUND for a job or member that is not the organization's.
   */
  async stats(actor: Actor, args: PromiseStatsArgs): Promise<PromiseStats> {
    const span = args.to.getTime() - args.from.getTime();
    if (span <= 0) throw DomainException.badInput([{ field: 'to', message: 'must be after from' }]);
    if (span > LIMITS.promiseStatsDays * 86_400_000) throw DomainException.badInput([{ field: 'to', message: `must be at most ${LIMITS.promiseStatsDays} days after from` }]);
    const db = this.dataSource.manager;
    if (args.jobId) await findInOrganization(db, JobEntity, actor, args.jobId, 'job');
    if (args.memberId) await findInOrganization(db, MemberEntity, actor, args.memberId, 'member');
    const { timeZone } = await OrganizationsService.ofActor(db, actor);
    const raw: {
      promised_day: string; made_at: Date; outcome: PromiseOutcome; settled_at: Date | null; heard_at: Date | null;
      job_id: string; job_title: string; member_id: string | null; member_name: string | null;
    }[] = await db.query(
      `SELECT p.promised_day, p.made_at, p.outcome, p.settled_at, p.heard_at, p.job_id, j.title AS job_title,
              p.made_by_member_id AS member_id, m.name AS member_name
         FROM candidate_promises p JOIN jobs j ON j.id = p.job_id LEFT JOIN members m ON m.id = p.made_by_member_id
        WHERE p.organization_id = $1
          AND ((p.made_at >= $2 AND p.made_at < $3) OR (p.settled_at >= $2 AND p.settled_at < $3))
          AND ($4::uuid IS NULL OR p.job_id = $4) AND ($5::uuid IS NULL OR p.made_by_member_id = $5)`,
      [actor.organizationId, args.from, args.to, args.jobId ?? null, args.memberId ?? null],
    );
    const rows: Row[] = raw.map((r) => ({
      promisedDay: r.promised_day,
      madeAt: new Date(r.made_at),
      outcome: r.outcome,
      settledAt: r.settled_at && new Date(r.settled_at),
      heardAt: r.heard_at && new Date(r.heard_at),
      jobId: r.job_id,
      jobTitle: r.job_title,
      memberId: r.member_id,
      memberName: r.member_name,
    }));
    const now = this.clock.now();
    const figures = (slice: readonly Row[]) => promiseFigures(slice, args.from, args.to, now, timeZone);
    const grouped = <K>(key: (row: Row) => K) => {
      const groups = new Map<K, Row[]>();
      for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
      return [...groups.values()].sort((a, b) => b.length - a.length);
    };
    return {
      from: args.from,
      to: args.to,
      ...figures(rows),
      byJob: grouped((r) => r.jobId).map((slice) => ({ jobId: slice[0].jobId, jobTitle: slice[0].jobTitle, ...figures(slice) })),
      byMember: grouped((r) => r.memberId).map((slice) => ({
        memberId: slice[0].memberId,
        memberName: slice[0].memberName ?? 'Former member or import',
        ...figures(slice),
      })),
    };
  }
}
