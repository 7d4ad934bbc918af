import { screen, within } from '@testing-library/react';
import { openCandidate, makeCandidate } from './candidate-fixtures';

const ADA = { __typename: 'Member', id: 'm1', name: 'Ada Lovelace' };

function promise(id: string, fields: Record<string, unknown>) {
  return {
    __typename: 'CandidatePromise',
    id,
    stageName: 'Interview',
    automatic: false,
    reason: null,
    daysLate: null,
    fallbackExtensionDays: null,
    madeBy: ADA,
    ...fields,
  };
}

describe('promise history on the candidate page', () => {
  it('lists every promised day newest first: day, outcome in words, stage, who, reason and days late', async () => {
    await openCandidate({
      Candidate: () => ({
        data: {
          candidate: makeCandidate({
            promises: [
              promise('p4', { expectedResponseBy: '2026-11-24', outcome: 'BROKEN', daysLate: 3, automatic: true, reason: 'The team needs a little longer.' }),
              promise('p3', { expectedResponseBy: '2026-11-20', outcome: 'EXTENDED', fallbackExtensionDays: 2 }),
              promise('p2', { expectedResponseBy: '2026-11-12', outcome: 'KEPT', stageName: 'Screen', madeBy: null }),
            ],
          }),
        },
      }),
    });

    const history = screen.getByRole('region', { name: 'Promise history' });
    const rows = within(history).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent))).toEqual([
      ['Broken', 'Interview', 'Candor (pre-approved by Ada Lovelace)', 'The team needs a little longer.', '3 days'],
      ['Extended', 'Interview', 'Ada Lovelace', '—', '—'],
      ['Kept', 'Screen', 'A former member', '—', '—'],
    ]);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'Tue, Nov 24, 2026',
      'Fri, Nov 20, 2026',
      'Thu, Nov 12, 2026',
    ]);
    expect(within(rows[0]).getByText('Broken')).toHaveClass('badge', 'badge--broken');
  });

  it('says when no day was promised yet', async () => {
    await openCandidate({ Candidate: () => ({ data: { candidate: makeCandidate({ expectedResponseBy: null, promiseState: 'NONE' }) } }) });
    expect(screen.getByRole('region', { name: 'Promise history' })).toHaveTextContent('No reply date has been promised yet.');
  });
});
