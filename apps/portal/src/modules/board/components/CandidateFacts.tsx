import { useClock } from '../../../shared/hooks/useClock';
import { type BoardCandidate, nextDatedStep, promiseMark } from '../board-model';

/** " Overdue" / " Due soon" as a badge after a promised day; nothing for a promise on track. Words, never colour alone. */
export function PromiseBadge({ state }: { state: BoardCandidate['promiseState'] }) {
  const mark = promiseMark(state);
  if (!mark) return null;
  return (
    <>
      {' '}
      <span className={state === 'OVERDUE' ? 'badge board-badge--overdue' : 'badge board-badge--soon'}>{mark}</span>
    </>
  );
}

/** The candidate's soonest dated planned step: "Writing test, due Wed, Dec 2, 2026, 5:00 PM PST (…)"; null when none is dated. */
export function NextStepText({ candidate }: { candidate: BoardCandidate }) {
  const clock = useClock();
  const next = nextDatedStep(candidate.nextSteps);
  if (!next) return null;
  return (
    <>
      {next.step.title}, {next.kind === 'due' ? 'due ' : ''}
      <time dateTime={next.at}>{clock.instant(next.at)}</time>
    </>
  );
}
