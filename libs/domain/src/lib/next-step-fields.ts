import { NextStepKind } from './next-step-kind';

/** The details of a step that depend on its kind. Title, instructions and the switches go with every kind. */
export const STEP_DETAIL_FIELDS = ['startsAt', 'dueAt', 'durationMinutes', 'location', 'meetingUrl'] as const;
export type StepDetailField = (typeof STEP_DETAIL_FIELDS)[number];

/**
 * Which details each kind of step usually takes, so that a form asks only for those. The API
 * takes every detail with every kind (the public contract's AddNextStepInput), so a client may
 * still give a phone call a place. Calls and interviews are events: a start time and a length
 * (nextStepTimingProblems: a duration needs a start), with a video link (calls are often made
 * over one) or a place. Tests and take-home work have a deadline and may open at a start and
 * last a while (a timed test window). A decision has the day it is made by. OTHER takes every
 * detail, for a step none of the kinds describes.
 */
export const NEXT_STEP_KIND_FIELDS: Readonly<Record<NextStepKind, readonly StepDetailField[]>> = {
  PHONE_SCREEN: ['startsAt', 'durationMinutes', 'meetingUrl'],
  VIDEO_INTERVIEW: ['startsAt', 'durationMinutes', 'meetingUrl'],
  IN_PERSON: ['startsAt', 'durationMinutes', 'location'],
  WRITTEN_TEST: ['startsAt', 'dueAt', 'durationMinutes'],
  PERSONALITY_TEST: ['startsAt', 'dueAt', 'durationMinutes'],
  TAKE_HOME: ['startsAt', 'dueAt', 'durationMinutes'],
  DECISION: ['dueAt'],
  OTHER: STEP_DETAIL_FIELDS,
};

/** True when a step of `kind` takes `field` (NEXT_STEP_KIND_FIELDS). */
export function stepKindTakes(kind: NextStepKind, field: StepDetailField): boolean {
  return NEXT_STEP_KIND_FIELDS[kind].includes(field);
}
