/** The kinds of step a candidate may still have ahead. Part of the public GraphQL contract. */
export const NEXT_STEP_KINDS = [
  'PHONE_SCREEN',
  'VIDEO_INTERVIEW',
  'IN_PERSON',
  'WRITTEN_TEST',
  'PERSONALITY_TEST',
  'TAKE_HOME',
  'DECISION',
  'OTHER',
] as const;

export type NextStepKind = (typeof NEXT_STEP_KINDS)[number];

/** How each kind reads to a candidate. */
export const NEXT_STEP_KIND_LABELS: Record<NextStepKind, string> = {
  PHONE_SCREEN: 'Phone call',
  VIDEO_INTERVIEW: 'Video interview',
  IN_PERSON: 'In-person interview',
  WRITTEN_TEST: 'Writing test',
  PERSONALITY_TEST: 'Personality test',
  TAKE_HOME: 'Take-home assignment',
  DECISION: 'Decision',
  OTHER: 'Next step',
};

/** Where a step stands. Cancelled and done steps stay on record but leave the roadmap. */
export const NEXT_STEP_STATES = ['PLANNED', 'DONE', 'CANCELLED'] as const;
export type NextStepState = (typeof NEXT_STEP_STATES)[number];

/** True for one of NEXT_STEP_KINDS (exactly, case included); never throws. */
export function isNextStepKind(value: unknown): value is NextStepKind {
  return (NEXT_STEP_KINDS as readonly unknown[]).includes(value);
}
