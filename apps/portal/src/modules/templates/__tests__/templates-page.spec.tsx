import { fireEvent, screen, waitFor } from '@testing-library/react';
import { apiError, type Resolvers } from '../../../test-support/mock-graphql';
import TemplatesPage from '../components/TemplatesPage';
import { renderPage } from './render-page';

const JOB = {
  job: {
    __typename: 'Job',
    id: 'j1',
    title: 'Backend Engineer',
    stages: [
      { __typename: 'Stage', id: 's2', name: 'Interview', candidateLabel: 'Interviews', position: 1, notifyCandidates: true },
      { __typename: 'Stage', id: 's1', name: 'Applied', candidateLabel: 'Application received', position: 0, notifyCandidates: true },
    ],
  },
};

const PLACEHOLDERS = [
  { __typename: 'TemplatePlaceholder', name: 'candidate.first_name', description: "The candidate's first name" },
  { __typename: 'TemplatePlaceholder', name: 'job.title', description: 'The job title' },
];

function template(stageId: string, subject: string, body: string, isDefault = true) {
  return { __typename: 'EmailTemplate', stageId, subject, body, isDefault, placeholders: PLACEHOLDERS };
}

const UNKNOWN_PLACEHOLDER =
  'uses unknown placeholder {{ candidate.shoe_size }}; available: candidate.first_name, job.title';

function renderTemplates(overrides: Resolvers = {}) {
  return renderPage('/templates/:jobId', '/templates/j1', <TemplatesPage />, {
    TemplatesJob: () => ({ data: JOB }),
    EmailTemplate: (variables) => ({
      data: {
        emailTemplate: template(
          String(variables.stageId),
          'Thanks for applying, {{ candidate.first_name }}',
          'We received your application for {{ job.title }}.',
        ),
      },
    }),
    TemplatePreview: (variables) => {
      const input = variables.input as { subject: string; body: string };
      if (input.body.includes('shoe_size')) {
        return apiError('BAD_USER_INPUT', `Invalid input: body ${UNKNOWN_PLACEHOLDER}.`, {
          fields: [{ field: 'body', message: UNKNOWN_PLACEHOLDER }],
        });
      }
      const fill = (text: string) =>
        text.replaceAll('{{ candidate.first_name }}', 'Sam').replaceAll('{{ job.title }}', 'Backend Engineer');
      return {
        data: {
          previewStageEmail: { __typename: 'EmailPreview', subject: fill(input.subject), text: fill(input.body) },
        },
      };
    },
    ...overrides,
  });
}

describe('email templates page', () => {
  it('loads the first stage’s template with its placeholders and a preview', async () => {
    const api = renderTemplates();

    expect(await screen.findByLabelText('Subject')).toHaveValue('Thanks for applying, {{ candidate.first_name }}');
    expect(screen.getByLabelText('Stage')).toHaveValue('s1');
    expect(screen.getByText('{{ job.title }}')).toBeInTheDocument();
    expect(await screen.findByText('Thanks for applying, Sam')).toBeInTheDocument();
    expect(api.called('EmailTemplate')[0].variables).toEqual({ stageId: 's1' });
  });

  it('shows an unknown placeholder error next to the body, in the API’s words', async () => {
    renderTemplates();
    const body = await screen.findByLabelText(/^Body/);

    fireEvent.change(body, { target: { value: 'Hello {{ candidate.shoe_size }}' } });

    await screen.findByText(`Body ${UNKNOWN_PLACEHOLDER}.`, undefined, { timeout: 2000 });
    expect(body).toHaveAttribute('aria-invalid', 'true');
    expect(body).toHaveAccessibleDescription(new RegExp('uses unknown placeholder \\{\\{ candidate\\.shoe_size \\}\\}'));
    expect(screen.getByLabelText('Subject')).not.toHaveAttribute('aria-invalid');
  });

  it('saves the edited subject and body of the chosen stage', async () => {
    const api = renderTemplates({
      UpdateEmailTemplate: (variables) => {
        const input = variables.input as { stageId: string; subject: string; body: string };
        return { data: { updateEmailTemplate: template(input.stageId, input.subject, input.body, false) } };
      },
    });
    fireEvent.change(await screen.findByLabelText('Stage'), { target: { value: 's2' } });
    await waitFor(() => expect(api.called('EmailTemplate').at(-1)?.variables).toEqual({ stageId: 's2' }));

    fireEvent.change(await screen.findByLabelText('Subject'), { target: { value: 'Your interview' } });
    fireEvent.change(screen.getByLabelText(/^Body/), { target: { value: 'See you soon, {{ candidate.first_name }}.' } });
    expect(screen.getByText('Unsaved changes')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Save template' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Template saved.');
    expect(api.called('UpdateEmailTemplate')).toEqual([
      {
        operationName: 'UpdateEmailTemplate',
        variables: { input: { stageId: 's2', subject: 'Your interview', body: 'See you soon, {{ candidate.first_name }}.' } },
      },
    ]);
    expect(screen.getByRole('button', { name: 'Reset to default' })).toBeInTheDocument();
  });
});

describe('the email for a later reply day', () => {
  const PROMISE_PLACEHOLDERS = [
    { __typename: 'TemplatePlaceholder', name: 'promised_date', description: 'The new day the candidate will hear back by' },
    { __typename: 'TemplatePlaceholder', name: 'reason', description: 'Why the day moved, as the candidate reads it' },
  ];
  const promiseTemplate = (subject: string, body: string, isDefault: boolean) => ({
    __typename: 'OrganizationEmailTemplate',
    kind: 'PROMISE_EXTENDED',
    subject,
    body,
    isDefault,
    placeholders: PROMISE_PLACEHOLDERS,
  });
  const fill = (text: string) =>
    text.replaceAll('{{ promised_date }}', 'Wednesday, December 9, 2026').replaceAll('{{ reason }}', 'the team needs 3 more business days');

  function renderPromiseEmail() {
    return renderTemplates({
      OrganizationEmailTemplate: () => ({ data: { organizationEmailTemplate: promiseTemplate('New day: {{ promised_date }}', 'Why: {{ reason }}', false) } }),
      OrganizationEmailPreview: (variables) => {
        const input = variables.input as { subject: string; body: string };
        return { data: { previewOrganizationEmail: { __typename: 'EmailPreview', subject: fill(input.subject), text: fill(input.body) } } };
      },
      UpdateOrganizationEmailTemplate: (variables) => {
        const input = variables.input as { kind: string; subject: string; body: string };
        return { data: { updateOrganizationEmailTemplate: promiseTemplate(input.subject, input.body, false) } };
      },
      ResetOrganizationEmailTemplate: () => ({
        data: { resetOrganizationEmailTemplate: promiseTemplate('A new date for news about {{ job.title }}', 'Hi', true) },
      }),
    });
  }

  it('opens from the page with its own placeholders and a preview with sample data', async () => {
    const api = renderPromiseEmail();
    fireEvent.click(await screen.findByRole('button', { name: 'A later reply day' }));

    expect(await screen.findByLabelText('Subject')).toHaveValue('New day: {{ promised_date }}');
    expect(screen.getByRole('button', { name: 'A later reply day' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.queryByLabelText('Stage')).not.toBeInTheDocument();
    expect(screen.getByText('{{ reason }}')).toBeInTheDocument();
    expect(await screen.findByText('New day: Wednesday, December 9, 2026')).toBeInTheDocument();
    expect(api.called('OrganizationEmailTemplate')[0].variables).toEqual({ kind: 'PROMISE_EXTENDED' });
    expect(screen.getByTestId('location')).toHaveTextContent('/templates/j1?email=promise-extended');
  });

  it('saves the edited words by kind, and resets to the default after asking', async () => {
    const api = renderPromiseEmail();
    fireEvent.click(await screen.findByRole('button', { name: 'A later reply day' }));
    fireEvent.change(await screen.findByLabelText('Subject'), { target: { value: 'Moved to {{ promised_date }}' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save template' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Template saved.');
    expect(api.called('UpdateOrganizationEmailTemplate')[0].variables).toEqual({
      input: { kind: 'PROMISE_EXTENDED', subject: 'Moved to {{ promised_date }}', body: 'Why: {{ reason }}' },
    });

    fireEvent.click(screen.getByRole('button', { name: 'Reset to default' }));
    expect(screen.getByText('Replace this email with the default template? Your changes are lost.')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Yes, use the default' }));
    expect(await screen.findByRole('status')).toHaveTextContent('The default template is back.');
    expect(api.called('ResetOrganizationEmailTemplate')[0].variables).toEqual({ kind: 'PROMISE_EXTENDED' });
    expect(screen.getByLabelText('Subject')).toHaveValue('A new date for news about {{ job.title }}');
    expect(screen.queryByRole('button', { name: 'Reset to default' })).not.toBeInTheDocument();
  });
});

describe('the email for a reply to a check-in', () => {
  it('opens from the page by its kind, with its own placeholders, and switches back to the later reply day', async () => {
    const kinds: string[] = [];
    const api = renderTemplates({
      OrganizationEmailTemplate: (variables) => {
        const kind = variables.kind as string;
        kinds.push(kind);
        const subject = kind === 'CHECK_IN_REPLY' ? 'About your check-in: {{ job.title }}' : 'New day: {{ promised_date }}';
        const placeholders = kind === 'CHECK_IN_REPLY'
          ? [
              { __typename: 'TemplatePlaceholder', name: 'check_in_message', description: 'What the candidate wrote' },
              { __typename: 'TemplatePlaceholder', name: 'reply', description: 'The team’s reply' },
            ]
          : [{ __typename: 'TemplatePlaceholder', name: 'promised_date', description: 'The new day' }];
        return { data: { organizationEmailTemplate: { __typename: 'OrganizationEmailTemplate', kind, subject, body: 'Hi', isDefault: true, placeholders } } };
      },
      OrganizationEmailPreview: (variables) => {
        const input = variables.input as { subject: string; body: string };
        return { data: { previewOrganizationEmail: { __typename: 'EmailPreview', subject: input.subject, text: input.body } } };
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'A reply to a check-in' }));

    expect(await screen.findByLabelText('Subject')).toHaveValue('About your check-in: {{ job.title }}');
    expect(screen.getByRole('button', { name: 'A reply to a check-in' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'A later reply day' })).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByText('{{ check_in_message }}')).toBeInTheDocument();
    expect(screen.getByText(/Sent when a team member answers a candidate’s check-in/)).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/templates/j1?email=check-in-reply');

    fireEvent.click(screen.getByRole('button', { name: 'A later reply day' }));
    await waitFor(() => expect(screen.getByLabelText('Subject')).toHaveValue('New day: {{ promised_date }}'));
    expect(kinds).toEqual(['CHECK_IN_REPLY', 'PROMISE_EXTENDED']);
    expect(api.called('OrganizationEmailTemplate').map((call) => call.variables)).toEqual([{ kind: 'CHECK_IN_REPLY' }, { kind: 'PROMISE_EXTENDED' }]);
  });
});
