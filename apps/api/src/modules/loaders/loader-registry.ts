import DataLoader from 'dataloader';
import { StageStay } from '@candor/domain';
import { DataSource, EntityTarget, FindOptionsOrder, In, IsNull, Not, ObjectLiteral } from 'typeorm';
import { CandidateResponseEntity } from '../candidate-status/candidate-response.entity';
import { CheckInEntity } from '../candidate-status/check-in.entity';
import { CandidateEntity } from '../candidates/candidate.entity';
import { EmailMessageEntity } from '../notifications/email-message.entity';
import { JobEntity } from '../jobs/job.entity';
import { StageEntity } from '../jobs/stage.entity';
import { MemberEntity } from '../members/member.entity';
import { CandidatePromiseEntity } from '../promises/candidate-promise.entity';
import { NextStepEntity } from '../next-steps/next-step.entity';
import { StatusLinkEntity } from '../status-links/status-link.entity';
import { TimelineEventEntity } from '../timeline/timeline-event.entity';
import { UndeliverableMark, undeliverableMarksOf } from '../mail-events/undeliverable-addresses';

/**
 * Per-request batch loaders for nested GraphQL fields: a board of many candidates costs one
 * query per field, not one per candidate. Every load is limited to the actor's organization.
 */
export class LoaderRegistry {
  private readonly loaders = new Map<string, DataLoader<string, unknown>>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly organizationId: () => string | undefined,
  ) {}

  get job() {
    return this.one('job', JobEntity, 'id');
  }
  get member() {
    return this.one('member', MemberEntity, 'id');
  }
  get statusLink() {
    return this.one('statusLink', StatusLinkEntity, 'candidateId');
  }
  get stagesByJob() {
    return this.many('stagesByJob', StageEntity, 'jobId', { position: 'ASC' });
  }
  get candidatesByJob() {
    return this.many('candidatesByJob', CandidateEntity, 'jobId', { createdAt: 'ASC' }, { archivedAt: IsNull() });
  }
  get allCandidatesByJob() {
    return this.many('allCandidatesByJob', CandidateEntity, 'jobId', { createdAt: 'ASC' });
  }
  get nextStepsByCandidate() {
    return this.many('nextStepsByCandidate', NextStepEntity, 'candidateId', { position: 'ASC' });
  }
  get timelineByCandidate() {
    return this.many('timelineByCandidate', TimelineEventEntity, 'candidateId', { at: 'ASC', seq: 'ASC' });
  }
  get checkInsByCandidate() {
    return this.many('checkInsByCandidate', CheckInEntity, 'candidateId', { createdAt: 'ASC' });
  }
  get responsesByCandidate() {
    return this.many('responsesByCandidate', CandidateResponseEntity, 'candidateId', { createdAt: 'ASC' });
  }
  get emailsByCandidate() {
    // The candidate's own emails; notices to the team about them are not listed here.
    return this.many('emailsByCandidate', EmailMessageEntity, 'candidateId', { createdAt: 'ASC' }, { memberId: IsNull(), kind: Not('INVITE') });
  }

  /** The promise ledger of each candidate, newest first. */
  get promisesByCandidate() {
    return this.many('promisesByCandidate', CandidatePromiseEntity, 'candidateId', { madeAt: 'DESC', seq: 'DESC' });
  }

  /** Why each candidate's email is paused (a bounce or complaint on their address), if it is. */
  get undeliverableByCandidate() {
    return this.memo('undeliverableByCandidate', () =>
      new DataLoader<string, UndeliverableMark | undefined>(async (candidateIds) => {
        const organizationId = this.organizationId();
        const marks = organizationId ? await undeliverableMarksOf(this.dataSource.manager, organizationId, candidateIds) : new Map<string, UndeliverableMark>();
        return candidateIds.map((id) => marks.get(id));
      }),
    );
  }

  /** The stage and promised date of every current candidate of the job: what a job card counts. */
  get promisesByJob() {
    return this.memo('promisesByJob', () =>
      new DataLoader<string, { stageId: string; expectedResponseBy: string | null }[]>(async (jobIds) => {
        const organizationId = this.organizationId();
        const rows: { job_id: string; stage_id: string; expected_response_by: string | null }[] = organizationId
          ? await this.dataSource.query(
              `SELECT job_id, stage_id, expected_response_by FROM candidates
                WHERE organization_id = $1 AND job_id = ANY($2::uuid[]) AND archived_at IS NULL`,
              [organizationId, [...jobIds]],
            )
          : [];
        const grouped = new Map<string, { stageId: string; expectedResponseBy: string | null }[]>(jobIds.map((id) => [id, []]));
        for (const row of rows) grouped.get(row.job_id)?.push({ stageId: row.stage_id, expectedResponseBy: row.expected_response_by });
        return jobIds.map((id) => grouped.get(id) ?? []);
      }),
    );
  }

  /**
   * Every stay of every candidate of the job in a stage, from the timeline: a stay begins when the
   * candidate is added to or moved into a stage and ends at their next move (or when archived).
   */
  get stageStaysByJob() {
    return this.memo('stageStaysByJob', () =>
      new DataLoader<string, (StageStay & { jobId: string })[]>(async (jobIds) => {
        const organizationId = this.organizationId();
        const rows: { job_id: string; candidate_id: string; stage_id: string; entered_at: Date; left_at: Date | null }[] =
          organizationId
            ? await this.dataSource.query(
                `SELECT c.job_id, e.candidate_id, COALESCE(e.data->>'toStageId', e.data->>'stageId') AS stage_id,
                        e.at AS entered_at,
                        COALESCE(LEAD(e.at) OVER (PARTITION BY e.candidate_id ORDER BY e.at, e.seq), c.archived_at) AS left_at
                   FROM timeline_events e
                   JOIN candidates c ON c.id = e.candidate_id
                  WHERE c.organization_id = $1 AND c.job_id = ANY($2::uuid[])
                    AND e.type IN ('CANDIDATE_ADDED', 'STAGE_CHANGED')`,
                [organizationId, [...jobIds]],
              )
            : [];
        const grouped = new Map<string, (StageStay & { jobId: string })[]>(jobIds.map((id) => [id, []]));
        for (const row of rows) {
          grouped.get(row.job_id)?.push({
            jobId: row.job_id,
            candidateId: row.candidate_id,
            stageId: row.stage_id,
            enteredAt: new Date(row.entered_at),
            leftAt: row.left_at === null ? null : new Date(row.left_at),
          });
        }
        return jobIds.map((id) => grouped.get(id) ?? []);
      }),
    );
  }

  private one<T extends ObjectLiteral>(name: string, entity: EntityTarget<T>, key: keyof T & string) {
    return this.memo(name, () =>
      new DataLoader<string, T | undefined>(async (ids) => {
        const rows = await this.find(entity, { [key]: In([...ids]) });
        const byKey = new Map(rows.map((row) => [row[key] as string, row]));
        return ids.map((id) => byKey.get(id));
      }),
    );
  }

  private many<T extends ObjectLiteral>(
    name: string,
    entity: EntityTarget<T>,
    key: keyof T & string,
    order: FindOptionsOrder<T>,
    extra: Record<string, unknown> = {},
  ) {
    return this.memo(name, () =>
      new DataLoader<string, T[]>(async (ids) => {
        const rows = await this.find(entity, { [key]: In([...ids]), ...extra }, order);
        const grouped = new Map<string, T[]>(ids.map((id) => [id, []]));
        for (const row of rows) grouped.get(row[key] as string)?.push(row);
        return ids.map((id) => grouped.get(id) ?? []);
      }),
    );
  }

  private find<T extends ObjectLiteral>(entity: EntityTarget<T>, where: Record<string, unknown>, order?: FindOptionsOrder<T>) {
    const organizationId = this.organizationId();
    if (!organizationId) return Promise.resolve([] as T[]);
    return this.dataSource.getRepository(entity).find({ where: { ...where, organizationId } as never, order });
  }

  private memo<L extends DataLoader<string, unknown>>(name: string, create: () => L): L {
    let loader = this.loaders.get(name);
    if (!loader) {
      loader = create() as unknown as DataLoader<string, unknown>;
      this.loaders.set(name, loader);
    }
    return loader as unknown as L;
  }
}
