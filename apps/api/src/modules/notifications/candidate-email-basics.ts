import { firstName } from '@candor/emails';
import { EntityManager } from 'typeorm';
import { CandidateEntity } from '../candidates/candidate.entity';
import { JobEntity } from '../jobs/job.entity';
import { StageEntity } from '../jobs/stage.entity';
import { OrganizationEntity } from '../organizations/organization.entity';
import { visibleStageOf } from '../promises/visible-updates';
import { StatusLinkEntity } from '../status-links/status-link.entity';
import { StatusLinksService } from '../status-links/status-links.service';

/** The placeholders every organization-level candidate email shares. */
export interface CandidateEmailBasics {
  candidate: { name: string; first_name: string };
  job: { title: string };
  organization: { name: string };
  stage: { label: string; description: string };
  status_link: string;
}

/**
 * The shared placeholders' values for a real candidate at `now`: the stage is the one their page
 * shows (visibleStageOf: while an outcome waits out its undo window, the stage before it). The
 * look-ups run one after another: inside a transaction they share one connection.
 */
export async function candidateEmailBasics(
  db: EntityManager,
  statusLinks: StatusLinksService,
  candidate: CandidateEntity,
  organization: OrganizationEntity,
  now: Date,
): Promise<CandidateEmailBasics> {
  const job = await db.findOneByOrFail(JobEntity, { id: candidate.jobId });
  const link = await db.findOneByOrFail(StatusLinkEntity, { candidateId: candidate.id });
  const stage = await db.findOneByOrFail(StageEntity, { id: visibleStageOf(candidate, now).stageId });
  return {
    candidate: { name: candidate.name, first_name: firstName(candidate.name) },
    job: { title: job.title },
    organization: { name: organization.name },
    stage: { label: stage.candidateLabel, description: stage.candidateDescription },
    status_link: statusLinks.urlOf(link),
  };
}
