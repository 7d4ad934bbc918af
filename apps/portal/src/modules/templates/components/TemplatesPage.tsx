import { useCallback } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { Field } from '../../../shared/components/Field';
import { LoadError } from '../../../shared/components/LoadError';
import { ErrorState, LoadingState } from '../../../shared/components/PageState';
import { errorMessage } from '../../../shared/graphql-errors';
import { EmailTemplateQuery, OrganizationEmailTemplateQuery, TemplatesJobQuery } from '../graphql/templates.graphql';
import { useOrganizationTemplateOperations, useStageTemplateOperations } from '../hooks/useTemplateOperations';
import { TemplateEditor, type TemplateStage } from './TemplateEditor';
import './templates.css';
import { DocumentTitle } from '../../../shared/components/DocumentTitle';

/** The `email` search parameter that opens the organization's email for a later reply day. */
const PROMISE_EXTENDED_PARAM = 'promise-extended';
/** The `email` search parameter that opens the organization's reminder before a step. */
const STEP_REMINDER_PARAM = 'step-reminder';

/**
 * The emails a job's candidates receive: pick a stage, edit its template, preview it live; or
 * the organization's email for a promised reply day that moved later (the same for every job).
 */
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
  const promiseEmail = params.get('email') === PROMISE_EXTENDED_PARAM;
  const reminderEmail = params.get('email') === STEP_REMINDER_PARAM;

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
      <div className="template-actions" role="group" aria-label="Which email">
        <button
          type="button"
          className="button button--secondary button--small"
          aria-pressed={!promiseEmail && !reminderEmail}
          onClick={() => setParams(stage ? { stage: stage.id } : {}, { replace: true })}
        >
          Stage emails
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          aria-pressed={promiseEmail}
          onClick={() => setParams({ email: PROMISE_EXTENDED_PARAM }, { replace: true })}
        >
          A later reply day
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          aria-pressed={reminderEmail}
          onClick={() => setParams({ email: STEP_REMINDER_PARAM }, { replace: true })}
        >
          A reminder before a step
        </button>
      </div>
      {promiseEmail ? (
        <PromiseExtendedLoader />
      ) : reminderEmail ? (
        <StepReminderLoader />
      ) : stages.length === 0 ? (
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
  return (
    <TemplateEditor
      target={stage.id}
      name={stage.name}
      template={data.emailTemplate}
      useOperations={useStageTemplateOperations}
      resetQuestion="Replace this stage’s email with the default template? Your changes are lost."
      notice={
        !stage.notifyCandidates && (
          <p className="template-notice">
            Candidates are not emailed when they enter this stage. This template is used once emails are turned on
            for it.
          </p>
        )
      }
    />
  );
}

/** The organization's email for a promised reply day that moved later (every job's candidates get it). */
function PromiseExtendedLoader() {
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: OrganizationEmailTemplateQuery,
    variables: { kind: 'PROMISE_EXTENDED' },
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
  return (
    <TemplateEditor
      target="PROMISE_EXTENDED"
      name="A later reply day"
      template={data.organizationEmailTemplate}
      useOperations={useOrganizationTemplateOperations}
      resetQuestion="Replace this email with the default template? Your changes are lost."
      notice={
        <p className="template-notice">
          Sent when a candidate’s promised reply day moves later before it passed: by a team member with a reason,
          or by Candor on a pre-approved extension. It is the same for every job of your organization.
        </p>
      }
    />
  );
}

/** The organization's reminder before a step (every job's candidates get it, when reminders are on). */
function StepReminderLoader() {
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: OrganizationEmailTemplateQuery,
    variables: { kind: 'STEP_REMINDER' },
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
  return (
    <TemplateEditor
      target="STEP_REMINDER"
      name="A reminder before a step"
      template={data.organizationEmailTemplate}
      useOperations={useOrganizationTemplateOperations}
      resetQuestion="Replace this email with the default template? Your changes are lost."
      notice={
        <p className="template-notice">
          Sent the set number of hours before each dated step a candidate sees (Settings, Reminders before steps), once per
          date of the step. It is the same for every job of your organization.
        </p>
      }
    />
  );
}

export default TemplatesPage;
