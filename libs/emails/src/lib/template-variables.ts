/**
 * The placeholders a recruiter may use in an email template, and nothing else: a template sees
 * plain strings, never objects of the application.
 */
export interface StageEmailVariables {
  candidate: { name: string; first_name: string };
  job: { title: string };
  organization: { name: string };
  stage: { label: string; description: string };
  next_step: { title: string; kind: string; when: string } | null;
  promised_date: string;
  message: string;
  status_link: string;
}

export const TEMPLATE_VARIABLES: Record<string, string> = {
  'candidate.first_name': "The candidate's first name",
  'candidate.name': "The candidate's full name",
  'job.title': 'The job title',
  'organization.name': 'Your organization',
  'stage.label': 'The stage, as candidates read it',
  'stage.description': "The stage's description for candidates",
  next_step: 'Whether a dated next step exists (use with {% if next_step %})',
  'next_step.title': 'The next dated step',
  'next_step.kind': 'Its kind, e.g. "Video interview"',
  'next_step.when': 'Its date and time in your time zone',
  promised_date: 'The day the candidate will hear back by (empty when none)',
  message: 'Your personal message from the move dialog (may be empty)',
  status_link: "The candidate's private status page",
};

const SAMPLE_DATA: Omit<StageEmailVariables, 'status_link'> = {
  candidate: { name: 'Margaret Okafor', first_name: 'Margaret' },
  job: { title: 'Product Designer' },
  organization: { name: 'Northwind Studio' },
  stage: { label: 'Video interview', description: 'A conversation over video with the people you would work with.' },
  next_step: { title: 'Video interview with the design team', kind: 'Video interview', when: 'Tuesday, December 1, 2026 at 9:00 AM PST (Pacific Standard Time)' },
  promised_date: 'Friday, December 4, 2026',
  message: 'It was a pleasure to meet you. The team is looking forward to the next conversation.',
};

/**
 * The placeholders of the email that tells a candidate their promised reply day moved later
 * (PROMISE_EXTENDED): the stage email's that make sense without a move, and the two days, the
 * reason and the extension's business days.
 */
export interface PromiseEmailVariables {
  candidate: { name: string; first_name: string };
  job: { title: string };
  organization: { name: string };
  stage: { label: string; description: string };
  /** The day promised before, written for a person ("Friday, December 4, 2026"). */
  previous_date: string;
  /** The new day the candidate will hear by, written for a person. */
  promised_date: string;
  /** Why the day moved, as the candidate reads it. */
  reason: string;
  /** Business days a pre-approved extension added, as text ("3"); empty for a change a member made. */
  extension_days: string;
  status_link: string;
}

export const PROMISE_EMAIL_VARIABLES: Record<string, string> = {
  'candidate.first_name': "The candidate's first name",
  'candidate.name': "The candidate's full name",
  'job.title': 'The job title',
  'organization.name': 'Your organization',
  'stage.label': 'The stage the candidate is in, as candidates read it',
  'stage.description': "The stage's description for candidates",
  previous_date: 'The day the candidate was promised news by before',
  promised_date: 'The new day the candidate will hear back by',
  reason: 'Why the day moved, as the candidate reads it',
  extension_days: 'The business days a pre-approved extension added, e.g. "3" (empty when a person changed the day)',
  status_link: "The candidate's private status page",
};

/**
 * The placeholders of the team's answer to a candidate's check-in (CHECK_IN_REPLY): the
 * candidate's own words quoted, the reply, the new promised day if one came with it.
 */
export interface CheckInReplyEmailVariables {
  candidate: { name: string; first_name: string };
  job: { title: string };
  organization: { name: string };
  stage: { label: string; description: string };
  /** What the candidate wrote when checking in (empty when they sent no words). */
  check_in_message: string;
  /** The team's reply, as written. */
  reply: string;
  /** The new day the candidate will hear back by, written for a person; empty when the reply gave none. */
  promised_date: string;
  status_link: string;
}

export const CHECK_IN_REPLY_EMAIL_VARIABLES: Record<string, string> = {
  'candidate.first_name': "The candidate's first name",
  'candidate.name': "The candidate's full name",
  'job.title': 'The job title',
  'organization.name': 'Your organization',
  'stage.label': 'The stage the candidate is in, as candidates read it',
  'stage.description': "The stage's description for candidates",
  check_in_message: 'What the candidate wrote when checking in (empty when they wrote nothing)',
  reply: "Your team's reply",
  promised_date: 'The new day the candidate will hear back by (empty when the reply gave none)',
  status_link: "The candidate's private status page",
};

/**
 * The placeholders of the reminder a candidate gets before a step (STEP_REMINDER): who, which
 * application, and the step: its title, kind, time, place or link and preparation notes.
 */
export interface StepReminderVariables {
  candidate: { name: string; first_name: string };
  job: { title: string };
  organization: { name: string };
  /** `when`: the start (or "Due …" for a deadline) written for a person in the organization's zone; `location`, `meeting_url`, `instructions` may be empty. */
  step: { title: string; kind: string; when: string; location: string; meeting_url: string; instructions: string };
  status_link: string;
}

export const STEP_REMINDER_EMAIL_VARIABLES: Record<string, string> = {
  'candidate.first_name': "The candidate's first name",
  'candidate.name': "The candidate's full name",
  'job.title': 'The job title',
  'organization.name': 'Your organization',
  'step.title': 'The step, e.g. "Video interview with the design team"',
  'step.kind': 'Its kind, e.g. "Video interview"',
  'step.when': 'Its date and time in your time zone ("Due …" for a deadline)',
  'step.location': 'Where it takes place (may be empty)',
  'step.meeting_url': 'The link to join it (may be empty)',
  'step.instructions': 'How to prepare, as written on the step (may be empty)',
  status_link: "The candidate's private status page",
};

/** The kinds of email an organization may write templates for: one stage's email, or one of the organization's own emails. */
export type TemplateKind = 'STAGE' | 'PROMISE_EXTENDED' | 'CHECK_IN_REPLY' | 'STEP_REMINDER';

/** The placeholders each kind of template may use, and nothing else. */
export const TEMPLATE_VARIABLES_BY_KIND: Record<TemplateKind, Record<string, string>> = {
  STAGE: TEMPLATE_VARIABLES,
  PROMISE_EXTENDED: PROMISE_EMAIL_VARIABLES,
  CHECK_IN_REPLY: CHECK_IN_REPLY_EMAIL_VARIABLES,
  STEP_REMINDER: STEP_REMINDER_EMAIL_VARIABLES,
};

const PROMISE_SAMPLE_DATA: Omit<PromiseEmailVariables, 'status_link'> = {
  candidate: SAMPLE_DATA.candidate,
  job: SAMPLE_DATA.job,
  organization: SAMPLE_DATA.organization,
  stage: SAMPLE_DATA.stage,
  previous_date: 'Friday, December 4, 2026',
  promised_date: 'Wednesday, December 9, 2026',
  reason: 'the team needs 3 more business days',
  extension_days: '3',
};

/** Sample data for previews and trial renders of the PROMISE_EXTENDED email (status link as in `sampleVariables`). */
export function samplePromiseVariables(publicUrl: string): PromiseEmailVariables {
  return { ...PROMISE_SAMPLE_DATA, status_link: sampleVariables(publicUrl).status_link };
}

/** Sample data for previews and trial renders of the CHECK_IN_REPLY email (status link as in `sampleVariables`). */
export function sampleCheckInReplyVariables(publicUrl: string): CheckInReplyEmailVariables {
  return {
    candidate: SAMPLE_DATA.candidate,
    job: SAMPLE_DATA.job,
    organization: SAMPLE_DATA.organization,
    stage: SAMPLE_DATA.stage,
    check_in_message: 'Hello! I wanted to ask whether there is any news about my application.',
    reply: 'Thank you for checking in, and sorry for the wait. The team meets on Tuesday and will decide then.',
    promised_date: 'Wednesday, December 9, 2026',
    status_link: sampleVariables(publicUrl).status_link,
  };
}

/** Sample data for previews and trial renders of the STEP_REMINDER email (status link as in `sampleVariables`). */
export function sampleStepReminderVariables(publicUrl: string): StepReminderVariables {
  return {
    candidate: SAMPLE_DATA.candidate,
    job: SAMPLE_DATA.job,
    organization: SAMPLE_DATA.organization,
    step: {
      title: 'Video interview with the design team',
      kind: 'Video interview',
      when: 'Tuesday, December 1, 2026 at 9:00 AM PST (Pacific Standard Time)',
      location: '',
      meeting_url: 'https://meet.example.com/northwind-design',
      instructions: 'Please have a recent project ready to walk us through.',
    },
    status_link: sampleVariables(publicUrl).status_link,
  };
}

/** Sample data per kind of template (for trial renders on save). */
export function sampleVariablesOf(
  kind: TemplateKind,
  publicUrl: string,
): StageEmailVariables | PromiseEmailVariables | CheckInReplyEmailVariables | StepReminderVariables {
  if (kind === 'CHECK_IN_REPLY') return sampleCheckInReplyVariables(publicUrl);
  if (kind === 'STEP_REMINDER') return sampleStepReminderVariables(publicUrl);
  return kind === 'STAGE' ? sampleVariables(publicUrl) : samplePromiseVariables(publicUrl);
}

/**
 * Sample data for previews and trial renders. Its status link is on `publicUrl` (the API's
 * PUBLIC_URL), the origin every other link of a preview uses, so a preview never mixes origins.
 */
export function sampleVariables(publicUrl: string): StageEmailVariables {
  return { ...SAMPLE_DATA, status_link: `${publicUrl.replace(/\/+$/, '')}/status#sample-token` };
}

/** The first word of a full name ("Margaret Okafor" gives "Margaret"); empty for a blank name. */
export function firstName(name: string): string {
  // Stryker disable next-line Regex: the name is trimmed, so splitting at single spaces gives the same first word
  return name.trim().split(/\s+/)[0] ?? name;
}
