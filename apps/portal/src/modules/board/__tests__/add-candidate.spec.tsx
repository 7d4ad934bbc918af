import { fireEvent, screen, within } from '@testing-library/react';
import { apiError, renderApp } from '../../../test-support/mock-graphql';
import { board, candidate, freezeClock, MARGARET, ME } from './board-fixtures';

function fill(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

/** The form is behind an "Add candidate" button (a disclosure). */
async function openAddForm(): Promise<HTMLElement> {
  const toggle = await screen.findByRole('button', { name: 'Add candidate' });
  expect(toggle).toHaveAttribute('aria-expanded', 'false');
  expect(screen.queryByRole('form', { name: 'Add a candidate' })).not.toBeInTheDocument();
  fireEvent.click(toggle);
  expect(toggle).toHaveAttribute('aria-expanded', 'true');
  return screen.getByRole('form', { name: 'Add a candidate' });
}

describe('adding a candidate on the board', () => {
  beforeEach(freezeClock);
  afterEach(() => jest.useRealTimers());

  it('adds the candidate and shows their card', async () => {
    const candidates: unknown[] = [MARGARET];
    const api = renderApp('/jobs/j1', {
      Me: ME,
      Board: () => board([...candidates]),
      AddCandidate: (variables) => {
        const input = variables.input as { name: string };
        const added = candidate({ id: 'c9', name: input.name, stageId: 's1' });
        candidates.push(added);
        return { data: { addCandidate: added } };
      },
    });

    const form = await openAddForm();
    fill('Name', 'Ada Byron');
    fill('Email', 'ada@example.org');
    fill('Hear back by', '2026-03-20');
    fireEvent.click(within(form).getByRole('button', { name: 'Save candidate' }));

    expect(await screen.findByRole('article', { name: 'Ada Byron' })).toBeInTheDocument();
    expect(api.called('AddCandidate')[0].variables).toEqual({
      input: { jobId: 'j1', name: 'Ada Byron', email: 'ada@example.org', expectedResponseBy: '2026-03-20', notify: true },
    });
    expect(within(form).getByRole('status')).toHaveTextContent('Ada Byron was added to the first stage and emailed their status link.');
    expect(screen.getByLabelText('Name')).toHaveValue('');
    // It stays open for the next one.
    expect(screen.getByRole('form', { name: 'Add a candidate' })).toBeVisible();
  });

  it('sends no date when "hear back by" is left empty, and no email when unticked', async () => {
    const api = renderApp('/jobs/j1', {
      Me: ME,
      Board: () => board([]),
      AddCandidate: () => ({ data: { addCandidate: candidate({ id: 'c9', name: 'Ada Byron', stageId: 's1' }) } }),
    });

    await openAddForm();
    fill('Name', 'Ada Byron');
    fill('Email', 'ada@example.org');
    fireEvent.click(screen.getByLabelText('Email the candidate that their application arrived, with their status link'));
    fireEvent.click(screen.getByRole('button', { name: 'Save candidate' }));

    expect(await screen.findByText('Ada Byron was added to the first stage. No email was sent.')).toBeInTheDocument();
    expect(api.called('AddCandidate')[0].variables.input).toMatchObject({ expectedResponseBy: null, notify: false });
  });

  it('shows a field error from the API next to its field', async () => {
    renderApp('/jobs/j1', {
      Me: ME,
      Board: () => board([]),
      AddCandidate: () =>
        apiError('BAD_USER_INPUT', 'Invalid input', {
          fields: [{ field: 'expectedResponseBy', message: 'must be today or later' }],
        }),
    });

    await openAddForm();
    fill('Name', 'Ada Byron');
    fill('Email', 'ada@example.org');
    fill('Hear back by', '2026-03-01');
    fireEvent.click(screen.getByRole('button', { name: 'Save candidate' }));

    const date = screen.getByLabelText('Hear back by');
    expect(await screen.findByText('Hear back by must be today or later.')).toBeInTheDocument();
    expect(date).toHaveAttribute('aria-invalid', 'true');
    expect(date).toHaveAccessibleDescription(expect.stringContaining('Hear back by must be today or later.'));
    expect(date).toHaveFocus();
    expect(screen.getByLabelText('Name')).not.toHaveAttribute('aria-invalid');
  });

  it('shows a duplicate email (CONFLICT) next to the email field', async () => {
    renderApp('/jobs/j1', {
      Me: ME,
      Board: () => board([]),
      AddCandidate: () =>
        apiError('CONFLICT', 'A candidate with this email is already in this job.', {
          fields: [{ field: 'email', message: 'is already in this job' }],
        }),
    });

    await openAddForm();
    fill('Name', 'Ada Byron');
    fill('Email', 'margaret@example.org');
    fireEvent.click(screen.getByRole('button', { name: 'Save candidate' }));

    expect(await screen.findByText('A candidate with this email is already in this job.')).toBeInTheDocument();
    expect(screen.getByLabelText('Email')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('is not offered when the job is closed', async () => {
    renderApp('/jobs/j1', { Me: ME, Board: () => board([MARGARET], { status: 'CLOSED' }) });

    expect(await screen.findByText(/This job is closed/)).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Add a candidate' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add candidate' })).not.toBeInTheDocument();
  });
});
