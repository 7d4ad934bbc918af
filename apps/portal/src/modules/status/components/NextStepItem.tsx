import type { ReactNode } from 'react';
import type { StatusStep } from '../hooks/useCandidateStatus';
import { formatDuration, formatStepTime } from '../utils/dates';
import { CalendarButton } from './CalendarButton';
import { StepAnswers } from './StepAnswers';

interface NextStepItemProps {
  step: StatusStep;
  token: string;
  viewerTimeZone: string;
  organizationTimeZone: string;
  onInactive: () => void;
}

/**
 * One step: what, when (in the candidate's zone), how long, where, how to prepare, and the
 * candidate's answers. A DECISION step is the team's date, not a task: it reads "The team
 * decides by" and offers no calendar entry. A step gone by (`past`) keeps its facts and answers
 * but offers nothing more to do.
 */
export function NextStepItem({ step, token, viewerTimeZone, organizationTimeZone, onInactive }: NextStepItemProps) {
  const when = (iso: string) => formatStepTime(iso, viewerTimeZone, organizationTimeZone);
  const decision = step.kind === 'DECISION';
  const facts: Array<[string, ReactNode]> = [];
  if (decision) {
    const date = step.dueAt ?? step.startsAt;
    facts.push(['The team decides by', date ? when(date) : 'Date to be confirmed']);
  } else {
    if (step.startsAt) facts.push(['When', when(step.startsAt)]);
    if (step.dueAt) facts.push([step.startsAt ? 'Due' : 'Due by', when(step.dueAt)]);
    if (!step.startsAt && !step.dueAt) facts.push(['When', 'Date to be confirmed']);
  }
  if (step.durationMinutes) facts.push(['How long', formatDuration(step.durationMinutes)]);
  if (step.location) facts.push(['Where', step.location]);
  if (step.meetingUrl) {
    facts.push([
      'Video link',
      isWebLink(step.meetingUrl) ? (
        <a href={step.meetingUrl} rel="noopener noreferrer" className="step__link">
          Join the video call
        </a>
      ) : (
        step.meetingUrl
      ),
    ]);
  }

  return (
    <li className={step.past ? 'step step--done' : 'step'}>
      <p className="step__kind">
        <span>{step.kindLabel}</span>
        {step.done && <span className="badge badge--done">Done</span>}
        {step.past && !step.done && <span className="badge badge--done">{decision ? 'Date passed' : 'Past'}</span>}
      </p>
      <h3 className="step__title">{step.title}</h3>
      <dl className="step__facts">
        {facts.map(([term, value]) => (
          <div key={term} className="step__fact">
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {(step.startsAt || step.dueAt) && !step.past && !decision && <CalendarButton token={token} stepId={step.id} title={step.title} />}
      {step.instructions && (
        <div className="step__prepare">
          <h4>How to prepare</h4>
          <p className="status-text">{step.instructions}</p>
        </div>
      )}
      {step.requestsResponse && (step.yourAnswers.length > 0 || !step.past) && (
        <StepAnswers
          stepId={step.id}
          stepTitle={step.title}
          answers={step.yourAnswers}
          open={!step.past}
          token={token}
          viewerTimeZone={viewerTimeZone}
          onInactive={onInactive}
        />
      )}
    </li>
  );
}

function isWebLink(url: string): boolean {
  return /^https?:\/\/[^\s]+$/i.test(url);
}
