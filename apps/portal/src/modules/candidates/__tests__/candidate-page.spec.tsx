import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { apiError, renderApp, VIEWER } from '../../../test-support/mock-graphql';
import { makeCandidate, openCandidate, STEP, type Step } from './candidate-fixtures';

function fillStep() {
  const form = screen.getByRole('button', { name: 'Add step' }).closest('form') as HTMLFormElement;
  const inForm = within(form);
  fireEvent.change(inForm.getByLabelText('Kind'), { target: { value: 'VIDEO_INTERVIEW' } });
  fireEvent.change(inForm.getByLabelText('Title'), { target: { value: '  Interview with the team ' } });
  fireEvent.change(inForm.getByLabelText('Starts at'), { target: { value: '2026-12-04T09:30' } });
  fireEvent.change(inForm.getByLabelText('Duration in minutes'), { target: { value: '45' } });
  fireEvent.change(inForm.getByLabelText('Video link'), { target: { value: 'https://meet.example/abc' } });
  fireEvent.click(inForm.getByLabelText('Ask the candidate for something (request information)'));
  return inForm;
}

describe('candidate page', () => {
  it('shows the details, the overdue promise in words, answers with links, emails and the timeline', async () => {
    await openCandidate({ Candidate: () => ({ data: { candidate: makeCandidate() } }) });

    const details = screen.getByRole('region', { name: 'Details' });
    expect(within(details).getByRole('link', { name: 'Backend Engineer' })).toHaveAttribute('href', '/jobs/j1');
    expect(within(details).getByText('Interview')).toBeInTheDocument();
    expect(within(details).getByText(/By Tue, Nov 24/)).toBeInTheDocument();
    expect(within(details).getByText('Overdue')).toBeInTheDocument();

    const answers = screen.getByRole('region', { name: 'Check-ins and answers' });
    expect(within(answers).getByRole('link', { name: 'https://portfolio.example/priya' })).toHaveAttribute(
      'href',
      'https://portfolio.example/priya',
    );

    const timeline = screen.getByRole('region', { name: 'Timeline' });
    expect(within(timeline).getByText('Moved to Interview')).toBeInTheDocument();
    expect(within(timeline).getByText(/by Ada Lovelace/)).toBeInTheDocument();

    const link = screen.getByRole('link', { name: /View as candidate/ });
    expect(link).toHaveAttribute('href', 'https://candor.example/status#secret-token');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('adds a dated step with the entered values and shows it', async () => {
    let steps: Step[] = [];
    const api = await openCandidate({
      Candidate: () => ({ data: { candidate: makeCandidate({ nextSteps: steps }) } }),
      AddNextStep: () => {
        steps = [STEP];
        return { data: { addNextStep: { __typename: 'NextStep', id: 'n1', title: STEP.title } } };
      },
    });

    const form = fillStep();
    fireEvent.click(form.getByRole('button', { name: 'Add step' }));

    await screen.findByRole('heading', { level: 3, name: 'Interview with the team' });
    const [call] = api.called('AddNextStep');
    const input = call.variables.input as Record<string, unknown>;
    expect(input).toEqual({
      candidateId: 'c1',
      kind: 'VIDEO_INTERVIEW',
      title: 'Interview with the team',
      // Read on the organization's clock (Europe/London, UTC+0 in December).
      startsAt: '2026-12-04T09:30:00.000Z',
      durationMinutes: 45,
      meetingUrl: 'https://meet.example/abc',
      visibleToCandidate: true,
      requestsResponse: true,
    });
    expect(screen.getByText('Added “Interview with the team”.')).toBeInTheDocument();
    await waitFor(() => expect(form.getByLabelText('Title')).toHaveValue(''));
  });

  it('shows a bad video link next to the video-link field', async () => {
    await openCandidate({
      Candidate: () => ({ data: { candidate: makeCandidate() } }),
      AddNextStep: () =>
        apiError('BAD_USER_INPUT', 'Invalid input: meetingUrl must be a web address starting with https:// or http://.', {
          fields: [{ field: 'meetingUrl', message: 'must be a web address starting with https:// or http://' }],
        }),
    });

    const form = fillStep();
    fireEvent.click(form.getByRole('button', { name: 'Add step' }));

    const videoLink = form.getByLabelText('Video link');
    await waitFor(() => expect(videoLink).toHaveAttribute('aria-invalid', 'true'));
    expect(videoLink).toHaveAccessibleDescription(
      'An http or https link to the call. Video link must be a web address starting with https:// or http://.',
    );
    expect(videoLink).toHaveFocus();
    expect(form.getByLabelText('Title')).not.toHaveAttribute('aria-invalid');
    // What was typed stays, so it can be corrected.
    expect(form.getByLabelText('Title')).toHaveValue('  Interview with the team ');
  });

  it('edits, completes and cancels a planned step', async () => {
    const api = await openCandidate({
      Candidate: () => ({ data: { candidate: makeCandidate({ nextSteps: [STEP] }) } }),
      UpdateNextStep: () => ({ data: { updateNextStep: { __typename: 'NextStep', id: 'n1', title: 'Final interview' } } }),
      CompleteNextStep: () => ({ data: { completeNextStep: { __typename: 'NextStep', id: 'n1', state: 'DONE' } } }),
      CancelNextStep: () => ({ data: { cancelNextStep: { __typename: 'NextStep', id: 'n1', state: 'CANCELLED' } } }),
    });

    fireEvent.click(screen.getByRole('button', { name: 'Edit Interview with the team' }));
    const editForm = screen.getByRole('button', { name: 'Save step' }).closest('form') as HTMLFormElement;
    fireEvent.change(within(editForm).getByLabelText('Title'), { target: { value: 'Final interview' } });
    fireEvent.change(within(editForm).getByLabelText('Video link'), { target: { value: '' } });
    fireEvent.click(within(editForm).getByRole('button', { name: 'Save step' }));
    await waitFor(() => expect(api.called('UpdateNextStep')).toHaveLength(1));
    expect(api.called('UpdateNextStep')[0].variables.input).toMatchObject({
      stepId: 'n1',
      title: 'Final interview',
      meetingUrl: null,
      durationMinutes: 45,
    });

    fireEvent.click(await screen.findByRole('button', { name: 'Mark done – Interview with the team' }));
    await waitFor(() => expect(api.called('CompleteNextStep')[0]?.variables).toEqual({ stepId: 'n1' }));

    fireEvent.click(screen.getByRole('button', { name: 'Cancel step – Interview with the team' }));
    expect(api.called('CancelNextStep')).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Yes, cancel step' }));
    await waitFor(() => expect(api.called('CancelNextStep')[0]?.variables).toEqual({ stepId: 'n1' }));
  });

  it('reorders steps with Move up and Move down, sending every step in the new order', async () => {
    let order = ['n1', 'n2', 'n3'];
    const steps = [
      STEP,
      { ...STEP, id: 'n2', title: 'Writing sample', kind: 'WRITING_TEST', startsAt: null, position: 1 },
      { ...STEP, id: 'n3', title: 'Office visit', kind: 'IN_PERSON_INTERVIEW', position: 2 },
    ];
    const api = await openCandidate({
      Candidate: () => ({
        data: { candidate: makeCandidate({ nextSteps: steps.map((step) => ({ ...step, position: order.indexOf(step.id) })) }) },
      }),
      ReorderNextSteps: (variables) => {
        order = (variables.input as { stepIds: string[] }).stepIds;
        return { data: { reorderNextSteps: order.map((id, position) => ({ __typename: 'NextStep', id, position })) } };
      },
    });
    const titles = () =>
      within(screen.getByRole('list', { name: 'Steps in order' }))
        .getAllByRole('heading', { level: 3 })
        .map((heading) => heading.textContent);
    expect(titles()).toEqual(['Interview with the team', 'Writing sample', 'Office visit']);
    expect(screen.getByRole('button', { name: 'Move up – Interview with the team' })).toHaveAttribute('aria-disabled', 'true');

    fireEvent.click(screen.getByRole('button', { name: 'Move up – Office visit' }));
    await waitFor(() => expect(api.called('ReorderNextSteps')).toHaveLength(1));
    expect(api.called('ReorderNextSteps')[0].variables).toEqual({ input: { candidateId: 'c1', stepIds: ['n1', 'n3', 'n2'] } });
    expect(await screen.findByText('Moved “Office visit” up.')).toBeInTheDocument();
    await waitFor(() => expect(titles()).toEqual(['Interview with the team', 'Office visit', 'Writing sample']));

    fireEvent.click(screen.getByRole('button', { name: 'Move down – Writing sample' }));
    expect(api.called('ReorderNextSteps')).toHaveLength(1);
  });

  it('shows why a reorder was refused and keeps the order', async () => {
    const api = await openCandidate({
      Candidate: () => ({ data: { candidate: makeCandidate({ nextSteps: [STEP, { ...STEP, id: 'n2', title: 'Writing sample', position: 1 }] }) } }),
      ReorderNextSteps: () => apiError('CONFLICT', 'The steps changed meanwhile: reload and try again.'),
    });

    fireEvent.click(screen.getByRole('button', { name: 'Move down – Interview with the team' }));
    expect(await screen.findByText('The steps changed meanwhile: reload and try again.')).toBeInTheDocument();
    expect(api.called('ReorderNextSteps')).toHaveLength(1);
  });

  it('saves the promised date with the version it was read at', async () => {
    const api = await openCandidate({
      Candidate: () => ({ data: { candidate: makeCandidate() } }),
      UpdatePromise: () => ({
        data: {
          updateCandidate: {
            __typename: 'Candidate',
            id: 'c1',
            version: 8,
            expectedResponseBy: '2026-12-01',
            promiseState: 'ON_TRACK',
          },
        },
      }),
    });

    fireEvent.change(screen.getByLabelText('Promised reply date'), { target: { value: '2026-12-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save date' }));

    expect(await screen.findByText(/Saved: the candidate will hear back by Tue, Dec 1/)).toBeInTheDocument();
    expect(api.called('UpdatePromise')[0].variables).toEqual({
      input: { candidateId: 'c1', expectedResponseBy: '2026-12-01', expectedVersion: 7 },
    });

    fireEvent.click(screen.getByRole('button', { name: 'Remove promise' }));
    await waitFor(() => expect(api.called('UpdatePromise')).toHaveLength(2));
    expect(api.called('UpdatePromise')[1].variables).toMatchObject({ input: { expectedResponseBy: null } });
  });

  it('explains a conflict, loads the latest version and saves against it', async () => {
    let candidate = makeCandidate();
    let conflict = true;
    const api = await openCandidate({
      Candidate: () => ({ data: { candidate } }),
      UpdatePromise: (variables) => {
        if (conflict) {
          conflict = false;
          candidate = makeCandidate({ version: 9, expectedResponseBy: '2026-11-30', promiseState: 'ON_TRACK' });
          return apiError('CONFLICT', 'The candidate changed since you loaded it.');
        }
        const input = variables.input as { expectedResponseBy: string };
        return {
          data: {
            updateCandidate: {
              __typename: 'Candidate',
              id: 'c1',
              version: 10,
              expectedResponseBy: input.expectedResponseBy,
              promiseState: 'ON_TRACK',
            },
          },
        };
      },
    });

    const date = screen.getByLabelText('Promised reply date');
    fireEvent.change(date, { target: { value: '2026-12-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save date' }));

    const promise = screen.getByRole('region', { name: 'Promised reply' });
    expect(await within(promise).findByRole('alert')).toHaveTextContent(
      'Someone else changed this candidate while you were editing.',
    );
    // The latest details were fetched again and replace the draft.
    await waitFor(() => expect(date).toHaveValue('2026-11-30'));
    expect(api.called('Candidate').length).toBeGreaterThanOrEqual(2);

    // A later day than the one the candidate now waits for (Nov 30) needs a reason they are emailed.
    fireEvent.change(date, { target: { value: '2026-12-02' } });
    // Saved without one: refused here, with focus on the reason and its message saying what to do.
    fireEvent.click(screen.getByRole('button', { name: 'Save date' }));
    const reason = screen.getByLabelText('Why the day moves later');
    await waitFor(() => expect(reason).toHaveFocus());
    expect(reason).toHaveAccessibleDescription(/Say why the day moves later: the candidate is emailed it\./);
    expect(api.called('UpdatePromise')).toHaveLength(1);
    fireEvent.change(reason, { target: { value: 'The panel met a day late.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save date' }));
    await waitFor(() => expect(api.called('UpdatePromise')).toHaveLength(2));
    expect(api.called('UpdatePromise')[1].variables).toEqual({
      input: { candidateId: 'c1', expectedResponseBy: '2026-12-02', expectedVersion: 9, promiseChangeReason: 'The panel met a day late.' },
    });
  });

  it('replaces the status link only after confirming', async () => {
    const api = await openCandidate({
      Candidate: () => ({ data: { candidate: makeCandidate() } }),
      RotateStatusLink: () => ({
        data: {
          rotateStatusLink: {
            __typename: 'Candidate',
            id: 'c1',
            version: 8,
            statusUrl: 'https://candor.example/status#new-token',
          },
        },
      }),
    });

    fireEvent.click(screen.getByRole('button', { name: 'Replace link' }));
    expect(screen.getByText(/The old link stops working at once/)).toBeInTheDocument();
    expect(api.called('RotateStatusLink')).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Yes, replace link' }));

    expect(await screen.findByText(/The link was replaced/)).toBeInTheDocument();
    expect(api.called('RotateStatusLink')[0].variables).toEqual({ candidateId: 'c1' });
  });

  it('copies the status link and retries a failed email', async () => {
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.assign(navigator, { clipboard: { writeText } });
    const api = await openCandidate({
      Candidate: () => ({ data: { candidate: makeCandidate() } }),
      RetryEmail: () => ({
        data: {
          retryEmail: { __typename: 'EmailMessage', id: 'e1', status: 'SCHEDULED', attempts: 3, lastError: null },
        },
      }),
    });

    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await screen.findByText('Link copied.')).toBeInTheDocument();
    expect(writeText).toHaveBeenCalledWith('https://candor.example/status#secret-token');

    const emails = screen.getByRole('region', { name: 'Emails' });
    expect(within(emails).getByText('Failed')).toBeInTheDocument();
    expect(within(emails).getByText(/Mailbox unavailable/)).toBeInTheDocument();
    fireEvent.click(within(emails).getByRole('button', { name: /^Retry/ }));
    await waitFor(() => expect(api.called('RetryEmail')[0]?.variables).toEqual({ emailId: 'e1' }));
  });

  it('says so when the candidate does not exist', async () => {
    renderApp('/candidates/nope', { Me: () => ({ data: VIEWER }), Candidate: () => ({ data: { candidate: null } }) });
    expect(await screen.findByText('Candidate not found')).toBeInTheDocument();
  });

  it('shows the error when the candidate cannot be loaded', async () => {
    renderApp('/candidates/c1', {
      Me: () => ({ data: VIEWER }),
      Candidate: () => apiError('FORBIDDEN', 'You do not have access to this candidate.'),
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('We could not load this candidate');
    expect(alert).toHaveTextContent('You do not have access to this candidate.');
  });

  it('says when a pending outcome takes effect for the candidate, and that moving back undoes it', async () => {
    const until = new Date(Date.now() + 60 * 60_000).toISOString();
    await openCandidate({
      Candidate: () => ({ data: { candidate: makeCandidate({ outcomePendingUntil: until, stage: { __typename: 'Stage', id: 's9', name: 'Not selected' } }) } }),
    });
    const note = screen.getByTestId('outcome-pending');
    expect(note).toHaveTextContent('“Not selected” takes effect for the candidate at');
    expect(note).toHaveTextContent('moving them back undoes it for the candidate, who sees nothing of it');
  });

  it('says nothing of an outcome whose undo window has closed', async () => {
    await openCandidate({ Candidate: () => ({ data: { candidate: makeCandidate({ outcomePendingUntil: '2020-01-01T00:00:00Z' }) } }) });
    expect(screen.queryByTestId('outcome-pending')).not.toBeInTheDocument();
  });
});
