import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../../../test-support/mock-graphql';
import { ALAN, board, freezeClock, GRACE, MARGARET, ME, preview, STAGES } from './board-fixtures';

/** Screen usually brings news in 7.4 days (history); its default promise is 5 days. */
const WITH_HISTORY = STAGES.map((stage) => ({ ...stage, typicalDaysToUpdate: stage.id === 's2' ? 7.4 : null }));

function moved(id: string, stageId: string) {
  return {
    data: {
      moveCandidate: {
        __typename: 'Candidate',
        id,
        version: 9,
        stageEnteredAt: '2026-03-10T10:00:00Z',
        expectedResponseBy: '2026-03-18',
        promiseState: 'ON_TRACK',
        stage: { __typename: 'Stage', id: stageId },
      },
    },
  };
}

async function openMoveFor(name: string): Promise<HTMLElement> {
  fireEvent.click(await screen.findByRole('button', { name: `Move ${name}` }));
  return screen.getByRole('dialog', { name: `Move ${name}` });
}

describe('the promise a move gives', () => {
  beforeEach(freezeClock);
  afterEach(() => jest.useRealTimers());

  it('never suggests today: a stage whose news usually comes the same day (0 days) reads and suggests 1 day', async () => {
    const sameDay = STAGES.map((stage) => ({ ...stage, typicalDaysToUpdate: stage.id === 's2' ? 0 : null }));
    renderApp('/jobs/j1', { Me: ME, Board: () => board([MARGARET, GRACE, ALAN], { stages: sameDay }), PreviewStageEmail: preview });
    const dialog = await openMoveFor('Margaret Hamilton');
    expect(dialog).toHaveTextContent('“Screen”: usually about 1 day to news. History suggests Wed, Mar 11, 2026.');
  });

  it('says what the stage usually takes, warns of a shorter promise, suggests the day from history and sends a pre-approved extension', async () => {
    const api = renderApp('/jobs/j1', {
      Me: ME,
      Board: () => board([MARGARET, GRACE, ALAN], { stages: WITH_HISTORY }),
      PreviewStageEmail: preview,
      MoveCandidate: () => moved('c1', 's2'),
    });
    const dialog = await openMoveFor('Margaret Hamilton');
    const date = within(dialog).getByLabelText('Hear back by');
    expect(date).toHaveValue('2026-03-15');

    // 7.4 days reads "about 7 days"; history suggests 10 March + 8 (rounded up) = 18 March.
    expect(dialog).toHaveTextContent('“Screen”: usually about 7 days to news. History suggests Wed, Mar 18, 2026.');
    expect(within(dialog).getByTestId('promise-shorter')).toHaveTextContent(
      'Sun, Mar 15, 2026 is sooner than this stage usually takes (about 7 days).',
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Use Wed, Mar 18, 2026' }));
    expect(date).toHaveValue('2026-03-18');
    expect(within(dialog).queryByTestId('promise-shorter')).not.toBeInTheDocument();
    expect(within(dialog).queryByRole('button', { name: /^Use / })).not.toBeInTheDocument();

    // Off by default; ticked, the days must be 1 to 20.
    const option = within(dialog).getByRole('checkbox', { name: /Pre-approve an extension of/ });
    expect(option).not.toBeChecked();
    const days = within(dialog).getByRole('spinbutton', { name: 'Business days of the pre-approved extension' });
    expect(days).toBeDisabled();
    fireEvent.click(option);
    expect(days).toBeEnabled();
    fireEvent.change(days, { target: { value: '21' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Move candidate' }));
    expect(await within(dialog).findByText('Give whole business days, 1 to 20.')).toBeInTheDocument();
    expect(days).toHaveAttribute('aria-invalid', 'true');
    expect(api.called('MoveCandidate')).toHaveLength(0);

    fireEvent.change(days, { target: { value: '3' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Move candidate' }));
    await waitFor(() => expect(api.called('MoveCandidate')).toHaveLength(1));
    expect(api.called('MoveCandidate')[0].variables).toEqual({
      input: {
        candidateId: 'c1',
        stageId: 's2',
        expectedResponseBy: '2026-03-18',
        expectedVersion: 3,
        fallbackExtensionDays: 3,
        messageToCandidate: null,
        notify: true,
      },
    });
  });

  it('asks why when the day moves later within the stage, and sends the reason the candidate is emailed', async () => {
    const api = renderApp('/jobs/j1', {
      Me: ME,
      Board: () => board([MARGARET, GRACE, ALAN], { stages: WITH_HISTORY }),
      PreviewStageEmail: preview,
      MoveCandidate: () => moved('c3', 's2'),
    });
    const dialog = await openMoveFor('Alan Turing');
    fireEvent.change(within(dialog).getByLabelText('Move to stage'), { target: { value: 's2' } });
    const date = within(dialog).getByLabelText('Hear back by');
    // An earlier or the same day needs no reason.
    fireEvent.change(date, { target: { value: '2026-03-20' } });
    expect(within(dialog).queryByLabelText('Why the day moves later')).not.toBeInTheDocument();

    fireEvent.change(date, { target: { value: '2026-03-24' } });
    const reason = within(dialog).getByLabelText('Why the day moves later');
    expect(reason).toHaveAccessibleDescription(
      'The candidate was promised news by Fri, Mar 20, 2026. They are emailed this reason and see it on their status page.',
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Move candidate' }));
    expect(await within(dialog).findByText('Say why the day moves later: the candidate is emailed it.')).toBeInTheDocument();
    expect(api.called('MoveCandidate')).toHaveLength(0);

    fireEvent.change(reason, { target: { value: '  The hiring manager is away until Monday.  ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Move candidate' }));
    await waitFor(() => expect(api.called('MoveCandidate')).toHaveLength(1));
    expect(api.called('MoveCandidate')[0].variables).toMatchObject({
      input: { candidateId: 'c3', stageId: 's2', expectedResponseBy: '2026-03-24', promiseChangeReason: 'The hiring manager is away until Monday.' },
    });
    expect(api.called('MoveCandidate')[0].variables.input).not.toHaveProperty('fallbackExtensionDays');
  });
});
