import { screen, within } from '@testing-library/react';
import { loaded, open, section, setUpStatusPage, status } from './status-fixtures';

setUpStatusPage();

describe('the promised day on the status page', () => {
  it('says why the day moved, what the stage usually takes and the team’s kept share', async () => {
    open({
      data: {
        candidateStatus: status({
          expectedResponseBy: '2026-12-08',
          expectedResponseByReason: 'The team needs a little longer: the panel meets on Monday.',
          typicalDaysAtStage: 6,
          promiseRecord: { __typename: 'PublicPromiseRecord', days: 90, keptPercent: 94 },
        }),
      },
    });
    await loaded();

    const hearBack = section('When you will hear back');
    const lines = within(hearBack)
      .getAllByText(/./, { selector: 'p' })
      .map((line) => line.textContent);
    expect(lines).toEqual([
      'You will hear back by Tuesday, December 8, 2026',
      'Why the date moved: The team needs a little longer: the panel meets on Monday.',
      'Usually about 6 days at this stage.',
      'This team kept 94% of its reply dates in the last 90 days.',
    ]);
  });

  it('shows none of them without a moved day, enough history or a record the team chose to show', async () => {
    open({ data: { candidateStatus: status({ typicalDaysAtStage: 1 }) } });
    await loaded();

    const hearBack = section('When you will hear back');
    expect(hearBack).toHaveTextContent('You will hear back by Friday, December 4, 2026');
    expect(hearBack).toHaveTextContent('Usually about 1 day at this stage.');
    expect(hearBack).not.toHaveTextContent('Why the date moved');
    expect(screen.getByRole('main')).not.toHaveTextContent('This team kept');
  });
});
