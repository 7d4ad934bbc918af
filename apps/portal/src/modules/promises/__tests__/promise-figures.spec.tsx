import { screen, within } from '@testing-library/react';
import { EMPTY_PROMISE_STATS, renderApp, VIEWER } from '../../../test-support/mock-graphql';

const figures = (fields: Record<string, unknown>) => ({
  made: 0,
  ended: 0,
  kept: 0,
  extended: 0,
  broken: 0,
  keptPercent: null,
  extendedPercent: null,
  medianDaysLate: null,
  ...fields,
});

const STATS = {
  ...EMPTY_PROMISE_STATS,
  ...figures({ made: 48, ended: 45, kept: 42, extended: 1, broken: 2, keptPercent: 93.3, extendedPercent: 2.2, medianDaysLate: 3 }),
  byJob: [
    { __typename: 'JobPromiseFigures', jobId: 'j1', jobTitle: 'Backend Engineer', ...figures({ made: 30, ended: 28, kept: 28, keptPercent: 100, extendedPercent: 0 }) },
    { __typename: 'JobPromiseFigures', jobId: 'j2', jobTitle: 'Designer', ...figures({ made: 18, ended: 17, kept: 14, extended: 1, broken: 2, keptPercent: 82.4, extendedPercent: 5.9, medianDaysLate: 3 }) },
  ],
  byMember: [
    { __typename: 'MemberPromiseFigures', memberId: 'm1', memberName: 'Ada Lovelace', ...figures({ made: 48, ended: 45, kept: 42, extended: 1, broken: 2, keptPercent: 93.3, extendedPercent: 2.2, medianDaysLate: 3 }) },
  ],
};

const TRACKED_JOB = {
  id: 'j1',
  title: 'Backend Engineer',
  status: 'OPEN',
  createdAt: '2026-01-10T09:00:00Z',
  stages: [{ id: 's1', name: 'Applied', kind: 'APPLIED', position: 0 }],
  summary: { candidates: 3, overdue: 0, stages: [{ stageId: 's1', count: 3 }] },
};

function attention(reason: string, id: string, name: string, dueOn: string) {
  return {
    __typename: 'AttentionItem',
    reason,
    dueOn,
    dueAt: null,
    receivedAt: null,
    candidate: { __typename: 'Candidate', id, name, emailUndeliverable: null, job: { __typename: 'Job', id: 'j1', title: 'Backend Engineer' } },
    nextStep: null,
  };
}

describe('promise figures', () => {
  it('shows Today the kept share of the last 90 days with per-job and per-member rows, and an automatic extension first', async () => {
    const api = renderApp('/', {
      Me: () => ({ data: VIEWER }),
      Jobs: () => ({ data: { jobs: [TRACKED_JOB] } }),
      NeedsAttention: () => ({
        data: {
          needsAttention: [
            attention('PROMISE_OVERDUE', 'c1', 'Priya', '2026-11-24'),
            attention('PROMISE_AUTO_EXTENDED', 'c2', 'Tomás', '2026-12-02'),
          ],
        },
      }),
      PromiseStats: () => ({ data: { promiseStats: STATS } }),
    });

    const panel = await screen.findByRole('region', { name: /Needs attention/ });
    expect(within(panel).getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Candor told Tomás the team needs until Wed, Dec 2, 2026; decide by then. It will not be extended again.',
      'Overdue: promised Priya news by Tue, Nov 24, 2026',
    ]);

    const kept = await screen.findByRole('region', { name: 'Promises kept last 90 days' });
    expect(await within(kept).findByTestId('promise-kept')).toHaveTextContent('93.3%');
    expect(within(kept).getByTestId('promise-extended')).toHaveTextContent('2.2%');
    expect(within(kept).getByTestId('promise-broken')).toHaveTextContent('2 (median 3 days late)');
    expect(within(kept).getByTestId('promise-made')).toHaveTextContent('48');
    expect(kept).toHaveTextContent('Shares of the 45 promises that ended');

    const [{ variables }] = api.called('PromiseStats');
    expect(variables.jobId).toBeNull();
    const days = (Date.parse(variables.to as string) - Date.parse(variables.from as string)) / 86_400_000;
    expect(days).toBe(90);

    const byJob = within(kept).getByRole('table', { name: 'By job' });
    expect(
      within(byJob)
        .getAllByRole('row')
        .slice(1)
        .map((tr) => Array.from(tr.children, (cell) => cell.textContent)),
    ).toEqual([
      ['Backend Engineer', '100%', '0%', '0', '30'],
      ['Designer', '82.4%', '5.9%', '2 (median 3 days late)', '18'],
    ]);
    expect(within(kept).getByRole('table', { name: 'By member' })).toHaveTextContent('Ada Lovelace');
  });

  it('shows the job’s own figures beside its funnel', async () => {
    const api = renderApp('/jobs/j1/funnel', {
      Me: () => ({ data: VIEWER }),
      JobFunnel: () => ({ data: { job: { __typename: 'Job', id: 'j1', title: 'Backend Engineer', funnel: [] } } }),
      PromiseStats: () => ({ data: { promiseStats: { ...STATS, ...figures({ made: 2, ended: 0 }), byJob: [], byMember: [] } } }),
    });

    const kept = await screen.findByRole('region', { name: 'Promises kept last 90 days' });
    expect(await within(kept).findByTestId('promise-kept')).toHaveTextContent('—');
    expect(kept).toHaveTextContent('No promised reply date has ended yet in this period.');
    expect(within(kept).getByTestId('promise-made')).toHaveTextContent('2');
    expect(api.called('PromiseStats')[0].variables.jobId).toBe('j1');
    expect(within(kept).queryByRole('table')).not.toBeInTheDocument();
  });
});
