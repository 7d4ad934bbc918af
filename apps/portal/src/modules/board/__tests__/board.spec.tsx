import { fireEvent, screen, within } from '@testing-library/react';
import { apiError, renderApp } from '../../../test-support/mock-graphql';
import { ALAN, board, freezeClock, GRACE, KATHERINE, MARGARET, ME } from './board-fixtures';

function column(name: string): HTMLElement {
  return screen.getByRole('region', { name: new RegExp(`^${name} \\d+ candidates?( \\d+ overdue)?$`) });
}

describe('pipeline board', () => {
  beforeEach(freezeClock);
  afterEach(() => jest.useRealTimers());

  it('shows a column per stage in pipeline order and a card per candidate', async () => {
    const api = renderApp('/jobs/j1', { Me: ME, Board: () => board([MARGARET, GRACE, ALAN, KATHERINE]) });

    expect(await screen.findByRole('heading', { level: 1, name: 'Backend Engineer' })).toBeInTheDocument();
    expect(api.called('Board')[0].variables).toEqual({ id: 'j1' });
    const pipeline = screen.getByRole('region', { name: 'Pipeline for Backend Engineer' });
    const columns = within(pipeline).getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(columns).toEqual(['Applied 2 candidates 1 overdue', 'Screen 1 candidate', 'Assessment 1 candidate']);

    const applied = column('Applied');
    expect(within(applied).getByText('Candidates see “Application received”')).toBeInTheDocument();
    const margaret = within(applied).getByRole('article', { name: 'Margaret Hamilton' });
    expect(within(margaret).getByRole('link', { name: 'Margaret Hamilton' })).toHaveAttribute('href', '/candidates/c1');
    expect(within(margaret).getByText('3 days in this stage')).toBeInTheDocument();
    expect(margaret).toHaveTextContent('Hear back by Mon, Mar 9, 2026 Overdue');
    // The soonest dated planned step: not the done one, not the later task, not the undated one.
    expect(margaret).toHaveTextContent('Next: Phone screen, Thu, Mar 12, 2026, 2:00 PM GMT');
    expect(within(margaret).getByRole('button', { name: 'Move Margaret Hamilton' })).toBeInTheDocument();
    expect(within(margaret).getByRole('checkbox', { name: 'Select Margaret Hamilton' })).not.toBeChecked();

    const grace = within(applied).getByRole('article', { name: 'Grace Hopper' });
    expect(grace).toHaveTextContent('Hear back by Wed, Mar 11, 2026 Due soon');
    expect(within(grace).queryByText('Overdue')).not.toBeInTheDocument();

    const alan = within(column('Screen')).getByRole('article', { name: 'Alan Turing' });
    expect(alan).toHaveTextContent('Hear back by Fri, Mar 20, 2026');
    expect(within(alan).queryByText(/Overdue|Due soon/)).not.toBeInTheDocument();

    const katherine = within(column('Assessment')).getByRole('article', { name: 'Katherine Johnson' });
    expect(katherine).toHaveTextContent('No reply date promised');
    expect(within(katherine).getByText('1 day in this stage')).toBeInTheDocument();
    expect(screen.queryByText('No candidates yet')).not.toBeInTheDocument();
  });

  it('says so when the job has no candidates yet, and still shows the stages', async () => {
    renderApp('/jobs/j1', { Me: ME, Board: () => board([]) });

    expect(await screen.findByRole('heading', { name: 'No candidates yet' })).toBeInTheDocument();
    expect(column('Screen')).toHaveTextContent('No one in this stage');
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
  });

  it('shows a loading state while the board is on its way', async () => {
    renderApp('/jobs/j1', { Me: ME, Board: () => 'pending' });

    expect(await screen.findByText('Loading the pipeline…')).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('heading', { level: 1 })).not.toBeInTheDocument();
  });

  it('explains a failed load and loads the board on retry', async () => {
    let fail = true;
    renderApp('/jobs/j1', {
      Me: ME,
      Board: () => (fail ? apiError('FORBIDDEN', 'You do not have access to this job.') : board([MARGARET])),
    });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('We could not load this pipeline');
    expect(alert).toHaveTextContent('You do not have access to this job.');

    fail = false;
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('article', { name: 'Margaret Hamilton' })).toBeInTheDocument();
  });

  it('says when the job does not exist', async () => {
    renderApp('/jobs/nope', { Me: ME, Board: () => ({ data: { ...board([]).data, job: null } }) });

    expect(await screen.findByRole('heading', { level: 1, name: 'Job not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to all jobs' })).toHaveAttribute('href', '/');
  });

  it('opens a job’s board from the jobs list', async () => {
    renderApp('/', {
      Me: ME,
      // The home page also lists what needs attention; nothing does here.
      NeedsAttention: () => ({ data: { needsAttention: [] } }),
      Jobs: () => ({
        data: {
          jobs: [
            {
              __typename: 'Job',
              id: 'j1',
              title: 'Backend Engineer',
              status: 'OPEN',
              createdAt: '2026-01-10T09:00:00Z',
              stages: [],
              summary: { __typename: 'JobSummary', candidates: 0, overdue: 0, stages: [] },
            },
          ],
        },
      }),
      Board: () => board([MARGARET]),
    });

    fireEvent.click(await screen.findByRole('link', { name: 'Backend Engineer' }));

    expect(await screen.findByRole('article', { name: 'Margaret Hamilton' })).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/jobs/j1');
  });
});
