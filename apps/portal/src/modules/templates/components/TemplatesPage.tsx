import { useCallback } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { Field } from '../../../shared/components/Field';
import { LoadError } from '../../../shared/components/LoadError';
import { ErrorState, LoadingState } from '../../../shared/components/PageState';
import { errorMessage } from '../../../shared/graphql-errors';
import { EmailTemplateQuery, TemplatesJobQuery } from '../graphql/templates.graphql';
import { TemplateEditor, type TemplateStage } from './TemplateEditor';
import './templates.css';
import { DocumentTitle } from '../../../shared/components/DocumentTitle';

/** The emails a job's stages send candidates: pick a stage, edit its template, preview it live. */
export function TemplatesPage() {
  const { jobId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: TemplatesJobQuery, variables: { id: jobId } });
  const retry = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);

  if (!data) {
    if (fetching || !error) return <LoadingState label="Loading email templates…" />;
    return <LoadError title="We could not load this job" error={error} onRetry={retry} />;
  }
  const job = data.job;
  if (!job) {
    return (
      <ErrorState title="Job not found" message="This job does not exist or was removed.">
        <Link to="/">Back to jobs</Link>
      </ErrorState>
    );
  }

  const stages = [...job.stages].sort((a, b) => a.position - b.position);
  const requested = params.get('stage');
  const stage = stages.find((s) => s.id === requested) ?? stages[0];

  return (
    <div className="templates-page">
      <DocumentTitle title={`Email templates · ${job.title} · Candor`} />
      <p className="templates-page__back">
        <Link to={`/jobs/${job.id}`}>Back to {job.title}</Link>
      </p>
      <h1 className="page-title">Email templates</h1>
      <p className="muted">
        What candidates of <strong>{job.title}</strong> receive when they enter a stage.
      </p>
      {stages.length === 0 ? (
        <p>This job has no stages yet.</p>
      ) : (
        <>
          <div className="templates-stage">
            <Field id="template-stage" label="Stage">
              {(control) => (
                <select
                  className="input"
                  value={stage.id}
                  onChange={(event) => setParams({ stage: event.target.value }, { replace: true })}
                  {...control}
                >
                  {stages.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.notifyCandidates ? s.name : `${s.name} (no email sent)`}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
          <TemplateLoader key={stage.id} stage={stage} />
        </>
      )}
    </div>
  );
}

function TemplateLoader({ stage }: { stage: TemplateStage }) {
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: EmailTemplateQuery,
    variables: { stageId: stage.id },
  });
  if (!data) {
    if (fetching || !error) return <LoadingState label="Loading the template…" />;
    return (
      <ErrorState
        title="We could not load this template"
        message={errorMessage(error)}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      />
    );
  }
  return <TemplateEditor stage={stage} template={data.emailTemplate} />;
}

export default TemplatesPage;
