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
