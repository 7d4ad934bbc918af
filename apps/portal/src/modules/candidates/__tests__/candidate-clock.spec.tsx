import { fireEvent, screen, within } from '@testing-library/react';
import { pretendBrowserZone } from '../../../test-support/browser-zone';
import { renderApp, VIEWER } from '../../../test-support/mock-graphql';
import { makeCandidate, type Step, STEP } from './candidate-fixtures';

// A Los Angeles organization, a member whose browser is in Berlin: every time on the page is on
// the organization's clock, labelled, with the member's own time in brackets.
const LOS_ANGELES = { me: { ...VIEWER.me, organization: { ...VIEWER.me.organization, timeZone: 'America/Los_Angeles' } } };

async function openCandidate(resolvers: Parameters<typeof renderApp>[1]) {
  const api = renderApp('/candidates/c1', { Me: () => ({ data: LOS_ANGELES }), ...resolvers });
  await screen.findByRole('heading', { level: 1, name: 'Priya Sharma' });
  return api;
}

describe('candidate page on the organization’s clock', () => {
  let restore: () => void;
  beforeEach(() => {
    restore = pretendBrowserZone('Europe/Berlin');
  });
  afterEach(() => restore());

  it('reads a due time typed in a Berlin browser as Los Angeles time, and shows it back as typed', async () => {
    let steps: Step[] = [];
    const api = await openCandidate({
      Candidate: () => ({ data: { candidate: makeCandidate({ nextSteps: steps }) } }),
      AddNextStep: (variables) => {
        const input = variables.input as { dueAt: string };
        steps = [{ ...STEP, kind: 'WRITTEN_TEST', title: 'Writing test', startsAt: null, durationMinutes: null, dueAt: input.dueAt }];
        return { data: { addNextStep: { __typename: 'NextStep', id: 'n1', title: 'Writing test' } } };
      },
      UpdateNextStep: () => ({ data: { updateNextStep: { __typename: 'NextStep', id: 'n1' } } }),
    });

    const form = within(screen.getByRole('button', { name: 'Add step' }).closest('form') as HTMLFormElement);
    // The form asks for a due time once the kind takes one.
    fireEvent.change(form.getByLabelText('Kind'), { target: { value: 'WRITTEN_TEST' } });
    const due = form.getByLabelText('Due at');
    expect(due).toHaveAccessibleDescription(/^For tests and take-home tasks\. In Los Angeles time \(P[SD]T\), the organization's time zone\.$/);
    fireEvent.change(form.getByLabelText('Title'), { target: { value: 'Writing test' } });
    fireEvent.change(due, { target: { value: '2026-11-28T17:00' } });
    fireEvent.click(form.getByRole('button', { name: 'Add step' }));

    const step = (await screen.findByRole('heading', { level: 3, name: 'Writing test' })).closest('li') as HTMLElement;
    // 17:00 in Los Angeles (PST, UTC-8), not 17:00 in Berlin.
    expect(api.called('AddNextStep')[0].variables.input).toMatchObject({ dueAt: '2026-11-29T01:00:00.000Z' });
    expect(within(step).getByText('Sat, Nov 28, 2026, 5:00 PM PST (Sun, Nov 29, 2026, 2:00 AM your time)').previousSibling).toHaveTextContent('Due');

    fireEvent.click(within(step).getByRole('button', { name: 'Edit Writing test' }));
    expect(within(step).getByLabelText('Due at')).toHaveValue('2026-11-28T17:00');
  });

  it('writes every day in one style and every instant on the organization’s clock', async () => {
    await openCandidate({
      Candidate: () => ({
        data: {
          candidate: makeCandidate({
            nextSteps: [{ ...STEP, startsAt: '2026-11-28T19:00:00Z' }],
            checkIns: [{ __typename: 'CheckIn', id: 'k1', promisedDate: '2026-11-24', message: null, createdAt: '2026-11-25T17:00:00Z' }],
          }),
        },
      }),
    });

    const details = screen.getByRole('region', { name: 'Details' });
    expect(details).toHaveTextContent('since Tue, Nov 10, 2026, 1:00 AM PST (10:00 AM your time)');
    expect(details).toHaveTextContent('By Tue, Nov 24, 2026');
    const starts = within(screen.getByRole('region', { name: 'Next steps' })).getByText('Sat, Nov 28, 2026, 11:00 AM PST (8:00 PM your time)');
    expect(starts.previousSibling).toHaveTextContent('Starts');
    expect(screen.getByRole('region', { name: 'Check-ins and answers' })).toHaveTextContent(
      'Checked in Wed, Nov 25, 2026, 9:00 AM PST (6:00 PM your time), after the promised date Tue, Nov 24, 2026 passed.',
    );
    expect(within(screen.getByRole('region', { name: 'Timeline' })).getByText('Tue, Nov 10, 2026, 1:00 AM PST (10:00 AM your time)')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Emails' })).toHaveTextContent('Planned for Tue, Nov 10, 2026, 1:00 AM PST (10:00 AM your time)');
    expect(screen.getByLabelText('Promised reply date')).toHaveAccessibleDescription(/^A day in Los Angeles time \(P[SD]T\), the organization's time zone\./);
  });

  it('warns while a step being entered falls after the promised day, read on the organization’s clock', async () => {
    await openCandidate({ Candidate: () => ({ data: { candidate: makeCandidate({ expectedResponseBy: '2030-01-10', promiseState: 'ON_TRACK' }) } }) });
    const form = within(screen.getByRole('button', { name: 'Add step' }).closest('form') as HTMLFormElement);
    fireEvent.change(form.getByLabelText('Kind'), { target: { value: 'VIDEO_INTERVIEW' } });
    const starts = form.getByLabelText('Starts at');

    // 23:00 on Jan 10 in Los Angeles is already Jan 11 in Berlin: still the promised day for the team.
    fireEvent.change(starts, { target: { value: '2030-01-10T23:00' } });
    expect(form.queryByText(/The candidate is promised news by/)).not.toBeInTheDocument();
    fireEvent.change(starts, { target: { value: '2030-01-11T09:00' } });
    expect(form.getByRole('status')).toHaveTextContent('The candidate is promised news by Thu, Jan 10, 2030, before this step.');
    // A kind without a start time drops it from the check.
    fireEvent.change(form.getByLabelText('Kind'), { target: { value: 'DECISION' } });
    expect(form.queryByText(/The candidate is promised news by/)).not.toBeInTheDocument();
  });

  it('warns while the promised day being chosen is before a booked step', async () => {
    const booked = { ...STEP, title: 'Studio visit', startsAt: '2030-01-11T17:00:00Z' };
    await openCandidate({ Candidate: () => ({ data: { candidate: makeCandidate({ expectedResponseBy: null, promiseState: 'NONE', nextSteps: [booked] }) } }) });
    const date = screen.getByLabelText('Promised reply date');
    fireEvent.change(date, { target: { value: '2030-01-10' } });
    expect(screen.getByText(/is before a booked step/)).toHaveTextContent('Thu, Jan 10, 2030 is before a booked step: Studio visit. Choose a later day, or move the step.');
    fireEvent.change(date, { target: { value: '2030-01-11' } });
    expect(screen.queryByText(/is before a booked step/)).not.toBeInTheDocument();
  });
});
