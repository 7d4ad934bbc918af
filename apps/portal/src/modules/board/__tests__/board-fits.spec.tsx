import { fireEvent, screen, within } from '@testing-library/react';
import { pretendBrowserZone } from '../../../test-support/browser-zone';
import { renderApp, VIEWER } from '../../../test-support/mock-graphql';
import { ALAN, board, candidate, freezeClock, GRACE, KATHERINE, MARGARET, ME, step } from './board-fixtures';

// Jsdom draws no CSS: what a phone hides (the columns not picked) and a wide screen hides (the
// stage picker) is all in the document; these tests check the choices, the e2e journey the looks.

function names(rows: HTMLElement[]): string[] {
  return rows.map((row) => within(row).getByRole('rowheader').textContent ?? '');
}

describe('a board that fits', () => {
  beforeEach(freezeClock);
  afterEach(() => jest.useRealTimers());

  it('marks every column that holds an overdue promise in words, narrows empty ones and takes the team to them', async () => {
    const overdueOffer = candidate({ id: 'c8', name: 'Mary Jackson', stageId: 's3', expectedResponseBy: '2026-03-01', promiseState: 'OVERDUE' });
    renderApp('/jobs/j1', { Me: ME, Board: () => board([MARGARET, GRACE, overdueOffer]) });

    const pipeline = await screen.findByRole('region', { name: 'Pipeline for Backend Engineer' });
    const headings = within(pipeline).getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual(['Applied 2 candidates 1 overdue', 'Screen 0 candidates', 'Assessment 1 candidate 1 overdue']);
    // The empty Screen column is narrow (CSS) but still a column, a drop target, saying it is empty.
    const empty = screen.getByRole('region', { name: 'Screen 0 candidates' });
    expect(empty).toHaveClass('board-column--empty');
    expect(empty).toHaveTextContent('No one in this stage');
    expect(screen.getByRole('region', { name: /^Applied/ })).not.toHaveClass('board-column--empty');

    const summary = screen.getByRole('group', { name: '2 promises are overdue:' });
    const buttons = within(summary).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual(['Show Applied: 1 overdue', 'Show Assessment: 1 overdue']);
    fireEvent.click(buttons[1]);
    expect(screen.getByRole('heading', { level: 2, name: 'Assessment 1 candidate 1 overdue' })).toHaveFocus();
    expect(screen.getByLabelText('Show stage')).toHaveValue('s3');
  });

  it('says nothing is overdue by saying nothing', async () => {
    renderApp('/jobs/j1', { Me: ME, Board: () => board([GRACE, ALAN]) });

    await screen.findByRole('article', { name: 'Grace Hopper' });
    expect(screen.queryByText(/overdue/)).not.toBeInTheDocument();
  });

  it('shows one stage at a time on a phone, picked by name with its counts, the first with anyone in it first', async () => {
    renderApp('/jobs/j1', { Me: ME, Board: () => board([ALAN, KATHERINE, { ...MARGARET, stage: { __typename: 'Stage', id: 's3' } }]) });

    const picker = await screen.findByLabelText('Show stage');
    expect(within(picker).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Applied (0 candidates)',
      'Screen (1 candidate)',
      'Assessment (2 candidates, 1 overdue)',
    ]);
    expect(picker).toHaveValue('s2');
    expect(screen.getByRole('region', { name: /^Screen/ })).toHaveClass('is-shown');

    picker.focus();
    fireEvent.change(picker, { target: { value: 's3' } });
    expect(screen.getByRole('region', { name: /^Assessment/ })).toHaveClass('is-shown');
    expect(screen.getByRole('region', { name: /^Screen/ })).not.toHaveClass('is-shown');
    // Choosing only changes what is shown (WCAG 3.2.2): the focus stays on the picker.
    expect(picker).toHaveFocus();
  });

  it('lists the candidates in a table sorted by stage, promised day or days in stage, the sort said by aria-sort', async () => {
    renderApp('/jobs/j1', { Me: ME, Board: () => board([MARGARET, GRACE, ALAN, KATHERINE]) });

    const list = await screen.findByRole('button', { name: 'List' });
    expect(list).toHaveAttribute('aria-pressed', 'false');
    fireEvent.click(list);
    expect(list).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Board' })).toHaveAttribute('aria-pressed', 'false');
    expect(screen.queryByRole('region', { name: 'Pipeline for Backend Engineer' })).not.toBeInTheDocument();

    const table = screen.getByRole('table', { name: 'Candidates for Backend Engineer' });
    const header = (name: string) => within(table).getByRole('columnheader', { name: new RegExp(`^${name}`) });
    const rows = () => within(table).getAllByRole('row').slice(1);
    // In pipeline order first, ties by name.
    expect(header('Stage')).toHaveAttribute('aria-sort', 'ascending');
    expect(names(rows())).toEqual(['Grace Hopper', 'Margaret Hamilton', 'Alan Turing', 'Katherine Johnson']);
    const margaret = rows()[1];
    expect(margaret).toHaveTextContent('Mon, Mar 9, 2026 Overdue');
    expect(within(margaret).getByRole('button', { name: 'Move Margaret Hamilton' })).toBeInTheDocument();
    expect(within(margaret).getByRole('checkbox', { name: 'Select Margaret Hamilton' })).toBeInTheDocument();

    fireEvent.click(within(header('Hear back by')).getByRole('button'));
    expect(header('Hear back by')).toHaveAttribute('aria-sort', 'ascending');
    expect(header('Stage')).not.toHaveAttribute('aria-sort');
    expect(screen.getByText('Sorted by Hear back by, earliest first.')).toHaveAttribute('role', 'status');
    expect(names(rows())).toEqual(['Margaret Hamilton', 'Grace Hopper', 'Alan Turing', 'Katherine Johnson']);

    fireEvent.click(within(header('Hear back by')).getByRole('button'));
    expect(header('Hear back by')).toHaveAttribute('aria-sort', 'descending');
    // No promise stays last either way.
    expect(names(rows())).toEqual(['Alan Turing', 'Grace Hopper', 'Margaret Hamilton', 'Katherine Johnson']);

    fireEvent.click(within(header('Days in stage')).getByRole('button'));
    fireEvent.click(within(header('Days in stage')).getByRole('button'));
    expect(header('Days in stage')).toHaveAttribute('aria-sort', 'descending');
    expect(screen.getByText('Sorted by Days in stage, most first.')).toBeInTheDocument();
    expect(names(rows())).toEqual(['Margaret Hamilton', 'Katherine Johnson', 'Alan Turing', 'Grace Hopper']);

    fireEvent.click(screen.getByRole('button', { name: 'Board' }));
    expect(await screen.findByRole('region', { name: 'Pipeline for Backend Engineer' })).toBeInTheDocument();
  });

  it('opens the move dialog from a row of the list', async () => {
    renderApp('/jobs/j1?view=list', { Me: ME, Board: () => board([MARGARET]), PreviewStageEmail: () => 'pending' });

    const table = await screen.findByRole('table', { name: 'Candidates for Backend Engineer' });
    fireEvent.click(within(table).getByRole('button', { name: 'Move Margaret Hamilton' }));
    expect(screen.getByRole('dialog', { name: 'Move Margaret Hamilton' })).toBeInTheDocument();
  });

  it('shows every time on the organization’s clock, named, with the member’s own time in brackets', async () => {
    const restore = pretendBrowserZone('Europe/Berlin');
    try {
      const losAngeles = { me: { ...VIEWER.me, organization: { ...VIEWER.me.organization, timeZone: 'America/Los_Angeles' } } };
      const call = candidate({
        id: 'c5',
        name: 'Dorothy Vaughan',
        stageId: 's2',
        expectedResponseBy: '2026-12-07',
        nextSteps: [step('n9', 'Call', { startsAt: '2026-11-28T19:00:00Z' })],
      });
      renderApp('/jobs/j1', { Me: () => ({ data: losAngeles }), Board: () => board([call]) });

      const card = await screen.findByRole('article', { name: 'Dorothy Vaughan' });
      expect(card).toHaveTextContent('Hear back by Mon, Dec 7, 2026');
      expect(card).toHaveTextContent('Next: Call, Sat, Nov 28, 2026, 11:00 AM PST (8:00 PM your time)');
      expect(screen.getByText(/^Times are Los Angeles time \(P[SD]T\), with yours \(Berlin time\) in brackets where it differs\./)).toBeInTheDocument();
    } finally {
      restore();
    }
  });
});
