import { FieldProblem } from './field-problem';
import { NEXT_STEP_KIND_LABELS, NextStepKind } from './next-step-kind';

/** The details of a step that depend on its kind. Title, instructions and the switches go with every kind. */
export const STEP_DETAIL_FIELDS = ['startsAt', 'dueAt', 'durationMinutes', 'location', 'meetingUrl'] as const;
export type StepDetailField = (typeof STEP_DETAIL_FIELDS)[number];

/**
 * Which details each kind of step takes, so that a form asks only for those and the API refuses
 * the rest. Calls and interviews are events: a start time and a length (nextStepTimingProblems:
 * a duration needs a start), with a video link or a place where the kind has one. Tests and
 * take-home work have a deadline and may open at a start (a test window). A decision has the
 * day it is made by. OTHER takes every detail, for a step none of the kinds describes.
 */
export const NEXT_STEP_KIND_FIELDS: Readonly<Record<NextStepKind, readonly StepDetailField[]>> = {
  PHONE_SCREEN: ['startsAt', 'durationMinutes'],
  VIDEO_INTERVIEW: ['startsAt', 'durationMinutes', 'meetingUrl'],
  IN_PERSON: ['startsAt', 'durationMinutes', 'location'],
  WRITTEN_TEST: ['startsAt', 'dueAt'],
  PERSONALITY_TEST: ['startsAt', 'dueAt'],
  TAKE_HOME: ['startsAt', 'dueAt'],
  DECISION: ['dueAt'],
  OTHER: STEP_DETAIL_FIELDS,
};

/** True when a step of `kind` takes `field` (NEXT_STEP_KIND_FIELDS). */
export function stepKindTakes(kind: NextStepKind, field: StepDetailField): boolean {
  return NEXT_STEP_KIND_FIELDS[kind].includes(field);
}

/**
 * One problem per detail that has a value (not null, undefined or an empty string) and that a
 * step of `kind` does not take, in STEP_DETAIL_FIELDS order.
 */
export function stepKindFieldProblems(kind: NextStepKind, details: Partial<Record<StepDetailField, unknown>>): FieldProblem[] {
  return STEP_DETAIL_FIELDS.filter((field) => hasValue(details[field]) && !stepKindTakes(kind, field)).map((field) => ({
    field,
    message: `does not apply to this kind of step (${NEXT_STEP_KIND_LABELS[kind]})`,
  }));
}

function hasValue(value: unknown): boolean {
  return value !== undefined && value !== null && value !== '';
}
