import ical, { ICalCalendarMethod } from 'ical-generator';
import { PublicStepWithCalendar } from './status-view';

const DEADLINE_MINUTES = 15;
const DEFAULT_EVENT_MINUTES = 60;

/**
 * An iCalendar file for one dated step: a stable UID per step and a SEQUENCE that rises with
 * each change, so calendars update the event instead of adding another. Times are UTC
 * instants, which every calendar shows in the reader's own zone.
 */
export function stepCalendarFile(step: PublicStepWithCalendar, now: Date): string | null {
  const start = step.startsAt ?? step.dueAt;
  if (!start || step.done) return null;
  const minutes = step.startsAt ? (step.durationMinutes ?? DEFAULT_EVENT_MINUTES) : DEADLINE_MINUTES;
  const calendar = ical({
    prodId: { company: 'Candor', product: 'Candidate status', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
    name: `${step.calendar.jobTitle} at ${step.calendar.organizationName}`,
  });
  calendar.createEvent({
    id: `${step.id}@candor`,
    sequence: step.calendar.sequence,
    stamp: now,
    start,
    end: new Date(start.getTime() + minutes * 60_000),
    summary: step.startsAt ? step.title : `Due: ${step.title}`,
    description: [step.instructions, step.meetingUrl].filter(Boolean).join('\n\n') || undefined,
    location: step.location ?? step.meetingUrl ?? undefined,
    url: step.meetingUrl ?? undefined,
  });
  return calendar.toString();
}
