import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../../../test-support/mock-graphql';
import { ALAN, board, freezeClock, GRACE, KATHERINE, MARGARET, ME, preview } from './board-fixtures';

describe('moving several candidates at once', () => {
  beforeEach(freezeClock);
  afterEach(() => jest.useRealTimers());

  it('moves the selected candidates to one stage and reports who could not be moved', async () => {
    const api = renderApp('/jobs/j1', {
      Me: ME,
      Board: () => board([MARGARET, GRACE, ALAN, KATHERINE]),
      PreviewStageEmail: preview,
      BulkMoveCandidates: () => ({
        data: {
          bulkMoveCandidates: {
            __typename: 'BulkMoveResult',
            moved: [
              { __typename: 'Candidate', id: 'c1', version: 4, stage: { __typename: 'Stage', id: 's2' } },
              { __typename: 'Candidate', id: 'c2', version: 2, stage: { __typename: 'Stage', id: 's2' } },
            ],
            failures: [
              {
                __typename: 'BulkMoveFailure',
                candidateId: 'c3',
                code: 'BAD_USER_INPUT',
                message: 'Invalid input: stageId is the stage the candidate is already in ("Screen").',
              },
            ],
          },
        },
      }),
    });
    await screen.findByRole('article', { name: 'Margaret Hamilton' });
    expect(screen.queryByRole('button', { name: /selected$/ })).not.toBeInTheDocument();

    for (const name of ['Margaret Hamilton', 'Grace Hopper', 'Alan Turing']) {
      fireEvent.click(screen.getByRole('checkbox', { name: `Select ${name}` }));
    }
    const toolbar = screen.getByRole('group', { name: 'Selected candidates' });
    expect(toolbar).toHaveTextContent('3 selected');
    fireEvent.click(within(toolbar).getByRole('button', { name: 'Move 3 selected' }));

    const dialog = screen.getByRole('dialog', { name: 'Move 3 selected candidates' });
    expect(dialog).toHaveTextContent('Margaret Hamilton, Grace Hopper, Alan Turing');
    expect(within(dialog).getByLabelText('Move to stage')).toHaveValue('s2');
    expect(within(dialog).getByLabelText('Hear back by')).toHaveValue('2026-03-15');
    // The preview shows the email as the first selected candidate would get it.
    expect(await within(dialog).findByRole('region', { name: 'Email preview (for Margaret Hamilton)' })).toHaveTextContent(
      'Subject: Your application for Backend Engineer',
    );
    fireEvent.change(within(dialog).getByLabelText('Message to the candidate'), { target: { value: 'Thanks for your patience.' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Move 3 candidates' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.called('BulkMoveCandidates')[0].variables).toEqual({
      input: {
        candidateIds: ['c1', 'c2', 'c3'],
        stageId: 's2',
        expectedResponseBy: '2026-03-15',
        messageToCandidate: 'Thanks for your patience.',
        notify: true,
      },
    });
    const summary = screen.getByText('Moved 2 to Screen. 1 could not be moved:').closest('[role="status"]') as HTMLElement;
    expect(summary).toBeInTheDocument();
    expect(within(summary).getByRole('listitem')).toHaveTextContent(
      'Alan Turing: Stage is the stage the candidate is already in ("Screen").',
    );
    // Only the one that was not moved stays selected, ready for another try.
    expect(screen.getByRole('checkbox', { name: 'Select Alan Turing' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Select Margaret Hamilton' })).not.toBeChecked();
    expect(screen.getByRole('button', { name: 'Move 1 selected' })).toBeInTheDocument();
  });

  it('clears the selection on request', async () => {
    renderApp('/jobs/j1', { Me: ME, Board: () => board([MARGARET, GRACE]) });
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Select Grace Hopper' }));
    expect(screen.getByRole('button', { name: 'Move 1 selected' })).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Clear selection' }));

    expect(screen.getByRole('checkbox', { name: 'Select Grace Hopper' })).not.toBeChecked();
    expect(screen.queryByRole('group', { name: 'Selected candidates' })).not.toBeInTheDocument();
  });
});
