import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { apiError, renderApp, VIEWER } from '../../../test-support/mock-graphql';

const STAGES = [
  { id: 's3', name: 'Interview', kind: 'INTERVIEW', position: 2 },
  { id: 's1', name: 'Applied', kind: 'APPLIED', position: 0 },
  { id: 's2', name: 'Screen', kind: 'SCREEN', position: 1 },
];

/** A job card's numbers as the API counts them (Job.summary). */
function summary(candidates: number, overdue: number, counts: Record<string, number>) {
  return { candidates, overdue, stages: Object.entries(counts).map(([stageId, count]) => ({ stageId, count })) };
}

const JOBS = [
  {
    id: 'j1',
    title: 'Backend Engineer',
    status: 'OPEN',
    createdAt: '2026-01-10T09:00:00Z',
    stages: STAGES,
    summary: summary(5, 2, { s3: 3, s1: 2, s2: 0 }),
  },
  {
    id: 'j2',
    title: 'Office Manager',
    status: 'CLOSED',
    createdAt: '2026-01-01T09:00:00Z',
    stages: STAGES.map((stage) => ({ ...stage, id: `${stage.id}b` })),
    summary: summary(1, 0, { s2b: 1 }),
  },
];

function stageCounts(card: HTMLElement, title: string): string[] {
  const list = within(card).getByRole('list', { name: `Candidates per stage for ${title}` });
  return within(list)
    .getAllByRole('listitem')
    .map((item) => item.textContent ?? '');
}

describe('jobs home page', () => {
  it('shows the organization, the member and each job with its counts', async () => {
    renderApp('/', { Me: () => ({ data: VIEWER }), Jobs: () => ({ data: { jobs: JOBS } }) });

    const backend = await screen.findByRole('article', { name: 'Backend Engineer' });
    const banner = screen.getByRole('banner');
    expect(within(banner).getByText('Analytical Engines Ltd')).toBeInTheDocument();
    expect(within(banner).getByText('Ada Lovelace')).toBeInTheDocument();

    expect(within(backend).getByText('Open')).toBeInTheDocument();
    expect(within(backend).getByText('5 candidates')).toBeInTheDocument();
    expect(within(backend).getByText('2 overdue replies')).toBeInTheDocument();
    expect(stageCounts(backend, 'Backend Engineer')).toEqual(['Applied 2', 'Screen 0', 'Interview 3']);

    const office = screen.getByRole('article', { name: 'Office Manager' });
    expect(within(office).getByText('Closed')).toBeInTheDocument();
    expect(within(office).getByText('1 candidate')).toBeInTheDocument();
    expect(within(office).getByText('No overdue replies')).toBeInTheDocument();
    expect(stageCounts(office, 'Office Manager')).toEqual(['Applied 0', 'Screen 1', 'Interview 0']);
  });

  it('shows an empty state when the organization has no jobs', async () => {
    renderApp('/', { Me: () => ({ data: VIEWER }), Jobs: () => ({ data: { jobs: [] } }) });

    expect(await screen.findByRole('heading', { name: 'No jobs yet' })).toBeInTheDocument();
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Create job' })).toBeInTheDocument();
  });

  it('shows a loading state while the jobs are on their way', async () => {
    renderApp('/', { Me: () => ({ data: VIEWER }), Jobs: () => 'pending' });

    expect(await screen.findByText('Loading jobs…')).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('heading', { name: 'No jobs yet' })).not.toBeInTheDocument();
  });

  it('shows the error when the jobs cannot be loaded, and loads them on retry', async () => {
    let fail = true;
    renderApp('/', {
      Me: () => ({ data: VIEWER }),
      Jobs: () =>
        fail ? apiError('FORBIDDEN', 'You do not have access to these jobs.') : { data: { jobs: JOBS } },
    });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('We could not load your jobs');
    expect(alert).toHaveTextContent('You do not have access to these jobs.');

    fail = false;
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));

    expect(await screen.findByRole('article', { name: 'Backend Engineer' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('creates a job and lands on its board', async () => {
    let jobs: typeof JOBS = [];
    const api = renderApp('/', {
      Me: () => ({ data: VIEWER }),
      Jobs: () => ({ data: { jobs } }),
      Board: () => 'pending',
      CreateJob: (variables) => {
        const { title } = (variables as { input: { title: string } }).input;
        jobs = [{ ...JOBS[0], id: 'j9', title, summary: summary(0, 0, {}) }];
        return { data: { createJob: { __typename: 'Job', id: 'j9', title } } };
      },
    });
    await screen.findByRole('heading', { name: 'No jobs yet' });

    fireEvent.change(screen.getByLabelText('Job title'), { target: { value: '  Data Analyst ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create job' }));

    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(/^\/jobs\/j9$/));
    expect(api.called('CreateJob')[0].variables).toEqual({ input: { title: 'Data Analyst', allowDuplicateTitle: false } });
    expect(api.called('Board')[0].variables).toEqual({ id: 'j9' });
  });

  describe('a title an open job already has', () => {
    const duplicate = apiError('CONFLICT', 'An open job is already called "Backend Engineer". Send allowDuplicateTitle: true to create another.', {
      reason: 'DUPLICATE_JOB_TITLE',
      existingJob: { id: 'j1', title: 'Backend Engineer' },
    });

    function home() {
      const api = renderApp('/', {
        Me: () => ({ data: VIEWER }),
        Jobs: () => ({ data: { jobs: JOBS } }),
        Board: () => 'pending',
        CreateJob: (variables) => {
          const { input } = variables as { input: { title: string; allowDuplicateTitle: boolean } };
          return input.allowDuplicateTitle ? { data: { createJob: { __typename: 'Job', id: 'j10', title: input.title } } } : duplicate;
        },
      });
      return api;
    }

    async function submit(title: string) {
      await screen.findByRole('article', { name: 'Backend Engineer' });
      fireEvent.change(screen.getByLabelText('Job title'), { target: { value: title } });
      fireEvent.click(screen.getByRole('button', { name: 'Create job' }));
      return screen.findByRole('button', { name: 'Create another' });
    }

    it('asks before creating another, and creates it once confirmed', async () => {
      const api = home();
      const confirm = await submit(' backend  ENGINEER');

      expect(confirm).toHaveFocus();
      expect(confirm).toHaveAccessibleDescription('A job called “Backend Engineer” already exists. Create another? Open “Backend Engineer”');
      expect(screen.getByRole('link', { name: 'Open “Backend Engineer”' })).toHaveAttribute('href', '/jobs/j1');
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
      expect(screen.getByTestId('location')).toHaveTextContent(/^\/$/);

      fireEvent.click(confirm);
      await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(/^\/jobs\/j10$/));
      expect(api.called('CreateJob').map((call) => call.variables.input)).toEqual([
        { title: 'backend  ENGINEER', allowDuplicateTitle: false },
        { title: 'backend  ENGINEER', allowDuplicateTitle: true },
      ]);
    });

    it('creates nothing when the member declines, and asks again about a changed title', async () => {
      const api = home();
      await submit('Backend Engineer');
      fireEvent.click(screen.getByRole('button', { name: 'Don’t create' }));

      expect(screen.queryByRole('button', { name: 'Create another' })).not.toBeInTheDocument();
      expect(screen.getByLabelText('Job title')).toHaveFocus();
      expect(screen.getByLabelText('Job title')).toHaveValue('Backend Engineer');
      expect(api.called('CreateJob')).toHaveLength(1);

      fireEvent.click(screen.getByRole('button', { name: 'Create job' }));
      await screen.findByRole('button', { name: 'Create another' });
      fireEvent.change(screen.getByLabelText('Job title'), { target: { value: 'Backend Engineer II' } });
      expect(screen.queryByRole('button', { name: 'Create another' })).not.toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Create job' })).toBeInTheDocument();
      expect(api.called('CreateJob').every((call) => (call.variables.input as { allowDuplicateTitle: boolean }).allowDuplicateTitle === false)).toBe(true);
    });
  });

  it('shows a too-long title error beside the title field', async () => {
    renderApp('/', {
      Me: () => ({ data: VIEWER }),
      Jobs: () => ({ data: { jobs: [] } }),
      CreateJob: () =>
        apiError('BAD_USER_INPUT', 'Invalid input: title must be at most 160 characters.', {
          field: 'title',
          fields: [{ field: 'title', message: 'must be at most 160 characters' }],
        }),
    });
    await screen.findByRole('heading', { name: 'No jobs yet' });

    fireEvent.change(screen.getByLabelText('Job title'), { target: { value: 'Engineer' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create job' }));

    await waitFor(() =>
      expect(screen.getByLabelText('Job title')).toHaveAccessibleDescription(
        'New jobs start with the default hiring pipeline. Job title must be at most 160 characters.',
      ),
    );
  });
});
