import { screen, within } from '@testing-library/react';
import { apiError, renderApp } from '../../../test-support/mock-graphql';
import { ME } from '../../board/__tests__/board-fixtures';

const row = (id: string, name: string, reached: number, current: number, medianDaysInStage: number | null) => ({
  __typename: 'StageFunnel',
  stage: { __typename: 'Stage', id, name },
  reached,
  current,
  medianDaysInStage,
  finishedStays: medianDaysInStage === null ? 0 : 1,
});

const funnel = (rows: ReturnType<typeof row>[]) => () => ({
  data: { job: { __typename: 'Job', id: 'j1', title: 'Backend Engineer', funnel: rows } },
});

describe('job funnel page', () => {
  it('lists each stage with who reached it, who is there now and the median time, in pipeline order', async () => {
    const api = renderApp('/jobs/j1/funnel', {
      Me: ME,
      JobFunnel: funnel([
        row('s1', 'Applied', 8, 2, 3),
        row('s2', 'Screen', 4, 3, 0.4),
        row('s3', 'Offer', 1, 1, null),
        row('s4', 'Hired', 0, 0, null),
      ]),
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Funnel: Backend Engineer' })).toBeInTheDocument();
    expect(api.called('JobFunnel')[0].variables).toEqual({ id: 'j1' });
    const table = screen.getByRole('table', { name: 'Candidates per stage' });
    const lines = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((tr) => Array.from(tr.children, (cell) => cell.textContent));
    expect(lines).toEqual([
      ['Applied', '8 (100%)', '2', '3 days'],
      ['Screen', '4 (50%)', '3', 'under a day'],
      ['Offer', '1 (13%)', '1', 'no one has moved on yet'],
      ['Hired', '0', '0', '—'],
    ]);
    expect(screen.getByRole('link', { name: 'Back to the board' })).toHaveAttribute('href', '/jobs/j1');
    expect(screen.getByText(/counts as having reached every stage up to the furthest one/)).toHaveTextContent('no stage passes 100%');
  });

  it('says the funnel fills in later when the job has no candidates', async () => {
    renderApp('/jobs/j1/funnel', { Me: ME, JobFunnel: funnel([row('s1', 'Applied', 0, 0, null)]) });

    expect(await screen.findByText(/No candidates yet/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('says when the job does not exist (or belongs to another organization)', async () => {
    renderApp('/jobs/nope/funnel', { Me: ME, JobFunnel: () => ({ data: { job: null } }) });

    expect(await screen.findByRole('heading', { name: 'Job not found' })).toBeInTheDocument();
  });

  it('offers a retry when the funnel did not load', async () => {
    renderApp('/jobs/j1/funnel', { Me: ME, JobFunnel: () => apiError('INTERNAL_SERVER_ERROR', 'boom') });

    expect(await screen.findByText('We could not load the funnel')).toBeInTheDocument();
    expect(screen.getByText('boom')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /try again/i })).toBeInTheDocument();
  });
});
