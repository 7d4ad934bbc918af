import { CalendarEventFields } from '@candor/domain';
import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';

const DEADLINE_MINUTES = 15;
const DEFAULT_EVENT_MINUTES = 60;

/** A step as its event: what the event shows, its UID's step ID and its SEQUENCE. */
export interface CalendarStep extends CalendarEventFields {
  id: string;
  sequence: number;
}

export interface CalendarOptions {
  /** PUBLISH for a download, REQUEST for an invitation or its update, CANCEL to take it back. */
  method: 'PUBLISH' | 'REQUEST' | 'CANCEL';
  jobTitle: string;
  organizationName: string;
  now: Date;
  /** The candidate's status page (a capability URL), named in the event's description. */
  statusUrl?: string;
  organizer?: { name: string; email: string };
  attendee?: { name: string; email: string };
}

const METHODS = { PUBLISH: ICalCalendarMethod.PUBLISH, REQUEST: ICalCalendarMethod.REQUEST, CANCEL: ICalCalendarMethod.CANCEL };

/**
 * An iCalendar file for one dated step: a stable UID per step and a SEQUENCE that rises with
 * each change, so calendars update (or cancel) the event instead of adding another. Times are
 * UTC instants, which every calendar shows in the reader's own zone. Null for undated steps.
 * The SUMMARY names the company (a calendar shows it among everything else); the DESCRIPTION
 * (RFC 5545 §3.8.1.5) holds how to prepare, the video link and the way back to the status page.
 */
export function stepCalendar(step: CalendarStep, options: CalendarOptions): string | null {
  const start = step.startsAt ?? step.dueAt;
  if (!start) return null;
  const minutes = step.startsAt ? (step.durationMinutes ?? DEFAULT_EVENT_MINUTES) : DEADLINE_MINUTES;
  const calendar = ical({
    prodId: { company: 'Candor', product: 'Candidate status', language: 'EN' },
    method: METHODS[options.method],
    // X-WR-CALNAME only on a download: in an iTIP message (REQUEST, CANCEL) it can make Outlook
    // open the event as a calendar of its own instead of a meeting.
    name: options.method === 'PUBLISH' ? `${options.jobTitle} at ${options.organizationName}` : undefined,
  });
  calendar.createEvent({
    id: `${step.id}@candor`,
    sequence: step.sequence,
    stamp: options.now,
    start,
    end: new Date(start.getTime() + minutes * 60_000),
    summary: `${step.startsAt ? '' : 'Due: '}${step.title} · ${options.organizationName}`,
    description: eventDescription(step, options),
    location: step.location ?? step.meetingUrl ?? undefined,
    url: step.meetingUrl ?? undefined,
    status: options.method === 'CANCEL' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer: options.organizer,
    attendees: options.attendee
      ? [{ ...options.attendee, role: ICalAttendeeRole.REQ, status: ICalAttendeeStatus.NEEDSACTION, rsvp: false }]
      : [],
  });
  return calendar.toString();
}

function eventDescription(step: CalendarStep, options: CalendarOptions): string {
  return [
    `${options.jobTitle} at ${options.organizationName}`,
    step.instructions,
    step.meetingUrl && `Video link: ${step.meetingUrl}`,
    options.statusUrl && `Your application status: ${options.statusUrl}`,
  ]
    .filter(Boolean)
    .join('\n\n');
}
