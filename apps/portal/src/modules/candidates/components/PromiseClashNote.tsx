import { type NextStepKind, stepsAfterPromise } from '@candor/domain';
import { withStepInstants } from '../../../shared/dates';
import { useClock } from '../../../shared/hooks/useClock';
import type { StepDetails } from './types';

interface PromiseClashNoteProps {
  /** The candidate's promised reply day ("YYYY-MM-DD"), if any. */
  promisedBy: string | null;
  /** The step's start and deadline as typed (datetime-local, on the organization's clock; "" for none). */
  startsAt: string;
  dueAt: string;
  /** The kind chosen, if any: a decision stays ahead until made, whatever its day (stepIsBehind). */
  kind?: NextStepKind;
}

/**
 * Says so while a step being entered falls after the day the candidate was promised news by
 * (stepsAfterPromise, libs/domain, read in the organization's zone): the page would otherwise
 * tell them two things that cannot both be true.
 */
export function PromiseClashNote({ promisedBy, startsAt, dueAt, kind }: PromiseClashNoteProps) {
  const clock = useClock();
  const instant = (value: string) => {
    const iso = value ? clock.fromInput(value) : null;
    return iso ? new Date(iso) : null;
  };
  const step = { state: 'PLANNED' as const, kind, startsAt: instant(startsAt), dueAt: instant(dueAt) };
  if (!promisedBy || stepsAfterPromise(promisedBy, [step], clock.zone, new Date()).length === 0) return null;
  return (
    <p className="notice step-form__clash" role="status">
      The candidate is promised news by {clock.day(promisedBy)}, before this step. Move the step, or give a later promised
      reply date.
    </p>
  );
}

/**
 * Says so while the promised day being chosen falls before planned steps already booked
 * (stepsAfterPromise, libs/domain, in the organization's zone), naming them.
 */
export function StepsAfterPromiseNote({ promisedBy, steps }: { promisedBy: string | null; steps: StepDetails[] }) {
  const clock = useClock();
  const later = stepsAfterPromise(promisedBy, steps.map(withStepInstants), clock.zone, new Date());
  if (!promisedBy || later.length === 0) return null;
  return (
    <p className="notice" role="status">
      {clock.day(promisedBy)} is before {later.length === 1 ? 'a booked step' : `${later.length} booked steps`}:{' '}
      {later.map((step) => step.title).join('; ')}. Choose a later day, or move the {later.length === 1 ? 'step' : 'steps'}.
    </p>
  );
}
