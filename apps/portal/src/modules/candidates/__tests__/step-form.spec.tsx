import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { NEXT_STEP_KIND_FIELDS, NEXT_STEP_KINDS } from '@candor/domain';
import { makeCandidate, openCandidate, STEP } from './candidate-fixtures';

const DETAIL_LABELS = {
  startsAt: 'Starts at',
  dueAt: 'Due at',
  durationMinutes: 'Duration in minutes',
  location: 'Location',
  meetingUrl: 'Video link',
} as const;

function addForm() {
  return within(screen.getByRole('button', { name: 'Add step' }).closest('form') as HTMLFormElement);
}

/** The detail fields the form shows now, by label. */
function shownDetails(form: ReturnType<typeof addForm>): string[] {
  return Object.values(DETAIL_LABELS).filter((label) => form.queryByLabelText(label) !== null);
}

describe('the step form asks only what the kind needs', () => {
  it('has no default kind: the member picks one first, and nothing is sent without it', async () => {
    const api = await openCandidate({ Candidate: () => ({ data: { candidate: makeCandidate() } }), AddNextStep: () => 'pending' });
    const form = addForm();

    expect(form.getByLabelText('Kind')).toHaveValue('');
    expect(shownDetails(form)).toEqual([]);
    fireEvent.change(form.getByLabelText('Title'), { target: { value: 'Writing exercise' } });
    fireEvent.click(form.getByRole('button', { name: 'Add step' }));

    await waitFor(() => expect(form.getByLabelText('Kind')).toHaveAttribute('aria-invalid', 'true'));
    expect(form.getByLabelText('Kind')).toHaveAccessibleDescription('The form then asks for what this kind of step needs. Choose what kind of step this is.');
    expect(form.getByLabelText('Kind')).toHaveFocus();
    expect(api.called('AddNextStep')).toHaveLength(0);
  });

  it('shows a writing test its deadline (and an optional opening and length), never a place or video link', async () => {
    await openCandidate({ Candidate: () => ({ data: { candidate: makeCandidate() } }) });
    const form = addForm();

    fireEvent.change(form.getByLabelText('Kind'), { target: { value: 'WRITTEN_TEST' } });
    expect(shownDetails(form)).toEqual(['Starts at', 'Due at', 'Duration in minutes']);
    fireEvent.change(form.getByLabelText('Kind'), { target: { value: 'IN_PERSON' } });
    expect(shownDetails(form)).toEqual(['Starts at', 'Duration in minutes', 'Location']);
    fireEvent.change(form.getByLabelText('Kind'), { target: { value: 'VIDEO_INTERVIEW' } });
    expect(shownDetails(form)).toEqual(['Starts at', 'Duration in minutes', 'Video link']);
    fireEvent.change(form.getByLabelText('Kind'), { target: { value: 'DECISION' } });
    expect(shownDetails(form)).toEqual(['Due at']);
  });

  it.each(NEXT_STEP_KINDS)('re-shapes for %s as the domain table says', async (kind) => {
    await openCandidate({ Candidate: () => ({ data: { candidate: makeCandidate() } }) });
    const form = addForm();
    fireEvent.change(form.getByLabelText('Kind'), { target: { value: kind } });
    expect(shownDetails(form)).toEqual(NEXT_STEP_KIND_FIELDS[kind].map((field) => DETAIL_LABELS[field]));
  });

  it('sends only what the chosen kind takes, even after typing into a field of another kind', async () => {
    const api = await openCandidate({
      Candidate: () => ({ data: { candidate: makeCandidate() } }),
      AddNextStep: () => ({ data: { addNextStep: { __typename: 'NextStep', id: 'n5', title: 'Writing exercise' } } }),
    });
    const form = addForm();
    fireEvent.change(form.getByLabelText('Kind'), { target: { value: 'VIDEO_INTERVIEW' } });
    fireEvent.change(form.getByLabelText('Video link'), { target: { value: 'https://meet.example/abc' } });
    fireEvent.change(form.getByLabelText('Kind'), { target: { value: 'WRITTEN_TEST' } });
    fireEvent.change(form.getByLabelText('Title'), { target: { value: 'Writing exercise' } });
    fireEvent.change(form.getByLabelText('Due at'), { target: { value: '2026-12-04T17:00' } });
    fireEvent.click(form.getByRole('button', { name: 'Add step' }));

    await waitFor(() => expect(api.called('AddNextStep')).toHaveLength(1));
    const input = api.called('AddNextStep')[0].variables.input as Record<string, unknown>;
    expect(Object.keys(input).sort()).toEqual(['candidateId', 'dueAt', 'kind', 'requestsResponse', 'title', 'visibleToCandidate']);
    expect(input.kind).toBe('WRITTEN_TEST');
    // After adding, the form starts over: no kind chosen.
    await waitFor(() => expect(form.getByLabelText('Kind')).toHaveValue(''));
    expect(shownDetails(form)).toEqual([]);
  });

  it("on edit starts from the step's kind, and a new kind clears the details it does not take", async () => {
    const api = await openCandidate({
      Candidate: () => ({ data: { candidate: makeCandidate({ nextSteps: [STEP] }) } }),
      UpdateNextStep: () => ({ data: { updateNextStep: { __typename: 'NextStep', id: 'n1', title: STEP.title } } }),
    });
    fireEvent.click(screen.getByRole('button', { name: 'Edit Interview with the team' }));
    const editForm = within(screen.getByRole('button', { name: 'Save step' }).closest('form') as HTMLFormElement);
    expect(editForm.getByLabelText('Kind')).toHaveValue('VIDEO_INTERVIEW');
    expect(editForm.getByLabelText('Video link')).toHaveValue('https://meet.example/abc');

    fireEvent.change(editForm.getByLabelText('Kind'), { target: { value: 'WRITTEN_TEST' } });
    expect(editForm.queryByLabelText('Video link')).not.toBeInTheDocument();
    fireEvent.click(editForm.getByRole('button', { name: 'Save step' }));

    await waitFor(() => expect(api.called('UpdateNextStep')).toHaveLength(1));
    expect(api.called('UpdateNextStep')[0].variables.input).toMatchObject({
      stepId: 'n1',
      kind: 'WRITTEN_TEST',
      startsAt: expect.stringMatching(/^2026-12-04T/),
      durationMinutes: 45, // a timed test keeps its length
      location: null,
      meetingUrl: null,
    });
  });

  it('keeps the details the form does not ask for when the kind stays (a step the API was given them for)', async () => {
    const hybrid = { ...STEP, location: 'Studio, 2nd floor' }; // a video interview with a place
    const api = await openCandidate({
      Candidate: () => ({ data: { candidate: makeCandidate({ nextSteps: [hybrid] }) } }),
      UpdateNextStep: () => ({ data: { updateNextStep: { __typename: 'NextStep', id: 'n1', title: 'Renamed' } } }),
    });
    fireEvent.click(screen.getByRole('button', { name: 'Edit Interview with the team' }));
    const editForm = within(screen.getByRole('button', { name: 'Save step' }).closest('form') as HTMLFormElement);
    expect(editForm.queryByLabelText('Location')).not.toBeInTheDocument();
    fireEvent.change(editForm.getByLabelText('Title'), { target: { value: 'Renamed' } });
    fireEvent.click(editForm.getByRole('button', { name: 'Save step' }));

    await waitFor(() => expect(api.called('UpdateNextStep')).toHaveLength(1));
    const input = api.called('UpdateNextStep')[0].variables.input as Record<string, unknown>;
    expect(input).toMatchObject({ stepId: 'n1', title: 'Renamed', meetingUrl: 'https://meet.example/abc' });
    expect(input.location).toBeUndefined(); // not sent (JSON leaves it out): the place stays
  });
});
