import { useCallback } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { LoadError } from '../../../shared/components/LoadError';
import { ErrorState, LoadingState } from '../../../shared/components/PageState';
import { errorMessage } from '../../../shared/graphql-errors';
import { CandidateQuery } from '../graphql/candidate.graphql';
import { useClock } from '../../../shared/hooks/useClock';
import { ActivitySection } from './ActivitySection';
import { EmailsSection } from './EmailsSection';
import { NextStepsEditor } from './NextStepsEditor';
import { PromiseEditor } from './PromiseEditor';
import { PromiseHistory } from '../../promises/components/PromiseHistory';
import { StatusLinkSection } from './StatusLinkSection';
import { UndeliverableNotice } from './UndeliverableNotice';
import type { CandidateDetails } from './types';
import './candidates.css';
import { DocumentTitle } from '../../../shared/components/DocumentTitle';

const PROMISE_WORDS: Record<string, string> = {
  OVERDUE: 'Overdue',
  DUE_SOON: 'Due soon',
  ON_TRACK: 'On track',
  NONE: 'No promise',
};

/** One candidate: details, the promised reply date, next steps, status link, emails, history. */
export function CandidatePage() {
  const { candidateId = '' } = useParams();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: CandidateQuery, variables: { id: candidateId } });
  const refetch = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);

  if (!data) {
    if (fetching || !error) return <LoadingState label="Loading candidate…" />;
    return <LoadError title="We could not load this candidate" error={error} onRetry={refetch} />;
  }
  const candidate = data.candidate;
  if (!candidate) {
    return (
      <ErrorState title="Candidate not found" message="This candidate does not exist or was removed.">
        <Link to="/">Back to jobs</Link>
      </ErrorState>
    );
  }

  return (
    <div className="candidate-page">
      <DocumentTitle title={`${candidate.name} · Candor`} />
      <p className="candidate-page__back">
        <Link to={`/jobs/${candidate.job.id}`}>Back to {candidate.job.title}</Link>
      </p>
      <h1 className="page-title">{candidate.name}</h1>
      {error && (
        <p role="alert" className="alert alert--error">
          We could not refresh this page: {errorMessage(error)}
        </p>
      )}
      <div className="candidate-layout">
        <div className="candidate-layout__main">
          <Details candidate={candidate} />
          <UndeliverableNotice candidate={candidate} onChanged={refetch} />
          <PromiseEditor candidate={candidate} onChanged={refetch} />
          <PromiseHistory promises={candidate.promises} />
          <NextStepsEditor candidate={candidate} onChanged={refetch} />
          <ActivitySection candidate={candidate} onChanged={refetch} />
        </div>
        <div className="candidate-layout__aside">
          <StatusLinkSection candidate={candidate} onChanged={refetch} />
          <EmailsSection candidate={candidate} onChanged={refetch} />
        </div>
      </div>
    </div>
  );
}

function Details({ candidate }: { candidate: CandidateDetails }) {
  const clock = useClock();
  return (
    <section className="card candidate-section" aria-labelledby="candidate-details-heading">
      <h2 id="candidate-details-heading">Details</h2>
      <dl className="facts">
        <div className="facts__row">
          <dt>Email</dt>
          <dd>
            <a href={`mailto:${candidate.email}`}>{candidate.email}</a>
          </dd>
        </div>
        <div className="facts__row">
          <dt>Job</dt>
          <dd>
            <Link to={`/jobs/${candidate.job.id}`}>{candidate.job.title}</Link>
          </dd>
        </div>
        <div className="facts__row">
          <dt>Stage</dt>
          <dd>
            {candidate.stage.name}{' '}
            <span className="muted">since {clock.instant(candidate.stageEnteredAt)}</span>
          </dd>
        </div>
        <div className="facts__row">
          <dt>Promised reply</dt>
          <dd>
            <PromiseSummary date={candidate.expectedResponseBy ?? null} state={candidate.promiseState} />
          </dd>
        </div>
      </dl>
      {candidate.outcomePendingUntil && new Date(candidate.outcomePendingUntil) > new Date() && (
        <p className="notice" data-testid="outcome-pending">
          “{candidate.stage.name}” takes effect for the candidate at {clock.instant(candidate.outcomePendingUntil)}. Until
          then their status page shows the stage before it and no email about it has gone; moving them back undoes it
          for the candidate, who sees nothing of it.
        </p>
      )}
      {candidate.archivedAt && (
        <p className="notice">Archived on {clock.instant(candidate.archivedAt)}.</p>
      )}
      {candidate.unsubscribedAt && (
        <p className="notice">
          Asked for no more emails on {clock.instant(candidate.unsubscribedAt)}. Their status link still works.
        </p>
      )}
    </section>
  );
}

export function PromiseSummary({ date, state }: { date: string | null; state: string }) {
  const clock = useClock();
  if (!date) return <span>No promised date</span>;
  const words = PROMISE_WORDS[state];
  return (
    <span>
      By {clock.day(date)}
      {(state === 'OVERDUE' || state === 'DUE_SOON') && (
        <>
          {' '}
          <span className={`badge ${state === 'OVERDUE' ? 'badge--late' : 'badge--soon'}`}>{words}</span>
        </>
      )}
    </span>
  );
}

export default CandidatePage;
