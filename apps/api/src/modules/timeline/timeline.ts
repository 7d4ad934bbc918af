import { formatCalendarDay } from '@candor/domain';
import { EntityManager } from 'typeorm';
import { TimelineEventEntity } from './timeline-event.entity';

export type TimelineEventType =
  | 'CANDIDATE_ADDED'
  | 'CANDIDATE_UPDATED'
  | 'PROMISE_CHANGED'
  | 'PROMISE_EXTENDED'
  | 'STAGE_CHANGED'
  | 'CANDIDATE_ARCHIVED'
  | 'CANDIDATE_RESTORED'
  | 'STEP_ADDED'
  | 'STEP_UPDATED'
  | 'STEP_REORDERED'
  | 'STEP_CANCELLED'
  | 'STEP_DONE'
  | 'STATUS_LINK_ROTATED'
  | 'CHECKED_IN'
  | 'CHECK_IN_REPLIED'
  | 'RESPONSE_RECEIVED'
  | 'UNSUBSCRIBED'
  | 'EMAIL_UNDELIVERABLE_CLEARED';

export interface TimelineEntry {
  organizationId: string;
  candidateId: string;
  type: TimelineEventType;
  at: Date;
  actorMemberId: string | null;
  data?: Record<string, unknown>;
}

/** Adds an entry to a candidate's timeline inside the caller's transaction. */
export async function recordTimelineEvent(db: EntityManager, entry: TimelineEntry): Promise<void> {
  await db.save(db.create(TimelineEventEntity, { ...entry, data: entry.data ?? {} }));
}

/** One line a recruiter reads on the candidate page; days as the portal writes them ("Mon, Dec 7, 2026"). */
export function describeTimelineEvent(type: string, data: Record<string, unknown>): string {
  const text = (key: string) => (typeof data[key] === 'string' ? (data[key] as string) : '');
  const day = (key: string) => formatCalendarDay(text(key));
  switch (type) {
    case 'CANDIDATE_ADDED':
      return `Added in ${text('stageName')}`;
    case 'STAGE_CHANGED':
      return `Moved from ${text('fromStageName')} to ${text('toStageName')}` +
        (text('expectedResponseBy') ? `; will hear back by ${day('expectedResponseBy')}` : '');
    case 'PROMISE_CHANGED':
      return text('expectedResponseBy') ? `Reply promised by ${day('expectedResponseBy')}` : 'Reply date removed';
    case 'PROMISE_EXTENDED':
      return (data.automatic === true ? `Reply date extended by Candor (pre-approved, ${String(data.businessDays)} business days)` : 'Reply date extended') +
        ` from ${day('from')} to ${day('to')}` + (text('reason') ? `: "${text('reason')}"` : '');
    case 'CANDIDATE_UPDATED':
      return `Details changed (${(data.fields as string[] | undefined)?.join(', ') ?? ''})`;
    case 'CANDIDATE_ARCHIVED':
      return 'Archived';
    case 'CANDIDATE_RESTORED':
      return 'Restored from the archive';
    case 'STEP_ADDED':
      return `Next step added: ${text('title')}`;
    case 'STEP_UPDATED':
      return `Next step changed: ${text('title')}`;
    case 'STEP_REORDERED':
      return 'Next steps reordered';
    case 'STEP_CANCELLED':
      return `Next step cancelled: ${text('title')}`;
    case 'STEP_DONE':
      return `Next step done: ${text('title')}`;
    case 'CHECKED_IN':
      return `The candidate checked in: no news by ${day('promisedDate')}` + (text('message') ? ` ("${text('message')}")` : '');
    case 'CHECK_IN_REPLIED':
      return `Replied to the check-in: "${text('message')}"` + (text('expectedResponseBy') ? `; will hear back by ${day('expectedResponseBy')}` : '');
    case 'RESPONSE_RECEIVED':
      return `The candidate answered "${text('title')}"`;
    case 'UNSUBSCRIBED':
      return 'The candidate asked for no more emails about this application';
    case 'EMAIL_UNDELIVERABLE_CLEARED':
      return 'Emails resumed: the team cleared the bounce or spam report on this address';
    case 'STATUS_LINK_ROTATED':
      return 'Status link replaced; the old link no longer works';
    default:
      return type;
  }
}
