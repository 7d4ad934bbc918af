import { PUBLIC_PROMISE_RECORD, StageKind } from '@candor/domain';
import { StatusStage, StatusStep } from './status-view';
import { BRANDING_COLUMNS, BrandingRow } from './status-branding';

/**
 * The SQL of the candidate's side, found by the status link's keyed hash ($1) at the instant $2
 * (Candor's clock). While an outcome waits out its undo window (`outcome_pending_until` after
 * $2), the candidate's stage and promise are the ones from before it: the outcome has not
 * happened for them yet. Exported on its own so that `npm run bench` can run exactly this SQL in
 * its bare node:http baseline.
 */

/** One row: the link, its candidate, job, organization and current stage, and past check-ins. */
export interface LinkedCandidate {
  candidate_id: string;
  organization_id: string;
  job_id: string;
  stage_id: string;
  candidate_name: string;
  expected_response_by: string | null;
  stage_entered_at: Date;
  reached_stage_ids: string[];
  stage_kind: StageKind;
  job_title: string;
  organization_name: string;
  time_zone: string;
  status_link_expiry_days: number;
  checked_in_for: string[] | null;
  // The employer's branding (status-branding.ts, BRANDING_COLUMNS).
  contact_name: BrandingRow['contact_name'];
  contact_email: BrandingRow['contact_email'];
  accent_color: BrandingRow['accent_color'];
  logo_id: BrandingRow['logo_id'];
}

const PENDING = `c.outcome_pending_until > $2`;

const LINKED_COLUMNS = `
  c.id AS candidate_id, c.organization_id, c.job_id, s.id AS stage_id, c.name AS candidate_name,
  CASE WHEN ${PENDING} THEN c.promise_before_outcome ELSE c.expected_response_by END AS expected_response_by,
  c.stage_entered_at, c.reached_stage_ids, s.kind AS stage_kind, j.title AS job_title,
  o.name AS organization_name, o.time_zone, o.status_link_expiry_days,
  (SELECT array_agg(ci.promised_date::text) FROM check_ins ci WHERE ci.candidate_id = c.id) AS checked_in_for,
  ${BRANDING_COLUMNS}`;

const BY_TOKEN_HASH = `
  FROM status_links l
  JOIN candidates c ON c.id = l.candidate_id
  JOIN stages s ON s.id = CASE WHEN ${PENDING} THEN COALESCE(c.stage_before_outcome_id, c.stage_id) ELSE c.stage_id END
  JOIN jobs j ON j.id = c.job_id
  JOIN organizations o ON o.id = c.organization_id
  WHERE l.token_hash = $1`;

/** The link's candidate alone: for check-ins, answers and calendar files. */
export const LINKED_CANDIDATE_SQL = `SELECT ${LINKED_COLUMNS} ${BY_TOKEN_HASH}`;

/**
 * The whole status read in one statement: the linked candidate, with the job's stages and the
 * candidate's visible steps as JSON, in the view's own field names.
 */
export const STATUS_SQL = `
  SELECT ${LINKED_COLUMNS},
    (SELECT json_agg(json_build_object(
              'id', st.id, 'kind', st.kind, 'position', st.position, 'candidateLabel', st.candidate_label,
              'candidateDescription', st.candidate_description, 'visibleToCandidates', st.visible_to_candidates)
            ORDER BY st.position)
       FROM stages st WHERE st.job_id = c.job_id) AS stages,
    (SELECT json_agg(json_build_object(
              'id', n.id, 'kind', n.kind, 'title', n.title, 'startsAt', n.starts_at, 'dueAt', n.due_at,
              'durationMinutes', n.duration_minutes, 'location', n.location, 'meetingUrl', n.meeting_url,
              'instructions', n.instructions, 'visibleToCandidate', n.visible_to_candidate,
              'requestsResponse', n.requests_response, 'state', n.state, 'sequence', n.sequence)
            ORDER BY n.position)
       FROM next_steps n WHERE n.candidate_id = c.id AND n.visible_to_candidate AND n.state <> 'CANCELLED') AS steps,
    (SELECT json_agg(json_build_object('sentAt', ci.created_at, 'promisedDate', ci.promised_date::text, 'message', ci.message,
              'reply', CASE WHEN ci.replied_at IS NOT NULL THEN json_build_object('message', ci.reply_message, 'sentAt', ci.replied_at, 'newExpectedResponseBy', ci.reply_new_day::text) END)
            ORDER BY ci.created_at)
       FROM check_ins ci WHERE ci.candidate_id = c.id) AS check_ins,
    (SELECT json_agg(json_build_object('stepId', r.next_step_id, 'sentAt', r.created_at, 'message', r.message, 'links', r.links)
            ORDER BY r.created_at)
       FROM candidate_responses r WHERE r.candidate_id = c.id) AS answers,
    (SELECT json_build_object('day', p.promised_day::text, 'reason', p.reason)
       FROM candidate_promises p WHERE p.candidate_id = c.id AND p.outcome = 'OPEN') AS open_promise,
    s.typical_days_to_update,
    CASE WHEN o.show_promise_record THEN
      (SELECT json_build_object('ended', count(*), 'kept', count(*) FILTER (WHERE p.outcome = 'KEPT'))
         FROM candidate_promises p
        WHERE p.organization_id = c.organization_id AND p.outcome <> 'OPEN'
          AND p.settled_at > $2::timestamptz - make_interval(days => ${PUBLIC_PROMISE_RECORD.days}) AND p.settled_at <= $2)
    END AS promise_record
  ${BY_TOKEN_HASH}`;

/** A timestamptz as json_build_object writes it: ISO 8601 with the session's UTC offset. */
type JsonTimestamp = string;

export type StatusRow = LinkedCandidate & {
  stages: StatusStage[];
  steps: Array<Omit<StatusStep, 'startsAt' | 'dueAt'> & { startsAt: JsonTimestamp | null; dueAt: JsonTimestamp | null }> | null;
  check_ins: Array<{ sentAt: JsonTimestamp; promisedDate: string; message: string | null; reply: { message: string; sentAt: JsonTimestamp; newExpectedResponseBy: string | null } | null }> | null;
  answers: Array<{ stepId: string | null; sentAt: JsonTimestamp; message: string; links: string[] }> | null;
  /** The candidate's open promise in the ledger (its reason is an extension's). */
  open_promise: { day: string; reason: string | null } | null;
  /** The visible stage's typical days to an update (null without enough data). */
  typical_days_to_update: number | null;
  /** Promises of the organization that ended in the last PUBLIC_PROMISE_RECORD.days days, when it shows its record. */
  promise_record: { ended: number; kept: number } | null;
};
