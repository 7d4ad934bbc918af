import type { StageKind } from '@candor/domain';

export interface EmailTemplate {
  subject: string;
  /** Liquid text; a blank line starts a new paragraph. */
  body: string;
}

const PROMISE = `{% if promised_date != "" %}You will hear back from us by {{ promised_date }} at the latest.{% endif %}`;
const NEXT = `{% if next_step %}Next: {{ next_step.title }}, {{ next_step.when }}.{% endif %}`;
const MESSAGE = `{% if message != "" %}{{ message }}{% endif %}`;
const LINK = `Your status page shows where you stand and what comes next at any time: {{ status_link }}`;
const SIGN = `Warm regards,
{{ organization.name }}`;

const paragraphs = (...parts: string[]) => parts.join('\n\n');

/** Short, warm and specific defaults for every stage kind; organizations may edit them per stage. */
export const DEFAULT_TEMPLATES: Record<StageKind, EmailTemplate> = {
  APPLIED: {
    subject: 'We received your application for {{ job.title }}',
    body: paragraphs(
      'Hi {{ candidate.first_name }},',
      'Thank you for applying for {{ job.title }} at {{ organization.name }}. We are reading every application carefully.',
      PROMISE, MESSAGE, LINK, SIGN,
    ),
  },
  SCREEN: {
    subject: "Let's talk: {{ job.title }} at {{ organization.name }}",
    body: paragraphs(
      'Hi {{ candidate.first_name }},',
      'We enjoyed reading your application and would like to get to know you in a short call.',
      NEXT, MESSAGE, PROMISE, LINK, SIGN,
    ),
  },
  INTERVIEW: {
    subject: 'Next step for {{ job.title }}: {{ stage.label }}',
    body: paragraphs(
      'Hi {{ candidate.first_name }},',
      'Good news: we would like to invite you to the next step, {{ stage.label }}. {{ stage.description }}',
      NEXT, MESSAGE, PROMISE, LINK, SIGN,
    ),
  },
  ASSESSMENT: {
    subject: 'Your assessment for {{ job.title }}',
    body: paragraphs(
      'Hi {{ candidate.first_name }},',
      'The next step is a short assessment so you can show how you work. Your status page has the details and how to prepare.',
      NEXT, MESSAGE, PROMISE, LINK, SIGN,
    ),
  },
  ONSITE: {
    subject: 'Come and meet the team: {{ job.title }}',
    body: paragraphs(
      'Hi {{ candidate.first_name }},',
      'We would love to meet you in person.',
      NEXT, MESSAGE, PROMISE, LINK, SIGN,
    ),
  },
  DECISION: {
    subject: 'An update on your application for {{ job.title }}',
    body: paragraphs(
      'Hi {{ candidate.first_name }},',
      'Thank you for all the time you have given us. The team is now making its decision.',
      MESSAGE, PROMISE, LINK, SIGN,
    ),
  },
  OFFER: {
    subject: 'Good news about {{ job.title }}',
    body: paragraphs(
      'Hi {{ candidate.first_name }},',
      'We are delighted to tell you that we would like to offer you the role of {{ job.title }}. Your offer is on its way.',
      MESSAGE, PROMISE, LINK, SIGN,
    ),
  },
  HIRED: {
    subject: 'Welcome to {{ organization.name }}!',
    body: paragraphs('Hi {{ candidate.first_name }},', 'Welcome aboard! We are thrilled you are joining us as {{ job.title }}.', MESSAGE, SIGN),
  },
  REJECTED: {
    subject: 'Your application for {{ job.title }}',
    body: paragraphs(
      'Hi {{ candidate.first_name }},',
      'Thank you for the time and care you gave to your application for {{ job.title }}. After careful consideration we have decided not to move forward with your application this time.',
      MESSAGE,
      'We know this is not the news you hoped for, and we wish you every success.',
      SIGN,
    ),
  },
  WITHDRAWN: {
    subject: 'Your application for {{ job.title }}',
    body: paragraphs(
      'Hi {{ candidate.first_name }},',
      'We have noted that you withdrew from the process for {{ job.title }}. Thank you for your interest in {{ organization.name }}.',
      MESSAGE, SIGN,
    ),
  },
};

/**
 * The email that tells a candidate their promised reply day moved later, before it lapsed
 * (PROMISE_EXTENDED): the new day, the day it replaces, why, and that they need not chase.
 */
export const DEFAULT_PROMISE_EXTENDED_TEMPLATE: EmailTemplate = {
  subject: 'A new date for news about {{ job.title }}',
  body: paragraphs(
    'Hi {{ candidate.first_name }},',
    'We told you that you would hear from us about your application for {{ job.title }} by {{ previous_date }}. We need a little longer, and we are sorry for the wait.',
    'The reason: {{ reason }}',
    'You will hear back from us by {{ promised_date }} at the latest. There is no need to chase us: we will write to you by then.',
    LINK,
    SIGN,
  ),
};

/**
 * The team's answer to a candidate's check-in (CHECK_IN_REPLY): what they asked, quoted, the
 * reply, and the new day they will hear by when the reply gave one.
 */
export const DEFAULT_CHECK_IN_REPLY_TEMPLATE: EmailTemplate = {
  subject: 'A reply about {{ job.title }}',
  body: paragraphs(
    'Hi {{ candidate.first_name }},',
    '{% if check_in_message != "" %}You wrote to us: "{{ check_in_message }}"{% else %}You checked in with us about your application for {{ job.title }}.{% endif %}',
    'Our reply: {{ reply }}',
    '{% if promised_date != "" %}You will hear back from us by {{ promised_date }} at the latest.{% endif %}',
    LINK,
    SIGN,
  ),
};

/**
 * The reminder a candidate gets before a step (STEP_REMINDER): what, when, where or the link,
 * how to prepare, and the status page.
 */
export const DEFAULT_STEP_REMINDER_TEMPLATE: EmailTemplate = {
  subject: 'Reminder: {{ step.title }} on {{ step.when }}',
  body: paragraphs(
    'Hi {{ candidate.first_name }},',
    'A reminder for your application for {{ job.title }}: {{ step.title }} ({{ step.kind }}), {{ step.when }}.',
    '{% if step.location != "" %}Where: {{ step.location }}{% endif %}',
    '{% if step.meeting_url != "" %}Join here: {{ step.meeting_url }}{% endif %}',
    '{% if step.instructions != "" %}How to prepare: {{ step.instructions }}{% endif %}',
    LINK,
    SIGN,
  ),
};
