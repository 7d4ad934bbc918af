import type { CandidateStatus } from '../hooks/useCandidateStatus';
import { FollowUpSection, isPromiseOverdue } from './FollowUpSection';
import { HearBackSection } from './HearBackSection';
import { NextStepsSection } from './NextStepsSection';
import { OutcomeSection } from './OutcomeSection';
import { StagesSection } from './StagesSection';
import { DocumentTitle } from '../../../shared/components/DocumentTitle';

interface StatusViewProps {
  status: CandidateStatus;
  token: string;
  viewerTimeZone: string;
  onInactive: () => void;
}

/** The seven answers: outcome (when there is one), where you stand, what comes next, when you
 * will hear back, whether to follow up, and how to answer the team's requests. */
export function StatusView({ status, token, viewerTimeZone, onInactive }: StatusViewProps) {
  const { outcome } = status;
  // A promise that lapsed without news comes first, with the check-in right there.
  const overdue = !outcome && isPromiseOverdue(status.checkInState);
  const followUp = status.checkInState !== 'DECIDED' && (
    <FollowUpSection
      state={status.checkInState}
      expectedResponseBy={status.expectedResponseBy}
      canCheckInFrom={status.canCheckInFrom}
      checkIns={status.yourCheckIns}
      token={token}
      viewerTimeZone={viewerTimeZone}
      onInactive={onInactive}
    />
  );
  return (
    <>
      <DocumentTitle title={`Your application for ${status.jobTitle} · Candor`} />
      <div className="status-intro">
        <h1>Your application for {status.jobTitle}</h1>
        <p className="status-intro__greeting">
          Hi {status.greetingName}, this page from {status.organizationName} shows where your application stands
          and what comes next.
        </p>
      </div>
      {outcome && <OutcomeSection message={outcome.message} linkWorksUntil={status.linkWorksUntil} />}
      {overdue && followUp}
      <StagesSection stages={status.stages} currentStage={status.currentStage} decided={!!outcome} />
      {!outcome && (
        <>
          <NextStepsSection
            steps={status.nextSteps}
            token={token}
            viewerTimeZone={viewerTimeZone}
            organizationTimeZone={status.organizationTimeZone}
            onInactive={onInactive}
          />
          {!overdue && (
            <HearBackSection
              expectedResponseBy={status.expectedResponseBy}
              expectedResponseByReason={status.expectedResponseByReason}
              typicalDaysAtStage={status.typicalDaysAtStage}
              promiseRecord={status.promiseRecord}
            />
          )}
          {!overdue && followUp}
        </>
      )}
    </>
  );
}
