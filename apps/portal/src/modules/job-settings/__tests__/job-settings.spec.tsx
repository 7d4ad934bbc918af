import { fireEvent, screen, within } from '@testing-library/react';
import { apiError, renderApp } from '../../../test-support/mock-graphql';
import { ALAN, board, freezeClock, GRACE, MARGARET, ME } from '../../board/__tests__/board-fixtures';

interface StageRow {
  id: string;
  name: string;
  kind: string;
}

function settingsStage(stage: StageRow, position: number) {
  return {
    __typename: 'Stage',
    id: stage.id,
    name: stage.name,
    kind: stage.kind,
    position,
    candidateLabel: `${stage.name} (candidate)`,
    candidateDescription: '',
    visibleToCandidates: true,
    notifyCandidates: false,
    defaultResponseDays: 5,
    emailDelayMinutes: 10,
  };
}

/** A fake job whose pipeline changes as the mutations say. */
function fakeJob() {
  let stages: StageRow[] = [
    { id: 's1', name: 'Applied', kind: 'APPLIED' },
    { id: 's2', name: 'Screen', kind: 'SCREEN' },
    { id: 's3', name: 'Hired', kind: 'HIRED' },
  ];
  const job = () => ({
    __typename: 'Job',
    id: 'j1',
    title: 'Backend Engineer',
    status: 'OPEN',
    stages: stages.map(settingsStage),
    candidates: [
      { __typename: 'Candidate', id: 'c1', stage: { __typename: 'Stage', id: 's1', kind: 'APPLIED' } },
      { __typename: 'Candidate', id: 'c2', stage: { __typename: 'Stage', id: 's2', kind: 'SCREEN' } },
      { __typename: 'Candidate', id: 'c3', stage: { __typename: 'Stage', id: 's3', kind: 'HIRED' } },
    ],
  });
  return {
    JobSettings: () => ({ data: { job: job() } }),
    ReorderStages: (variables: Record<string, unknown>) => {
      const ids = (variables.input as { stageIds: string[] }).stageIds;
      stages = ids.map((id) => stages.find((s) => s.id === id) as StageRow);
      return { data: { reorderStages: { __typename: 'Job', id: 'j1', stages: job().stages } } };
    },
  };
}

async function openSettings() {
  fireEvent.click(await screen.findByRole('button', { name: 'Job settings' }));
  return screen.findByRole('region', { name: 'Job settings' });
}

function stageNames(): string[] {
  const list = screen.getByRole('list', { name: 'Pipeline' });
  return within(list)
    .getAllByRole('heading', { level: 4 })
    .map((h) => h.textContent ?? '');
}

describe('job settings', () => {
  beforeEach(freezeClock);
  afterEach(() => jest.useRealTimers());

  it('moves a stage and sends every stage in the new order', async () => {
    const api = renderApp('/jobs/j1', { Me: ME, Board: () => board([MARGARET]), ...fakeJob() });

    await openSettings();
    expect(await screen.findByRole('list', { name: 'Pipeline' })).toBeInTheDocument();
    expect(stageNames()).toEqual(['1. Applied', '2. Screen', '3. Hired']);
    expect(screen.getByRole('button', { name: 'Move up – Applied' })).toHaveAttribute('aria-disabled', 'true');

    fireEvent.click(screen.getByRole('button', { name: 'Move down – Applied' }));

    expect(await screen.findByText('“Applied” is now stage 2 of 3.')).toBeInTheDocument();
    expect(api.called('ReorderStages')[0].variables).toEqual({ input: { jobId: 'j1', stageIds: ['s2', 's1', 's3'] } });
    expect(await screen.findByRole('heading', { level: 4, name: '1. Screen' })).toBeInTheDocument();
    expect(stageNames()).toEqual(['1. Screen', '2. Applied', '3. Hired']);
  });

  it('shows the API’s message when a stage still has candidates', async () => {
    const message = '1 candidate is in "Screen". Move them to another stage first.';
    const api = renderApp('/jobs/j1', {
      Me: ME,
      Board: () => board([ALAN]),
      ...fakeJob(),
      RemoveStage: () => apiError('CONFLICT', message, { candidateCount: 1 }),
    });

    await openSettings();
    fireEvent.click(await screen.findByRole('button', { name: 'Remove – Screen' }));
    const confirm = screen.getByRole('group', { name: 'Confirm removing Screen' });
    expect(confirm).toHaveTextContent('Remove “Screen” from the pipeline? 1 candidate is in it.');
    fireEvent.click(within(confirm).getByRole('button', { name: 'Yes, remove' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(api.called('RemoveStage')[0].variables).toEqual({ stageId: 's2' });
    expect(stageNames()).toContain('2. Screen');
  });

  it('asks before closing the job and says how many candidates are still open', async () => {
    const api = renderApp('/jobs/j1', {
      Me: ME,
      Board: () => board([MARGARET, GRACE]),
      ...fakeJob(),
      CloseJob: () => ({ data: { closeJob: { __typename: 'Job', id: 'j1', status: 'CLOSED', closedAt: '2026-03-10T10:00:00Z' } } }),
    });

    await openSettings();
    fireEvent.click(await screen.findByRole('button', { name: 'Close job…' }));
    const confirm = screen.getByRole('group', { name: 'Confirm closing the job' });
    expect(confirm).toHaveTextContent('2 candidates are still open');
    expect(api.called('CloseJob')).toHaveLength(0);
    // This pipeline has no "not selected" stage, so nothing is chosen for them until the recruiter picks an outcome.
    const outcome = within(confirm).getByLabelText(/Give the open candidates this outcome/);
    expect(outcome).toHaveValue('');
    fireEvent.change(outcome, { target: { value: 's3' } });

    fireEvent.click(within(confirm).getByRole('button', { name: 'Yes, close the job' }));
    expect(await screen.findByText('The job is closed. No new candidates can be added.')).toBeInTheDocument();
    expect(api.called('CloseJob')[0].variables).toEqual({ jobId: 'j1', finalStageId: 's3' });
  });

  it('saves a stage’s settings', async () => {
    const api = renderApp('/jobs/j1', {
      Me: ME,
      Board: () => board([]),
      ...fakeJob(),
      UpdateStage: (variables) => {
        const input = variables.input as { name: string };
        return { data: { updateStage: { ...settingsStage({ id: 's2', name: input.name, kind: 'SCREEN' }, 1) } } };
      },
    });

    await openSettings();
    fireEvent.click(await screen.findByRole('button', { name: 'Edit – Screen' }));
    const form = screen.getByRole('form', { name: 'Edit Screen' });
    fireEvent.change(within(form).getByLabelText('Stage name'), { target: { value: 'Phone screen' } });
    fireEvent.change(within(form).getByLabelText('Name candidates see'), { target: { value: 'First chat' } });
    fireEvent.change(within(form).getByLabelText('Description candidates see'), { target: { value: 'A short call.' } });
    fireEvent.click(within(form).getByRole('switch', { name: 'Email candidates' }));
    fireEvent.change(within(form).getByLabelText('Default reply days'), { target: { value: '' } });
    fireEvent.change(within(form).getByLabelText('Email delay (minutes)'), { target: { value: '15' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save stage' }));

    expect(await screen.findByText('“Phone screen” was saved.')).toBeInTheDocument();
    expect(api.called('UpdateStage')[0].variables).toEqual({
      input: {
        stageId: 's2',
        name: 'Phone screen',
        candidateLabel: 'First chat',
        candidateDescription: 'A short call.',
        visibleToCandidates: true,
        notifyCandidates: true,
        defaultResponseDays: null,
        emailDelayMinutes: 15,
      },
    });
  });

  it('adds a stage', async () => {
    const api = renderApp('/jobs/j1', {
      Me: ME,
      Board: () => board([]),
      ...fakeJob(),
      AddStage: () => ({ data: { addStage: settingsStage({ id: 's9', name: 'Tech interview', kind: 'INTERVIEW' }, 2) } }),
    });

    await openSettings();
    fireEvent.change(await screen.findByLabelText('New stage name'), { target: { value: 'Tech interview' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add stage' }));

    expect(await screen.findByText('“Tech interview” was added.')).toBeInTheDocument();
    expect(api.called('AddStage')[0].variables).toEqual({ input: { jobId: 'j1', name: 'Tech interview', kind: 'INTERVIEW' } });
  });
});
