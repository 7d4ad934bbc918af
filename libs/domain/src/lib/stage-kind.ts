/** The kinds a pipeline stage can have. The names are part of the public GraphQL contract. */
export const STAGE_KINDS = [
  'APPLIED',
  'SCREEN',
  'INTERVIEW',
  'ASSESSMENT',
  'ONSITE',
  'DECISION',
  'OFFER',
  'HIRED',
  'REJECTED',
  'WITHDRAWN',
] as const;

export type StageKind = (typeof STAGE_KINDS)[number];

/** Stages that end an application: the candidate has an outcome. */
export const FINAL_STAGE_KINDS: readonly StageKind[] = ['HIRED', 'REJECTED', 'WITHDRAWN'];

/** True for one of STAGE_KINDS (exactly, case included); never throws. */
export function isStageKind(value: unknown): value is StageKind {
  return (STAGE_KINDS as readonly unknown[]).includes(value);
}

/** True for the kinds that end an application (FINAL_STAGE_KINDS). */
export function isFinalStageKind(kind: StageKind): boolean {
  return FINAL_STAGE_KINDS.includes(kind);
}
