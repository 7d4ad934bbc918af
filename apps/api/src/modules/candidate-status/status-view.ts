import { candidateRoadmap, isFinalStageKind, journeyState, NEXT_STEP_KIND_LABELS } from '@candor/domain';
import { StageEntity } from '../jobs/stage.entity';
import { NextStepEntity } from '../next-steps/next-step.entity';
import { PublicAnswer, PublicNextStep, PublicOutcome, PublicStage } from './models/candidate-status.model';

/** What the candidate's view needs of a stage. */
export type StatusStage = Pick<StageEntity, 'id' | 'kind' | 'position' | 'candidateLabel' | 'candidateDescription' | 'visibleToCandidates'>;

/** What the candidate's view needs of a step. */
export type StatusStep = Pick<
  NextStepEntity,
  | 'id'
  | 'kind'
  | 'title'
  | 'startsAt'
  | 'dueAt'
  | 'durationMinutes'
  | 'location'
  | 'meetingUrl'
  | 'instructions'
  | 'visibleToCandidate'
  | 'requestsResponse'
  | 'state'
  | 'sequence'
>;

/**
 * How the pipeline reads to a candidate: only stages marked visible, in candidate-facing words,
 * each by what happened to them (journeyState): DONE only for stages they went through
 * (`reachedStageIds`), CURRENT where they are, UPCOMING ahead; a stage they were passed over is
 * left out. While the process runs, the outcome stages are not listed (nobody wants to read "Not
 * selected" as an upcoming step). Once there is an outcome, the journey stays: the stages they
 * went through, DONE, then the outcome, CURRENT; nothing is upcoming any more.
 */
export function publicStages(stages: StatusStage[], currentStageId: string, reachedStageIds: readonly string[]): { stages: PublicStage[]; current: PublicStage } {
  const current = stages.find((s) => s.id === currentStageId)!;
  const view = (stage: StatusStage, state: PublicStage['state']): PublicStage => ({
    name: stage.candidateLabel,
    state,
    description: stage.candidateDescription,
  });
  const shown = stages.filter((s) => s.visibleToCandidates && !isFinalStageKind(s.kind));
  const reached = new Set(reachedStageIds);
  if (isFinalStageKind(current.kind)) {
    const outcome = view(current, 'CURRENT');
    const journey = shown.filter((s) => journeyState(s, current, reached) === 'DONE').map((s) => view(s, 'DONE'));
    return { stages: [...journey, outcome], current: outcome };
  }
  const anchor = stages.find((s) => s.id === shownStageId(stages, currentStageId, reachedStageIds))!;
  const list = shown.flatMap((s) => {
    // Gone through, passed over or ahead is judged from where they really are; the stand-in is CURRENT.
    const state = s.id === anchor.id ? 'CURRENT' : journeyState(s, current, reached);
    return state === 'SKIPPED' ? [] : [view(s, state)];
  });
  return { stages: list, current: list.find((s) => s.state === 'CURRENT') ?? view(anchor, 'CURRENT') };
}

/**
 * The ID of the stage the candidate's page shows as CURRENT (publicStages): an outcome stage
 * itself; a hidden current stage as the last visible stage before it that they went through
 * (else the first visible one). A move that leaves it the same is no news to the candidate.
 */
export function shownStageId(
  stages: readonly Pick<StatusStage, 'id' | 'kind' | 'position' | 'visibleToCandidates'>[],
  currentStageId: string,
  reachedStageIds: readonly string[],
): string {
  const current = stages.find((s) => s.id === currentStageId)!;
  if (isFinalStageKind(current.kind)) return current.id;
  const shown = stages.filter((s) => s.visibleToCandidates && !isFinalStageKind(s.kind)).sort((a, b) => a.position - b.position);
  const reached = new Set(reachedStageIds);
  return ([...shown].reverse().find((s) => s.position <= current.position && (s.id === current.id || reached.has(s.id))) ?? shown[0] ?? current).id;
}

const OUTCOME_DEFAULTS: Record<'HIRED' | 'REJECTED' | 'WITHDRAWN', string> = {
  HIRED: 'Congratulations! We are delighted you are joining us.',
  REJECTED:
    'Thank you for the time and care you gave to this process. We have decided not to move forward with your application, and we wish you every success.',
  WITHDRAWN: 'You have withdrawn from this process. Thank you for your interest in joining us.',
};

export function publicOutcome(stage: Pick<StageEntity, 'kind' | 'candidateDescription'>): PublicOutcome | null {
  if (!isFinalStageKind(stage.kind)) return null;
  const kind = stage.kind as keyof typeof OUTCOME_DEFAULTS;
  return { kind, message: stage.candidateDescription.trim() || OUTCOME_DEFAULTS[kind] };
}

export interface CalendarContext {
  sequence: number;
  jobTitle: string;
  organizationName: string;
  statusUrl: string;
}

export type PublicStepWithCalendar = PublicNextStep & { calendar: CalendarContext };

/** An answer as the status read returns it, by the step it answered. */
export type StatusAnswer = PublicAnswer & { stepId: string | null };

/**
 * Steps the candidate may see (visible, not cancelled) in the order they happen
 * (candidateRoadmap, libs/domain): what is still ahead by date, then what is done or gone by
 * (`past`), each with the candidate's own answers to it.
 */
export function publicSteps(
  steps: StatusStep[],
  answers: readonly StatusAnswer[],
  context: Omit<CalendarContext, 'sequence'>,
  now: Date,
): PublicStepWithCalendar[] {
  const visible = steps.filter((s) => s.visibleToCandidate && s.state !== 'CANCELLED');
  const { ahead, behind } = candidateRoadmap(visible, now);
  const view = (s: StatusStep, past: boolean): PublicStepWithCalendar => ({
    id: s.id,
    kind: s.kind,
    kindLabel: NEXT_STEP_KIND_LABELS[s.kind],
    title: s.title,
    startsAt: s.startsAt,
    dueAt: s.dueAt,
    durationMinutes: s.durationMinutes,
    location: s.location,
    meetingUrl: s.meetingUrl,
    instructions: s.instructions,
    done: s.state === 'DONE',
    requestsResponse: s.requestsResponse,
    past,
    yourAnswers: answers.filter((a) => a.stepId === s.id).map(({ sentAt, message, links }) => ({ sentAt, message, links })),
    calendar: { ...context, sequence: s.sequence },
  });
  return [...ahead.map((s) => view(s, false)), ...behind.map((s) => view(s, true))];
}
