import { isFinalStageKind, journeyState, NEXT_STEP_KIND_LABELS } from '@candor/domain';
import { StageEntity } from '../jobs/stage.entity';
import { NextStepEntity } from '../next-steps/next-step.entity';
import { PublicNextStep, PublicOutcome, PublicStage } from './models/candidate-status.model';

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
 * selected" as an upcoming step); once there is an outcome, it alone is shown.
 */
export function publicStages(stages: StatusStage[], currentStageId: string, reachedStageIds: readonly string[]): { stages: PublicStage[]; current: PublicStage } {
  const current = stages.find((s) => s.id === currentStageId)!;
  const view = (stage: StatusStage, state: PublicStage['state']): PublicStage => ({
    name: stage.candidateLabel,
    state,
    description: stage.candidateDescription,
  });
  if (isFinalStageKind(current.kind)) {
    const outcome = view(current, 'CURRENT');
    return { stages: [outcome], current: outcome };
  }
  const shown = stages.filter((s) => s.visibleToCandidates && !isFinalStageKind(s.kind));
  const reached = new Set(reachedStageIds);
  // A hidden current stage shows as the last visible stage before it that they went through.
  const anchor = [...shown].reverse().find((s) => s.position <= current.position && (s.id === current.id || reached.has(s.id))) ?? shown[0] ?? current;
  const list = shown.flatMap((s) => {
    // Gone through, passed over or ahead is judged from where they really are; the stand-in is CURRENT.
    const state = s.id === anchor.id ? 'CURRENT' : journeyState(s, current, reached);
    return state === 'SKIPPED' ? [] : [view(s, state)];
  });
  return { stages: list, current: list.find((s) => s.state === 'CURRENT') ?? view(anchor, 'CURRENT') };
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
}

export type PublicStepWithCalendar = PublicNextStep & { calendar: CalendarContext };

/** Steps the candidate may see: visible, not cancelled, in the team's order. */
export function publicSteps(steps: StatusStep[], context: Omit<CalendarContext, 'sequence'>): PublicStepWithCalendar[] {
  return steps
    .filter((s) => s.visibleToCandidate && s.state !== 'CANCELLED')
    .map((s) => ({
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
      calendar: { ...context, sequence: s.sequence },
    }));
}
