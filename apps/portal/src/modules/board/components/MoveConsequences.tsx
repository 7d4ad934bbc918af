import { isFinalStageKind, stepsAfterPromise } from '@candor/domain';
import { withStepInstants } from '../../../shared/dates';
import { useClock } from '../../../shared/hooks/useClock';
import type { BoardCandidate, BoardStage, BoardStep } from '../board-model';

interface MoveConsequencesProps {
  stage: BoardStage;
  candidates: BoardCandidate[];
  /** The "Hear back by" day the move promises ("" for none). */
  hearBackBy: string;
  /** The candidate will be emailed (the box is ticked and the stage emails). */
  emails: boolean;
  /** The organization's IANA time zone: promised days and step days are read there (the clock's zone). */
  timeZone: string;
}

/**
 * What a move will do beyond moving, said before it is confirmed:
 * - to an outcome stage (hired, not selected, withdrawn): when the candidate's page and email show
 *   it (after the stage's undo window, during which moving back undoes it unseen), and the planned
 *   steps and open requests that end with it (cancelled, invitations withdrawn);
 * - otherwise, a promised day before a booked step (stepsAfterPromise, libs/domain), which would
 *   tell the candidate two things that cannot both be true.
 */
export function MoveConsequences({ stage, candidates, hearBackBy, emails, timeZone }: MoveConsequencesProps) {
  const clock = useClock();
  if (isFinalStageKind(stage.kind)) return <OutcomeConsequences stage={stage} candidates={candidates} emails={emails} />;
  const now = new Date();
  const clashes = candidates.flatMap((candidate) =>
    stepsAfterPromise(hearBackBy || null, candidate.nextSteps.map(withStepInstants), timeZone, now).map((step) => ({ candidate, step })),
  );
  if (clashes.length === 0) return null;
  const several = candidates.length > 1;
  return (
    <div className="board-warning" role="status">
      <p>
        You promise news by {clock.day(hearBackBy)}, but {clashes.length === 1 ? 'a step is' : 'steps are'} booked after
        that day:
      </p>
      <ul>
        {clashes.map(({ candidate, step }) => (
          <li key={`${candidate.id}-${step.id}`}>
            {several ? `${candidate.name}: ` : ''}
            {step.title}, {clock.instant((step.startsAt ?? step.dueAt)!.toISOString())}
          </li>
        ))}
      </ul>
      <p>Choose a later day, or move the step.</p>
    </div>
  );
}

function OutcomeConsequences({ stage, candidates, emails }: Pick<MoveConsequencesProps, 'stage' | 'candidates' | 'emails'>) {
  const planned = candidates.flatMap((candidate) => candidate.nextSteps.filter((step) => step.state === 'PLANNED').map((step) => ({ candidate, step })));
  const requests = planned.filter(({ step }) => step.requestsResponse);
  const delay = stage.emailDelayMinutes;
  const one = candidates.length === 1;
  const who = one ? candidates[0].name : `${candidates.length} candidates`;
  const several = !one;
  // Candidates who asked for no more emails get none, whatever the box says.
  const unsubscribed = candidates.filter((candidate) => candidate.unsubscribedAt);
  const emailed = emails && unsubscribed.length < candidates.length;
  const page = one ? 'their status page' : 'each status page';
  return (
    <section className="board-consequences" aria-labelledby="move-consequences-heading">
      <h3 id="move-consequences-heading">“{stage.name}” is an outcome. This move will:</h3>
      <ul>
        <li>
          {delay > 0
            ? `Show it on ${page} in ${minutes(delay)}${emailed ? ' and send the email then (or when quiet hours end)' : ''}. Until then ${who} still ${one ? 'sees' : 'see'} the current stage, and moving back undoes it for the candidate: they see nothing of it.`
            : `Show it on ${page} at once${emailed ? ' and send the email' : ''}; there is no undo window for “${stage.name}”.`}
        </li>
        {!emails && <li>Send no email: the candidate learns it from the status page.</li>}
        {emails && unsubscribed.length > 0 && (
          <li>
            Send no email to {unsubscribed.map((candidate) => candidate.name).join(', ')}: asked for no more emails; the status page
            still shows it.
          </li>
        )}
        <li>
          {planned.length === 0
            ? 'Cancel no steps: none are planned.'
            : `Cancel ${planned.length} planned ${planned.length === 1 ? 'step' : 'steps'} (calendar invitations already sent are withdrawn): ${planned.map(({ candidate, step }) => label(step, several ? candidate : null)).join('; ')}.`}
        </li>
        {requests.length > 0 && (
          <li>
            Close {requests.length} open {requests.length === 1 ? 'request' : 'requests'} for information:{' '}
            {requests.map(({ candidate, step }) => label(step, several ? candidate : null)).join('; ')}.
          </li>
        )}
      </ul>
    </section>
  );
}

function label(step: BoardStep, candidate: BoardCandidate | null): string {
  return candidate ? `${step.title} (${candidate.name})` : step.title;
}

function minutes(n: number): string {
  if (n % 60 === 0) return `${n / 60} ${n === 60 ? 'hour' : 'hours'}`;
  return `${n} ${n === 1 ? 'minute' : 'minutes'}`;
}
