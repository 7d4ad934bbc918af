import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { pretendBrowserZone } from '../../../test-support/browser-zone';
import { apiError, renderApp, VIEWER } from '../../../test-support/mock-graphql';

const JOB = { __typename: 'Job', id: 'j1', title: 'Backend Engineer' };

function item(reason: string, candidateId: string, name: string, extra: Record<string, unknown> = {}) {
  return {
    __typename: 'AttentionItem',
    reason,
    dueOn: null,
    dueAt: null,
    receivedAt: null,
    candidate: { __typename: 'Candidate', id: candidateId, name, version: 3, expectedResponseBy: '2026-11-24', promiseState: 'OVERDUE', emailUndeliverable: null, job: JOB },
    checkIn: null,
    nextStep: null,
    ...extra,
  };
}

/** A job with candidates: something to track (an organization without any sees the first-run guide instead). */
const TRACKED_JOB = {
  id: 'j1',
  title: 'Backend Engineer',
  status: 'OPEN',
  createdAt: '2026-01-10T09:00:00Z',
  stages: [{ id: 's1', name: 'Applied', kind: 'APPLIED', position: 0 }],
  summary: { candidates: 3, overdue: 0, stages: [{ stageId: 's1', count: 3 }] },
};

function home(needsAttention: () => ReturnType<Parameters<typeof renderApp>[1][string]>, timeZone = VIEWER.me.organization.timeZone) {
  return renderApp('/', {
    Me: () => ({ data: { me: { ...VIEWER.me, organization: { ...VIEWER.me.organization, timeZone } } } }),
    Jobs: () => ({ data: { jobs: [TRACKED_JOB] } }),
    NeedsAttention: needsAttention,
  });
}

describe('needs attention panel', () => {
  it('lists what the team owes, in words, each linking to the candidate', async () => {
    home(() => ({
      data: {
        needsAttention: [
          item('PROMISE_OVERDUE', 'c1', 'Priya', { dueOn: '2026-11-24' }),
          item('STEP_PAST_NOT_DONE', 'c2', 'Tomás', {
            dueAt: '2026-11-20T15:00:00Z',
            nextStep: { __typename: 'NextStep', id: 'n7', title: 'Take-home review', startsAt: null, dueAt: '2026-11-20T15:00:00Z' },
          }),
          item('PROMISE_DUE_SOON', 'c3', 'Lee', { dueOn: '2026-11-26' }),
          item('CHECK_IN_WAITING', 'c4', 'Sam', { receivedAt: '2026-11-25T08:00:00Z' }),
        ],
      },
    }));

    const panel = await screen.findByRole('region', { name: /Needs attention/ });
    expect(within(panel).getByRole('heading', { level: 2, name: 'Needs attention (4)' })).toBeInTheDocument();
    const links = within(panel).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '/candidates/c1',
      '/candidates/c2',
      '/candidates/c3',
      '/candidates/c4',
    ]);
    expect(links[0]).toHaveTextContent(/^Overdue: promised Priya news by Tue, Nov 24(, 2026)?$/);
    expect(links[1]).toHaveTextContent(/^Step not marked done: “Take-home review” with Tomás, due Fri, Nov 20, 2026, 3:00 PM GMT/);
    expect(links[2]).toHaveTextContent(/^Due soon: promised Lee news by Thu, Nov 26(, 2026)?$/);
    expect(links[3]).toHaveTextContent(/^Check-in waiting: Sam asked for news on /);
    expect(within(panel).getAllByText('Backend Engineer')).toHaveLength(4);
    expect(within(panel).queryByText(/Nothing is waiting/)).not.toBeInTheDocument();
  });

  it('gives a past call’s start, not its end, on the organization’s clock with the member’s own time beside it', async () => {
    const restore = pretendBrowserZone('Europe/Berlin');
    try {
      home(
        () => ({
          data: {
            needsAttention: [
              item('STEP_PAST_NOT_DONE', 'c2', 'Tomás', {
                // The item's dueAt is when the 30-minute call ended.
                dueAt: '2026-11-28T19:30:00Z',
                nextStep: { __typename: 'NextStep', id: 'n7', title: 'Phone call', startsAt: '2026-11-28T19:00:00Z', dueAt: null },
              }),
              item('PROMISE_OVERDUE', 'c1', 'Priya', { dueOn: '2026-12-07' }),
            ],
          },
        }),
        'America/Los_Angeles',
      );

      const panel = await screen.findByRole('region', { name: /Needs attention/ });
      const links = await within(panel).findAllByRole('link');
      expect(links[0]).toHaveTextContent('Step not marked done: “Phone call” with Tomás, started Sat, Nov 28, 2026, 11:00 AM PST (8:00 PM your time)');
      expect(links[1]).toHaveTextContent('Overdue: promised Priya news by Mon, Dec 7, 2026');
    } finally {
      restore();
    }
  });

  it('says nothing is waiting when every promise is on track', async () => {
    home(() => ({ data: { needsAttention: [] } }));

    const panel = await screen.findByRole('region', { name: /Needs attention/ });
    expect(await within(panel).findByText('Nothing is waiting. Every promise is on track.')).toBeInTheDocument();
    expect(within(panel).queryByRole('link')).not.toBeInTheDocument();
    // The jobs still show below.
    expect(await screen.findByRole('heading', { level: 2, name: 'Jobs' })).toBeInTheDocument();
  });

  it('shows why it could not load', async () => {
    home(() => apiError('FORBIDDEN', 'You are not a member of this organization.'));

    const panel = await screen.findByRole('region', { name: /Needs attention/ });
    expect(await within(panel).findByRole('alert')).toHaveTextContent('You are not a member of this organization.');
  });
});

describe('needs attention: paused email', () => {
  it('lists candidates whose mail bounced or who reported spam, with the day, linking to the candidate', async () => {
    const paused = (kind: string) => ({ __typename: 'EmailUndeliverable', kind });
    home(() => ({
      data: {
        needsAttention: [
          item('EMAIL_UNDELIVERABLE', 'c5', 'Kim', { receivedAt: '2026-11-20T10:00:00Z', candidate: { __typename: 'Candidate', id: 'c5', name: 'Kim', emailUndeliverable: paused('BOUNCE'), job: JOB } }),
          item('EMAIL_UNDELIVERABLE', 'c6', 'Ola', { receivedAt: '2026-11-21T10:00:00Z', candidate: { __typename: 'Candidate', id: 'c6', name: 'Ola', emailUndeliverable: paused('COMPLAINT'), job: JOB } }),
        ],
      },
    }));
    const panel = await screen.findByRole('region', { name: /Needs attention/ });
    const links = within(panel).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['/candidates/c5', '/candidates/c6']);
    expect(links[0]).toHaveTextContent(/^Emails paused: mail to Kim bounced on Fri, Nov 20, 2026/);
    expect(links[1]).toHaveTextContent(/^Emails paused: Ola reported an email as spam on Sat, Nov 21, 2026/);
  });

  it('leads with a check-in unanswered for a business day and answers it right there; the item leaves once answered', async () => {
    let answered = false;
    const overdue = item('CHECK_IN_OVERDUE', 'c5', 'Noor', {
      receivedAt: '2026-11-25T08:00:00Z',
      checkIn: { __typename: 'CheckIn', id: 'ci5', message: 'Is there any news?' },
    });
    const api = renderApp('/', {
      Me: () => ({ data: VIEWER }),
      Jobs: () => ({ data: { jobs: [TRACKED_JOB] } }),
      NeedsAttention: () => ({
        data: { needsAttention: answered ? [] : [item('PROMISE_AUTO_EXTENDED', 'c1', 'Priya', { dueOn: '2026-11-27' }), overdue] },
      }),
      ReplyToCheckIn: () => {
        answered = true;
        return {
          data: {
            replyToCheckIn: {
              __typename: 'CheckIn',
              id: 'ci5',
              reply: { __typename: 'CheckInReply', message: 'We decide on Friday.', sentAt: '2026-11-26T09:00:00Z', newExpectedResponseBy: null },
            },
          },
        };
      },
    });

    const panel = await screen.findByRole('region', { name: /Needs attention/ });
    const links = await within(panel).findAllByRole('link');
    expect(links[0]).toHaveTextContent(/^Check-in unanswered for a business day: Noor asked for news on /);
    const reply = within(panel).getByText('Reply to Noor').closest('details')!;
    fireEvent.click(within(reply).getByText('Reply to Noor'));
    expect(reply).toHaveTextContent('Is there any news?');
    fireEvent.change(within(reply).getByLabelText('Your reply'), { target: { value: 'We decide on Friday.' } });
    fireEvent.click(within(reply).getByRole('button', { name: 'Send reply' }));

    await waitFor(() => expect(api.called('ReplyToCheckIn')).toHaveLength(1));
    expect(api.called('ReplyToCheckIn')[0].variables).toEqual({ input: { checkInId: 'ci5', message: 'We decide on Friday.' } });
    expect(await within(panel).findByText('Reply sent to Noor: they are emailed it and see it on their status page.')).toBeInTheDocument();
    expect(await within(panel).findByText(/Nothing is waiting/)).toBeInTheDocument();
  });
});
