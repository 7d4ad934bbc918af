import { useQuery } from 'urql';
import { isFinalStageKind } from '@candor/domain';
import { ErrorState, LoadingState } from '../../../shared/components/PageState';
import { errorMessage } from '../../../shared/graphql-errors';
import { JobSettingsQuery } from '../graphql/job-settings.graphql';
import { JobContactForm } from './JobContactForm';
import { JobDetails } from './JobDetails';
import { PipelineEditor } from './PipelineEditor';

// Refetch after any edit of the job or its stages (mutations name these types).
const CONTEXT = { additionalTypenames: ['Job', 'Stage', 'Candidate'] };

/** Rename, close or reopen the job, and edit its pipeline. */
export function JobSettingsPanel({ jobId }: { jobId: string }) {
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: JobSettingsQuery,
    variables: { id: jobId },
    context: CONTEXT,
  });

  if (!data) {
    if (fetching) return <LoadingState label="Loading the job settings…" />;
    return (
      <ErrorState
        title="We could not load the job settings"
        message={errorMessage(error)}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      />
    );
  }
  const job = data.job;
  if (!job) return <p>This job no longer exists.</p>;

  const openCandidates = job.candidates.filter((c) => !isFinalStageKind(c.stage.kind)).length;
  const inStage = new Map<string, number>();
  for (const candidate of job.candidates) inStage.set(candidate.stage.id, (inStage.get(candidate.stage.id) ?? 0) + 1);

  return (
    <section className="card job-settings" aria-labelledby="job-settings-heading">
      <h2 id="job-settings-heading">Job settings</h2>
      <JobDetails
        job={job}
        openCandidates={openCandidates}
        outcomes={job.stages.filter((s) => isFinalStageKind(s.kind)).map((s) => ({ id: s.id, name: s.name, kind: s.kind }))}
      />
      <JobContactForm jobId={job.id} contact={job.contact ?? null} />
      <PipelineEditor jobId={job.id} stages={job.stages} inStage={inStage} />
    </section>
  );
}
