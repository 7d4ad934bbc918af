/**
 * A step's life in the candidate's calendar (iTIP, RFC 5546): one rule decides, after any
 * change to a step or to its candidate, whether the candidate should hold the step's event now
 * and which message brings their calendar there from what they last received.
 */

/** What decides a step's calendar entry. */
export interface StepCalendarFacts {
  state: 'PLANNED' | 'DONE' | 'CANCELLED';
  visibleToCandidate: boolean;
  /** Has a start or a due date (undated steps have no event). */
  dated: boolean;
  /** A DECISION: the team's date, not something the candidate attends, so no event. */
  teamDate: boolean;
  /** Its time has gone by (stepIsBehind, candidate-roadmap.ts): an invitation or update now would be news from the past. */
  behind: boolean;
  /** False once the candidate left the process: an outcome stage, archived, or the job closed. */
  candidateInProcess: boolean;
  /** What the event shows (see calendarFingerprint); a different value means an update is due. */
  fingerprint: string;
  /** The step's current SEQUENCE (RFC 5545 §3.8.7.4). */
  sequence: number;
}

/** The last calendar message the candidate received (or that is on its way): null when none. */
export interface DeliveredCalendarMessage {
  /** The event it put in their calendar; null for a CANCEL. */
  fingerprint: string | null;
  sequence: number;
}

export interface CalendarMessage {
  method: 'REQUEST' | 'CANCEL';
  /** Strictly above every SEQUENCE the candidate received for this UID. */
  sequence: number;
}

/**
 * The event the candidate should hold for the step now, as its fingerprint, or null for none.
 * A done step's event stays where it is (it happened): that is `undefined`, "leave it alone";
 * so does the event of a planned step whose time has gone by (no invitation or update for the
 * past). A decision is the team's date and never an event.
 */
export function wantedCalendarEntry(step: StepCalendarFacts): string | null | undefined {
  if (step.state === 'DONE') return undefined;
  const wanted = step.state === 'PLANNED' && step.visibleToCandidate && step.dated && !step.teamDate && step.candidateInProcess;
  if (wanted && step.behind) return undefined;
  return wanted ? step.fingerprint : null;
}

/**
 * The one message that brings the candidate's calendar from `delivered` to what the step wants
 * now, or null when it already matches (so unsent messages that cancel out send nothing):
 * REQUEST when the event should be there and is missing or different, CANCEL when an event they
 * received should go. Its SEQUENCE is the step's, or one more than the last one delivered,
 * whichever is higher, so each message a calendar sees outranks the one before.
 */
export function calendarMessage(delivered: DeliveredCalendarMessage | null, step: StepCalendarFacts): CalendarMessage | null {
  const wanted = wantedCalendarEntry(step);
  if (wanted === undefined) return null;
  const held = delivered?.fingerprint ?? null;
  if (wanted === held) return null;
  const sequence = delivered ? Math.max(step.sequence, delivered.sequence + 1) : step.sequence;
  return { method: wanted === null ? 'CANCEL' : 'REQUEST', sequence };
}

/** What a step's calendar event shows: its summary, times (UTC instants), place, link and description. */
export interface CalendarEventFields {
  title: string;
  startsAt: Date | null;
  dueAt: Date | null;
  /** Minutes; null for the default length. */
  durationMinutes: number | null;
  location: string | null;
  meetingUrl: string | null;
  instructions: string | null;
}

/** The fields an event shows, as one comparable string (times as ISO 8601 instants). */
export function calendarFingerprint(step: CalendarEventFields): string {
  return JSON.stringify([
    step.title,
    step.startsAt?.toISOString() ?? null,
    step.dueAt?.toISOString() ?? null,
    step.durationMinutes,
    step.location,
    step.meetingUrl,
    step.instructions,
  ]);
}

/**
 * The start and due instants a fingerprint (from calendarFingerprint) holds, or null when it is
 * not one (emails sent before fingerprints): what a CANCEL for a step that lost its date names.
 */
export function fingerprintTimes(fingerprint: string): { startsAt: Date | null; dueAt: Date | null } | null {
  let fields: unknown = null;
  try {
    fields = JSON.parse(fingerprint);
  } catch {
    // not JSON: not a fingerprint
  }
  if (!Array.isArray(fields)) return null;
  const instant = (value: unknown) => (typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? new Date(value) : null);
  return { startsAt: instant(fields[1]), dueAt: instant(fields[2]) };
}

/**
 * Whether a calendar message written earlier still says what the candidate's calendar should
 * hold, at the moment it would be sent (or sent again): `fingerprint` is the event it puts in
 * the calendar (null for a CANCEL). A REQUEST is due while the step still wants exactly that
 * event, a CANCEL while it wants none. A message that no longer holds is not sent: a later one,
 * or none, carries the step's state.
 */
export function calendarMessageStillDue(fingerprint: string | null, step: StepCalendarFacts): boolean {
  return wantedCalendarEntry(step) === fingerprint;
}
