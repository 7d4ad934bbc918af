import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { apiError } from '../../../test-support/mock-graphql';
import { makeCandidate, openCandidate } from './candidate-fixtures';

const CHECK_IN = {
  __typename: 'CheckIn',
  id: 'ci1',
  promisedDate: '2026-11-24',
  message: 'Any news on my application?',
  createdAt: '2026-11-25T10:00:00Z',
  reply: null as null | Record<string, unknown>,
};

const REPLY = {
  __typename: 'CheckInReply',
  message: 'Sorry for the wait: the panel meets Tuesday.',
  sentAt: '2026-11-26T09:00:00Z',
  newExpectedResponseBy: '2026-12-04',
};

function received() {
  return screen.getByRole('region', { name: 'Check-ins and answers' });
}

describe('replying to a check-in on the candidate page', () => {
  it('sends the reply with a new day after a lapsed promise (no reason asked) and shows it once sent', async () => {
    let candidate = makeCandidate({ checkIns: [CHECK_IN] });
    const api = await openCandidate({
      Candidate: () => ({ data: { candidate } }),
      ReplyToCheckIn: () => {
        candidate = makeCandidate({ checkIns: [{ ...CHECK_IN, reply: REPLY }], expectedResponseBy: '2026-12-04', promiseState: 'ON_TRACK' });
        return { data: { replyToCheckIn: { __typename: 'CheckIn', id: 'ci1', reply: REPLY } } };
      },
    });

    const section = received();
    fireEvent.change(within(section).getByLabelText('Your reply'), { target: { value: `  ${REPLY.message}  ` } });
    fireEvent.change(within(section).getByLabelText('New promised reply date'), { target: { value: '2026-12-04' } });
    // The promise had lapsed: the new day is a new promise, not an extension, so no reason is asked.
    expect(within(section).queryByLabelText('Why the day moves later')).not.toBeInTheDocument();
    fireEvent.click(within(section).getByRole('button', { name: 'Send reply' }));

    await waitFor(() => expect(api.called('ReplyToCheckIn')).toHaveLength(1));
    expect(api.called('ReplyToCheckIn')[0].variables).toEqual({
      input: { checkInId: 'ci1', message: REPLY.message, expectedResponseBy: '2026-12-04', expectedVersion: 7 },
    });
    const reply = await within(section).findByTestId('check-in-reply');
    expect(reply).toHaveTextContent('promising news by Fri, Dec 4, 2026');
    expect(reply).toHaveTextContent(REPLY.message);
    await waitFor(() => expect(within(section).queryByRole('button', { name: 'Send reply' })).not.toBeInTheDocument());
  });

  it('asks why when the new day is later than an open promise, and sends the reason', async () => {
    const candidate = makeCandidate({ checkIns: [CHECK_IN], expectedResponseBy: '2026-11-30', promiseState: 'ON_TRACK' });
    const api = await openCandidate({
      Candidate: () => ({ data: { candidate } }),
      ReplyToCheckIn: () => ({ data: { replyToCheckIn: { __typename: 'CheckIn', id: 'ci1', reply: REPLY } } }),
    });

    const section = received();
    fireEvent.change(within(section).getByLabelText('Your reply'), { target: { value: 'We need a few more days.' } });
    fireEvent.change(within(section).getByLabelText('New promised reply date'), { target: { value: '2026-11-28' } });
    expect(within(section).queryByLabelText('Why the day moves later')).not.toBeInTheDocument();
    fireEvent.change(within(section).getByLabelText('New promised reply date'), { target: { value: '2026-12-04' } });
    const reason = within(section).getByLabelText('Why the day moves later');
    expect(reason).toHaveAccessibleDescription(/promised news by Mon, Nov 30, 2026/);
    fireEvent.change(reason, { target: { value: 'The panel moved to Thursday.' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Send reply' }));

    await waitFor(() => expect(api.called('ReplyToCheckIn')).toHaveLength(1));
    expect(api.called('ReplyToCheckIn')[0].variables).toEqual({
      input: {
        checkInId: 'ci1',
        message: 'We need a few more days.',
        expectedResponseBy: '2026-12-04',
        expectedVersion: 7,
        promiseChangeReason: 'The panel moved to Thursday.',
      },
    });
    expect(await screen.findByText(/Reply sent: the candidate is emailed it/)).toBeInTheDocument();
  });

  it('refuses an empty reply without calling the API, and puts the API’s field error next to its field', async () => {
    const api = await openCandidate({
      Candidate: () => ({ data: { candidate: makeCandidate({ checkIns: [CHECK_IN] }) } }),
      ReplyToCheckIn: () => apiError('BAD_USER_INPUT', 'expectedResponseBy must not be in the past.', { field: 'expectedResponseBy' }),
    });

    const section = received();
    fireEvent.click(within(section).getByRole('button', { name: 'Send reply' }));
    const message = within(section).getByLabelText('Your reply');
    await waitFor(() => expect(message).toHaveFocus());
    expect(message).toHaveAccessibleDescription(/Write the reply the candidate will read./);
    expect(api.called('ReplyToCheckIn')).toHaveLength(0);

    fireEvent.change(message, { target: { value: 'Soon.' } });
    const day = within(section).getByLabelText('New promised reply date');
    fireEvent.change(day, { target: { value: '2026-11-01' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Send reply' }));
    await waitFor(() => expect(day).toHaveAttribute('aria-invalid', 'true'));
    expect(api.called('ReplyToCheckIn')).toHaveLength(1);
  });

  it('explains a conflict (answered meanwhile) and loads the latest details', async () => {
    let candidate = makeCandidate({ checkIns: [CHECK_IN] });
    const api = await openCandidate({
      Candidate: () => ({ data: { candidate } }),
      ReplyToCheckIn: () => {
        candidate = makeCandidate({ checkIns: [{ ...CHECK_IN, reply: { ...REPLY, newExpectedResponseBy: null } }] });
        return apiError('CONFLICT', 'This check-in was already answered.');
      },
    });

    const section = received();
    fireEvent.change(within(section).getByLabelText('Your reply'), { target: { value: 'Hello' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Send reply' }));

    // The page reloads: a colleague's reply shows instead of the form.
    const reply = await within(section).findByTestId('check-in-reply');
    expect(reply).toHaveTextContent(REPLY.message);
    expect(reply).not.toHaveTextContent('promising news');
    expect(api.called('Candidate').length).toBeGreaterThanOrEqual(2);
  });
});
