import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { apiError, type Resolvers, renderApp } from '../../../test-support/mock-graphql';
import { board, freezeClock, MARGARET, ME } from '../../board/__tests__/board-fixtures';

type Contact = { name: string; email: string } | null;

/** A job whose contact changes as UpdateJobContact says (or as `answer` overrides). */
function jobWithContact(initial: Contact, answer?: Resolvers[string]): Resolvers {
  let contact = initial;
  const job = () => ({
    __typename: 'Job',
    id: 'j1',
    title: 'Backend Engineer',
    status: 'OPEN',
    contact: contact && { __typename: 'JobContact', ...contact },
    stages: [],
    candidates: [],
  });
  return {
    Me: ME,
    Board: () => board([MARGARET]),
    JobSettings: () => ({ data: { job: job() } }),
    UpdateJobContact:
      answer ??
      ((variables) => {
        const input = variables.input as { contactName: string | null; contactEmail: string | null };
        contact = input.contactName && input.contactEmail ? { name: input.contactName, email: input.contactEmail } : null;
        return { data: { updateJob: { __typename: 'Job', id: 'j1', contact: job().contact } } };
      }),
  };
}

async function contactForm() {
  fireEvent.click(await screen.findByRole('button', { name: 'Job settings' }));
  return screen.findByRole('form', { name: 'Contact on the status page' });
}

describe("the job's contact on the status page", () => {
  beforeEach(freezeClock);
  afterEach(() => jest.useRealTimers());

  it('publishes a name and an address the team chooses, and says what candidates see', async () => {
    const api = renderApp('/jobs/j1', jobWithContact(null));
    const form = await contactForm();
    expect(within(form).queryByRole('button', { name: 'Remove contact' })).not.toBeInTheDocument();

    fireEvent.change(within(form).getByLabelText('Contact name'), { target: { value: ' Dana Reyes ' } });
    fireEvent.change(within(form).getByLabelText('Contact email'), { target: { value: 'dana@acme.example' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save contact' }));

    expect(await within(form).findByText('Candidates now see Dana Reyes (dana@acme.example) as their contact.')).toBeInTheDocument();
    expect(api.called('UpdateJobContact')[0].variables).toEqual({ input: { jobId: 'j1', contactName: 'Dana Reyes', contactEmail: 'dana@acme.example' } });
  });

  it('asks for both or neither before sending', async () => {
    const api = renderApp('/jobs/j1', jobWithContact(null));
    const form = await contactForm();

    fireEvent.change(within(form).getByLabelText('Contact name'), { target: { value: 'Dana Reyes' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save contact' }));

    expect(await within(form).findByText('Contact email is needed too, or leave both empty to show no contact.')).toBeInTheDocument();
    expect(within(form).getByLabelText('Contact email')).toHaveFocus();
    expect(api.called('UpdateJobContact')).toHaveLength(0);
  });

  it("shows the API's refusal beside the field it names", async () => {
    renderApp(
      '/jobs/j1',
      jobWithContact(null, () => apiError('BAD_USER_INPUT', 'Invalid input.', { fields: [{ field: 'contactEmail', message: 'must be an email address' }] })),
    );
    const form = await contactForm();

    fireEvent.change(within(form).getByLabelText('Contact name'), { target: { value: 'Dana' } });
    fireEvent.change(within(form).getByLabelText('Contact email'), { target: { value: 'Dana <dana@acme.example>' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save contact' }));

    expect(await within(form).findByText('Contact email must be an email address.')).toBeInTheDocument();
  });

  it('removes the contact', async () => {
    const api = renderApp('/jobs/j1', jobWithContact({ name: 'Hiring team', email: 'jobs@acme.example' }));
    const form = await contactForm();
    expect(within(form).getByLabelText('Contact name')).toHaveValue('Hiring team');

    fireEvent.click(within(form).getByRole('button', { name: 'Remove contact' }));

    expect(await within(form).findByText('Candidates see no contact for this job.')).toBeInTheDocument();
    expect(api.called('UpdateJobContact')[0].variables).toEqual({ input: { jobId: 'j1', contactName: null, contactEmail: null } });
    await waitFor(() => expect(within(form).getByLabelText('Contact name')).toHaveValue(''));
  });
});
