import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { apiError, renderApp } from '../../../test-support/mock-graphql';
import { ALAN, board, candidate, freezeClock, GRACE, MARGARET, ME, preview, step, WITH_OUTCOME } from './board-fixtures';

const MARGARET_FIXTURE = { id: 'c1', name: 'Margaret Hamilton', stageId: 's1', version: 3 };

function moved(id: string, stageId: string, version: number) {
  return {
    data: {
      moveCandidate: {
        __typename: 'Candidate',
        id,
        version,
        stageEnteredAt: '2026-03-10T10:00:00Z',
        expectedResponseBy: '2026-03-15',
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

describe('moving a candidate', () => {
  beforeEach(freezeClock);
  afterEach(() => jest.useRealTimers());

  it('suggests the next stage and its reply date, previews the email and sends the move with the card’s version', async () => {
    let candidates = [MARGARET, GRACE, ALAN];
    const api = renderApp('/jobs/j1', {
      Me: ME,
      Board: () => board(candidates),
      PreviewStageEmail: preview,
      MoveCandidate: () => {
        candidates = [{ ...MARGARET, version: 4, stage: { __typename: 'Stage', id: 's2' } }, GRACE, ALAN];
        return moved('c1', 's2', 4);
      },
    });
    const moveButton = await screen.findByRole('button', { name: 'Move Margaret Hamilton' });
    moveButton.focus();
    const dialog = await openMoveFor('Margaret Hamilton');

    expect(dialog).toHaveAttribute('aria-modal', 'true');
    const stage = within(dialog).getByLabelText('Move to stage');
    expect(stage).toHaveValue('s2');
    expect(stage).toHaveFocus();
    // Screen promises a reply in 5 days: 10 March (London) + 5.
    const date = within(dialog).getByLabelText('Hear back by');
    expect(date).toHaveValue('2026-03-15');
    expect(within(dialog).getByRole('checkbox', { name: 'Email the candidate' })).toBeChecked();

    // A stage without a default leaves the date empty; one that does not notify says so.
    fireEvent.change(stage, { target: { value: 's3' } });
    expect(date).toHaveValue('');
    fireEvent.change(stage, { target: { value: 's1' } });
    expect(date).toHaveValue('2026-03-17');
    expect(within(dialog).getByText('“Applied” does not email candidates, so no email will be sent.')).toBeInTheDocument();
    expect(within(dialog).queryByRole('heading', { name: /Email preview/ })).not.toBeInTheDocument();
    fireEvent.change(stage, { target: { value: 's2' } });
    expect(date).toHaveValue('2026-03-15');

    fireEvent.change(within(dialog).getByLabelText('Message to the candidate'), { target: { value: ' Looking forward to it! ' } });
    const previewSection = await within(dialog).findByRole('region', { name: 'Email preview' });
    await waitFor(() => expect(previewSection).toHaveTextContent('A note from the team: Looking forward to it!'));
    expect(previewSection).toHaveTextContent('Subject: Your application for Backend Engineer');
    expect(api.called('PreviewStageEmail').at(-1)?.variables).toEqual({
      input: { stageId: 's2', candidateId: 'c1', messageToCandidate: 'Looking forward to it!', expectedResponseBy: '2026-03-15' },
    });
    // The preview follows the reply date the move will promise, and its clearing.
    fireEvent.change(date, { target: { value: '2026-03-20' } });
    await waitFor(() => expect(api.called('PreviewStageEmail').at(-1)?.variables).toMatchObject({ input: { expectedResponseBy: '2026-03-20' } }));
    fireEvent.change(date, { target: { value: '' } });
    await waitFor(() => expect(api.called('PreviewStageEmail').at(-1)?.variables).toMatchObject({ input: { expectedResponseBy: null } }));
    fireEvent.change(date, { target: { value: '2026-03-15' } });

    fireEvent.click(within(dialog).getByRole('button', { name: 'Move candidate' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.called('MoveCandidate')).toHaveLength(1);
    expect(api.called('MoveCandidate')[0].variables).toEqual({
      input: {
        candidateId: 'c1',
        stageId: 's2',
        expectedResponseBy: '2026-03-15',
        messageToCandidate: 'Looking forward to it!',
        notify: true,
        expectedVersion: 3,
      },
    });
    expect(screen.getByText('Moved Margaret Hamilton to Screen.')).toBeInTheDocument();
    // The board refreshed itself: Margaret is now in the Screen column.
    const screenColumn = screen.getByRole('region', { name: /^Screen 2 candidates 1 overdue$/ });
    // On a phone the board follows her there (one stage at a time).
    expect(screen.getByLabelText('Show stage')).toHaveValue('s2');
    const card = await within(screenColumn).findByRole('article', { name: 'Margaret Hamilton' });
    // Focus is not lost when the card moves: it lands on the card's Move button in its new column.
    await waitFor(() => expect(within(card).getByRole('button', { name: 'Move Margaret Hamilton' })).toHaveFocus());
  });

  it('sends no date and no email when the recruiter clears them', async () => {
    const api = renderApp('/jobs/j1', {
      Me: ME,
      Board: () => board([MARGARET]),
      PreviewStageEmail: preview,
      MoveCandidate: () => moved('c1', 's2', 4),
    });
    const dialog = await openMoveFor('Margaret Hamilton');

    fireEvent.change(within(dialog).getByLabelText('Hear back by'), { target: { value: '' } });
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Email the candidate' }));
    expect(within(dialog).queryByRole('region', { name: 'Email preview' })).not.toBeInTheDocument();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Move candidate' }));

    await waitFor(() => expect(api.called('MoveCandidate')).toHaveLength(1));
    expect(api.called('MoveCandidate')[0].variables).toEqual({
      input: { candidateId: 'c1', stageId: 's2', expectedResponseBy: null, messageToCandidate: null, notify: false, expectedVersion: 3 },
    });
  });

  it('shows a refused date beside the date field and keeps the dialog open', async () => {
    renderApp('/jobs/j1', {
      Me: ME,
      Board: () => board([MARGARET]),
      PreviewStageEmail: preview,
      MoveCandidate: () =>
        apiError('BAD_USER_INPUT', "Invalid input: expectedResponseBy must be today (2026-03-10) or later in the organization's time zone.", {
          fields: [{ field: 'expectedResponseBy', message: "must be today (2026-03-10) or later in the organization's time zone" }],
        }),
    });
    const dialog = await openMoveFor('Margaret Hamilton');
    const date = within(dialog).getByLabelText('Hear back by');
    fireEvent.change(date, { target: { value: '2026-03-01' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Move candidate' }));

    await waitFor(() => expect(date).toHaveAttribute('aria-invalid', 'true'));
    expect(date).toHaveAccessibleDescription(
      expect.stringContaining("Hear back by must be today (2026-03-10) or later in the organization's time zone."),
    );
    expect(date).toHaveFocus();
    expect(screen.getByRole('dialog', { name: 'Move Margaret Hamilton' })).toBeInTheDocument();
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('on a conflict, reloads the board, explains what changed and moves with the new version next time', async () => {
    let current = [MARGARET, ALAN];
    let conflict = true;
    const api = renderApp('/jobs/j1', {
      Me: ME,
      Board: () => board(current),
      PreviewStageEmail: preview,
      MoveCandidate: () => {
        if (conflict) {
          // Meanwhile a colleague moved Margaret to Assessment.
          current = [candidate({ id: 'c1', name: 'Margaret Hamilton', stageId: 's3', version: 5 }), ALAN];
          conflict = false;
          return apiError('CONFLICT', 'Someone else changed Margaret Hamilton in the meantime (version 5, you had 3).', {
            currentVersion: 5,
          });
        }
        return moved('c1', 's2', 6);
      },
    });
    const dialog = await openMoveFor('Margaret Hamilton');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Move candidate' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent(
      'Someone else updated Margaret Hamilton a moment ago: Margaret Hamilton is now in Assessment. Check and move again.',
    );
    expect(api.called('Board').length).toBeGreaterThanOrEqual(2);
    expect(screen.getByRole('dialog', { name: 'Move Margaret Hamilton' })).toBeInTheDocument();
    // The board behind the dialog shows where she is now.
    const assessment = screen.getByRole('region', { name: /^Assessment 1 candidate$/ });
    expect(within(assessment).getByRole('article', { name: 'Margaret Hamilton' })).toBeInTheDocument();

    fireEvent.click(within(dialog).getByRole('button', { name: 'Move candidate' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const calls = api.called('MoveCandidate');
    expect(calls.map((call) => (call.variables.input as { expectedVersion: number }).expectedVersion)).toEqual([3, 5]);
  });

  it('closes on Escape, keeps Tab inside the dialog and gives focus back to the Move button', async () => {
    renderApp('/jobs/j1', { Me: ME, Board: () => board([MARGARET]), PreviewStageEmail: preview });
    const moveButton = await screen.findByRole('button', { name: 'Move Margaret Hamilton' });
    moveButton.focus();
    fireEvent.click(moveButton);
    const dialog = screen.getByRole('dialog', { name: 'Move Margaret Hamilton' });

    const close = within(dialog).getByRole('button', { name: 'Close the move dialog' });
    const cancel = within(dialog).getByRole('button', { name: 'Cancel' });
    cancel.focus();
    fireEvent.keyDown(cancel, { key: 'Tab' });
    expect(close).toHaveFocus();
    fireEvent.keyDown(close, { key: 'Tab', shiftKey: true });
    expect(cancel).toHaveFocus();

    fireEvent.keyDown(cancel, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(moveButton).toHaveFocus();
  });
});

describe('what a move will do, said before it is confirmed', () => {
  beforeEach(freezeClock);
  afterEach(() => jest.useRealTimers());

  it('lists an outcome’s undo window, the email, the steps it cancels and the requests it closes, and asks to confirm by name', async () => {
    const withRequest = candidate({
      ...MARGARET_FIXTURE,
      nextSteps: [
        step('n1', 'Video interview', { startsAt: '2026-03-02T10:00:00Z', state: 'DONE' }),
        step('n2', 'Writing test', { dueAt: '2026-03-16T17:00:00Z' }),
        step('n5', 'Work samples', { requestsResponse: true }),
      ],
    });
    const api = renderApp('/jobs/j1', {
      Me: ME,
      Board: () => board([withRequest], { stages: WITH_OUTCOME }),
      PreviewStageEmail: preview,
      MoveCandidate: () => moved('c1', 's9', 4),
    });
    const dialog = await openMoveFor('Margaret Hamilton');
    fireEvent.change(within(dialog).getByLabelText('Hear back by'), { target: { value: '2026-03-20' } });
    fireEvent.change(within(dialog).getByLabelText('Move to stage'), { target: { value: 's9' } });

    const what = within(dialog).getByRole('region', { name: '“Not selected” is an outcome. This move will:' });
    const items = within(what).getAllByRole('listitem').map((item) => item.textContent);
    expect(items).toEqual([
      'Show it on their status page in 1 hour and send the email then (or when quiet hours end). Until then Margaret Hamilton still sees the current stage, and moving back undoes it for the candidate: they see nothing of it.',
      'Cancel 2 planned steps (calendar invitations already sent are withdrawn): Writing test; Work samples.',
      'Close 1 open request for information: Work samples.',
    ]);
    expect(within(dialog).getByRole('button', { name: 'Confirm: move to “Not selected”' })).toBeInTheDocument();
    // An outcome promises nothing: no reply date is asked for (the API would refuse one).
    expect(within(dialog).queryByLabelText('Hear back by')).not.toBeInTheDocument();
    expect(within(dialog).queryByRole('button', { name: 'Move candidate' })).not.toBeInTheDocument();

    // Without the email, it says so.
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Email the candidate' }));
    expect(what).toHaveTextContent('Show it on their status page in 1 hour.');
    expect(what).toHaveTextContent('Send no email: the candidate learns it from the status page.');

    // The date typed before choosing the outcome is not sent.
    fireEvent.click(within(dialog).getByRole('button', { name: 'Confirm: move to “Not selected”' }));
    await waitFor(() => expect(api.called('MoveCandidate')).toHaveLength(1));
    expect(api.called('MoveCandidate')[0].variables).toMatchObject({ input: { stageId: 's9', expectedResponseBy: null, notify: false } });
  });

  it('says no email goes to a candidate who asked for no more', async () => {
    const unsubscribed = { ...candidate({ ...MARGARET_FIXTURE }), unsubscribedAt: '2026-03-01T10:00:00Z' };
    renderApp('/jobs/j1', { Me: ME, Board: () => board([unsubscribed], { stages: WITH_OUTCOME }), PreviewStageEmail: preview });
    const dialog = await openMoveFor('Margaret Hamilton');
    fireEvent.change(within(dialog).getByLabelText('Move to stage'), { target: { value: 's9' } });
    const what = within(dialog).getByRole('region', { name: '“Not selected” is an outcome. This move will:' });
    expect(what).toHaveTextContent('Show it on their status page in 1 hour.');
    expect(what).not.toHaveTextContent('send the email');
    expect(what).toHaveTextContent('Send no email to Margaret Hamilton: asked for no more emails; the status page still shows it.');
  });

  it('warns when the promised day is before a booked step, in organization time', async () => {
    // The phone screen is on 12 March at 14:00 London; promising the 11th contradicts it.
    renderApp('/jobs/j1', { Me: ME, Board: () => board([MARGARET]), PreviewStageEmail: preview });
    const dialog = await openMoveFor('Margaret Hamilton');
    const date = within(dialog).getByLabelText('Hear back by');
    fireEvent.change(date, { target: { value: '2026-03-11' } });

    const warning = within(dialog).getByRole('status');
    expect(warning).toHaveTextContent('You promise news by');
    expect(warning).toHaveTextContent('Phone screen');
    expect(warning).toHaveTextContent('Writing test');
    expect(warning).not.toHaveTextContent('Video interview'); // done
    fireEvent.change(date, { target: { value: '2026-03-16' } });
    expect(within(dialog).queryByText(/You promise news by/)).not.toBeInTheDocument();
  });
});
