import { Injectable } from '@nestjs/common';
import { isFinalStageKind, isPermutation, pipelineProblems } from '@candor/domain';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../../common/actor';
import { Clock } from '../../common/clock';
import { DomainException } from '../../common/domain.exception';
import { findInOrganization } from '../../common/scoped-lookup';
import { EmailOutbox } from '../notifications/email-outbox';
import { AddStageInput } from './dto/add-stage.input';
import { ReorderStagesInput } from './dto/reorder-stages.input';
import { UpdateStageInput } from './dto/update-stage.input';
import { JobEntity } from './job.entity';
import { JobsService, stageWithDefaults } from './jobs.service';
import { StageEntity } from './stage.entity';

/** Pipeline edits. Each one locks the job, so concurrent edits of one pipeline queue up. */
@Injectable()
export class StagesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: EmailOutbox,
    private readonly clock: Clock,
  ) {}

  async addStage(actor: Actor, input: AddStageInput): Promise<StageEntity> {
    return this.dataSource.transaction(async (db) => {
      const job = await JobsService.lockJob(db, actor, input.jobId);
      const stages = await stagesOf(db, job.id);
      const firstFinal = stages.findIndex((s) => isFinalStageKind(s.kind));
      const defaultPosition = isFinalStageKind(input.kind) || firstFinal < 0 ? stages.length : firstFinal;
      if (input.position !== undefined && input.position !== null && input.position > stages.length) {
        throw DomainException.badInput([{ field: 'position', message: `must be between 0 and ${stages.length} (the number of stages)` }]);
      }
      const position = input.position ?? defaultPosition;
      const stage = db.create(StageEntity, {
        ...stageWithDefaults(input),
        organizationId: actor.organizationId,
        jobId: job.id,
        position,
      });
      const ordered = [...stages.slice(0, position), stage, ...stages.slice(position)];
      assertSound(ordered);
      const saved = await db.save(stage);
      await renumber(db, ordered);
      return saved;
    });
  }

  async updateStage(actor: Actor, input: UpdateStageInput): Promise<StageEntity> {
    return this.dataSource.transaction(async (db) => {
      const found = await findInOrganization(db, StageEntity, actor, input.stageId, 'stage');
      await JobsService.lockJob(db, actor, found.jobId);
      const stages = await stagesOf(db, found.jobId);
      const stage = stages.find((s) => s.id === found.id)!;
      const { stageId: _id, ...changes } = input;
      for (const [key, value] of Object.entries(changes)) {
        if (value !== undefined && !(value === null && key !== 'defaultResponseDays')) {
          Object.assign(stage, { [key]: value });
        }
      }
      assertSound(stages);
      const saved = await db.save(stage);
      // Held emails announcing this stage say what its words say now.
      await this.outbox.refreshHeld(db, { stageId: stage.id });
      return saved;
    });
  }

  async reorderStages(actor: Actor, input: ReorderStagesInput): Promise<JobEntity> {
    return this.dataSource.transaction(async (db) => {
      const job = await JobsService.lockJob(db, actor, input.jobId);
      const stages = await stagesOf(db, job.id);
      if (!isPermutation(input.stageIds, stages.map((s) => s.id))) {
        throw DomainException.badInput([{ field: 'stageIds', message: 'must list every stage of this job exactly once' }]);
      }
      const byId = new Map(stages.map((s) => [s.id, s]));
      const ordered = input.stageIds.map((id) => byId.get(id)!);
      assertSound(ordered);
      await renumber(db, ordered);
      return job;
    });
  }

  /** Removes a stage no candidate is in (archived ones included: their history points at it). */
  async removeStage(actor: Actor, stageId: string): Promise<JobEntity> {
    return this.dataSource.transaction(async (db) => {
      const found = await findInOrganization(db, StageEntity, actor, stageId, 'stage');
      const job = await JobsService.lockJob(db, actor, found.jobId);
      // A candidate whose outcome waits out its undo window still sees the stage before it.
      const [{ n: inStage }]: [{ n: number }] = await db.query(
        `SELECT count(*)::int AS n FROM candidates WHERE stage_id = $1 OR (stage_before_outcome_id = $1 AND outcome_pending_until > $2)`,
        [found.id, this.clock.now()],
      );
      if (inStage > 0) {
        throw DomainException.conflict(
          `${inStage} candidate${inStage === 1 ? ' is' : 's are'} in "${found.name}". Move them to another stage first.`,
          { candidateCount: inStage },
        );
      }
      const remaining = (await stagesOf(db, job.id)).filter((s) => s.id !== found.id);
      assertSound(remaining);
      await db.delete(StageEntity, { id: found.id });
      await renumber(db, remaining);
      return job;
    });
  }
}

function stagesOf(db: EntityManager, jobId: string): Promise<StageEntity[]> {
  return db.find(StageEntity, { where: { jobId }, order: { position: 'ASC' } });
}

/** Positions 0..n-1 in the given order; the unique (job, position) check waits for the commit. */
async function renumber(db: EntityManager, ordered: StageEntity[]): Promise<void> {
  for (const [position, stage] of ordered.entries()) {
    if (stage.position !== position) {
      stage.position = position;
      await db.update(StageEntity, { id: stage.id }, { position });
    }
  }
}

function assertSound(stages: readonly Pick<StageEntity, 'name' | 'kind'>[]): void {
  const problems = pipelineProblems(stages);
  if (problems.length > 0) throw DomainException.badInput(problems);
}
