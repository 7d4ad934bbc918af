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
import type { OrganizationEmailKind } from '../../../generated/graphql';

/** The organization's own emails (the same for every job), by the `email` search parameter that opens each. */
const ORGANIZATION_EMAILS = {
  'promise-extended': {
    kind: 'PROMISE_EXTENDED',
    name: 'A later reply day',
    notice:
      'Sent when a candidate’s promised reply day moves later before it passed: by a team member with a reason, or by Candor on a pre-approved extension. It is the same for every job of your organization.',
  },
  'step-reminder': {
    kind: 'STEP_REMINDER',
    name: 'A reminder before a step',
    notice:
      'Sent the set number of hours before each dated step a candidate sees (Settings, “Reminders before steps”), once per date of the step: when, where or the link, and how to prepare. It is the same for every job of your organization.',
  },
  'check-in-reply': {
    kind: 'CHECK_IN_REPLY',
    name: 'A reply to a check-in',
    notice:
      'Sent when a team member answers a candidate’s check-in: it quotes their check-in, gives the reply, and the new reply day when one came with it. It is the same for every job of your organization.',
  },
} as const satisfies Record<string, { kind: OrganizationEmailKind; name: string; notice: string }>;
type OrganizationEmailParam = keyof typeof ORGANIZATION_EMAILS;

function organizationEmailParam(value: string | null): OrganizationEmailParam | null {
  return value !== null && Object.hasOwn(ORGANIZATION_EMAILS, value) ? (value as OrganizationEmailParam) : null;
}

/**
 * The emails a job's candidates receive: pick a stage, edit its template, preview it live; or
 * one of the organization's emails (a promised reply day that moved later, a reply to a check-in),
 * the same for every job.
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
  const organizationEmail = organizationEmailParam(params.get('email'));

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
          aria-pressed={!organizationEmail}
          onClick={() => setParams(stage ? { stage: stage.id } : {}, { replace: true })}
        >
          Stage emails
        </button>
        {(Object.keys(ORGANIZATION_EMAILS) as OrganizationEmailParam[]).map((param) => (
          <button
            key={param}
            type="button"
            className="button button--secondary button--small"
            aria-pressed={organizationEmail === param}
            onClick={() => setParams({ email: param }, { replace: true })}
          >
            {ORGANIZATION_EMAILS[param].name}
          </button>
        ))}
      </div>
      {organizationEmail ? (
        <OrganizationEmailLoader key={organizationEmail} param={organizationEmail} />
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

/** One of the organization's emails (every job's candidates get it). */
function OrganizationEmailLoader({ param }: { param: OrganizationEmailParam }) {
  const email = ORGANIZATION_EMAILS[param];
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: OrganizationEmailTemplateQuery,
    variables: { kind: email.kind },
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
      target={email.kind}
      name={email.name}
      template={data.organizationEmailTemplate}
      useOperations={useOrganizationTemplateOperations}
      resetQuestion="Replace this email with the default template? Your changes are lost."
      notice={<p className="template-notice">{email.notice}</p>}
    />
  );
}

export default TemplatesPage;
