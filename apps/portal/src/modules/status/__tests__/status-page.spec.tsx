import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { apiError } from '../../../test-support/mock-fetch';
import { api, loaded, open, section, status, TOKEN, setUpStatusPage } from './status-fixtures';

setUpStatusPage();

describe('candidate status page', () => {
  it('loads the status with the token as the only credential, then greets the candidate', async () => {
    open({ data: { candidateStatus: status() } });

    expect(screen.getByRole('status')).toHaveTextContent('Loading your status…');
    await loaded();

    expect(screen.getByRole('main')).toHaveTextContent('Hi Margaret, this page');
    expect(screen.getByRole('main')).toHaveTextContent('Analytical Engines Ltd');
    const [call] = api.calls;
    expect(call.url).toBe('/graphql');
    expect(call.variables).toEqual({ token: TOKEN });
    expect(call.init).toMatchObject({ method: 'POST', credentials: 'omit' });
    expect(document.body.innerHTML).not.toContain(TOKEN);
  });

  it('lists the stages in order and marks the current one, in text as well as style', async () => {
    open({ data: { candidateStatus: status() } });
    await loaded();

    const items = within(section('Where you stand')).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('.stage__name')?.textContent)).toEqual([
      'Application received',
      'Interviews',
      'Decision',
    ]);
    expect(items[1]).toHaveAttribute('aria-current', 'step');
    expect(items[1]).toHaveTextContent('You are here');
    expect(items[1]).toHaveTextContent('You are meeting the team.');
    expect(items[0]).not.toHaveAttribute('aria-current');
    expect(items[0]).toHaveTextContent('Done');
    expect(items[2]).toHaveTextContent('Upcoming');
    expect(items[2]).not.toHaveTextContent('We decide and tell you.');
  });

  it("shows a step's time in the candidate's zone, the organization's time, and everything to prepare", async () => {
    open({ data: { candidateStatus: status() } }, {}, { timeZone: 'Europe/Berlin' });
    await loaded();

    const steps = within(section('What comes next')).getAllByRole('listitem');
    const interview = steps[0];
    expect(within(interview).getByRole('heading', { level: 3, name: 'Meet the engineering team' })).toBeInTheDocument();
    expect(interview).toHaveTextContent('Video interview');
    // 17:00 UTC is 6 PM in Berlin and 9 AM in Los Angeles.
    expect(interview).toHaveTextContent('Friday, December 4, 2026 at 6:00 PM GMT+1 (Central European Standard Time) · 9:00 AM PST for the hiring team');
    expect(interview).toHaveTextContent('45 minutes');
    expect(interview).toHaveTextContent('How to prepare');
    expect(interview).toHaveTextContent('Bring a project you are proud of.');
    const video = within(interview).getByRole('link', { name: 'Join the video call' });
    expect(video).toHaveAttribute('href', 'https://meet.example.com/abc');
    expect(video).toHaveAttribute('rel', 'noopener noreferrer');
    expect(video).not.toHaveAttribute('target');

    // "Add to calendar" posts the token and the step (never in a URL) and the API answers with the .ics.
    const calendar = within(interview).getByRole('button', { name: 'Add to calendar – Meet the engineering team' });
    const form = calendar.closest('form')!;
    expect(form).toHaveAttribute('method', 'post');
    expect(form).toHaveAttribute('action', '/status/calendar');
    expect(document.body.innerHTML).not.toContain(TOKEN);
    fireEvent.submit(form);
    expect(Object.fromEntries(new FormData(form))).toEqual({ token: TOKEN, stepId: 'step-1' });
    await waitFor(() => expect(document.body.innerHTML).not.toContain(TOKEN));

    expect(steps[1]).toHaveTextContent('Date to be confirmed');
    expect(steps[1]).toHaveTextContent('1 Infinite Loop, Cupertino');
    expect(within(steps[1]).queryByRole('button', { name: /Add to calendar/ })).not.toBeInTheDocument();
    expect(steps[2]).toHaveTextContent('Done');
  });

  it('shows the same step in another zone, with the day there', async () => {
    open({ data: { candidateStatus: status() } }, {}, { timeZone: 'Asia/Tokyo' });
    await loaded();

    expect(within(section('What comes next')).getAllByRole('listitem')[0]).toHaveTextContent(
      'Saturday, December 5, 2026 at 2:00 AM GMT+9 (Japan Standard Time) · Friday, December 4, 2026, 9:00 AM PST for the hiring team',
    );
  });

  it('lists what has gone by apart, under "Behind you", with nothing left to do on it', async () => {
    const [interview] = status().nextSteps;
    const pastCall = { ...interview, id: 'past', title: 'Yesterday’s call', startsAt: '2026-11-28T17:00:00Z', past: true };
    open({ data: { candidateStatus: status({ nextSteps: [interview, pastCall] }) } });
    await loaded();

    const [ahead, behind] = within(section('What comes next')).getAllByRole('list');
    expect(within(ahead).getAllByRole('listitem')).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 3, name: 'Behind you' })).toBeInTheDocument();
    expect(within(behind).getByRole('listitem')).toHaveTextContent('Past');
    expect(within(behind).queryByRole('button', { name: /Add to calendar/ })).not.toBeInTheDocument();
  });

  it("words a decision step as the team's date, not a task, and offers no calendar entry for it", async () => {
    const decision = { ...status().nextSteps[0], id: 'd', kind: 'DECISION', kindLabel: 'Decision', title: 'Final decision', startsAt: null, dueAt: '2026-12-09T01:00:00Z', durationMinutes: null, meetingUrl: null, instructions: null };
    open({ data: { candidateStatus: status({ nextSteps: [decision] }) } }, {}, { timeZone: 'Europe/Berlin' });
    await loaded();

    const item = within(section('What comes next')).getByRole('listitem');
    expect(item).toHaveTextContent('The team decides by');
    expect(item).not.toHaveTextContent('Due');
    expect(within(item).queryByRole('button', { name: /Add to calendar/ })).not.toBeInTheDocument();
  });

  it('says when there are no steps planned', async () => {
    open({ data: { candidateStatus: status({ nextSteps: [] }) } });
    await loaded();

    expect(section('What comes next')).toHaveTextContent('There are no further steps planned right now.');
  });

  it('shows the promised day as that very day, whatever the zone of the machine', async () => {
    const zone = process.env.TZ;
    try {
      for (const tz of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'UTC']) {
        process.env.TZ = tz;
        const view = open({ data: { candidateStatus: status() } }, {}, { timeZone: tz });
        await loaded();
        expect(section('When you will hear back')).toHaveTextContent('You will hear back by Friday, December 4, 2026');
        view.unmount();
        api.restore();
      }
    } finally {
      process.env.TZ = zone;
    }
  });

  it('says the team will update the page when no day is promised', async () => {
    open({ data: { candidateStatus: status({ expectedResponseBy: null, checkInState: 'NO_PROMISE', canCheckInFrom: null }) } });
    await loaded();

    expect(section('When you will hear back')).not.toHaveTextContent('You will hear back by');
    expect(section('When you will hear back')).toHaveTextContent('update this page');
    expect(section('Following up')).toHaveTextContent('There is nothing to follow up on yet.');
  });

  it('shows a calm page for an unknown, replaced or expired link', async () => {
    open(apiError('NOT_FOUND', 'This status link is not valid.'));

    expect(await screen.findByRole('heading', { level: 1, name: 'This link is no longer active' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveTextContent('ask the hiring team for the latest link');
    expect(document.body.innerHTML).not.toContain(TOKEN);
  });

  it('shows the same page without asking the API when the address has no token', async () => {
    open({ data: { candidateStatus: status() } }, {}, { hash: '' });

    expect(await screen.findByRole('heading', { level: 1, name: 'This link is no longer active' })).toBeInTheDocument();
    expect(api.calls).toHaveLength(0);
  });

  it('shows the API message when there were too many requests, and tries again on request', async () => {
    let answers = 0;
    open(() =>
      ++answers === 1
        ? apiError('TOO_MANY_REQUESTS', 'Too many requests. Please try again in 30 seconds.', { retryAfterSeconds: 30 })
        : { data: { candidateStatus: status() } },
    );

    expect(await screen.findByText('Too many requests. Please try again in 30 seconds.')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await loaded();
  });

  it('with an outcome, says it respectfully and leaves out next steps, reply date and follow-up', async () => {
    open({
      data: {
        candidateStatus: status({
          outcome: { kind: 'REJECTED', message: 'Thank you for your time. We will not be moving forward.' },
          currentStage: { name: 'Not selected', state: 'CURRENT', description: 'Thank you for your time. We will not be moving forward.' },
          stages: [
            { name: 'Application received', state: 'DONE', description: 'We have your application.' },
            { name: 'Interviews', state: 'DONE', description: 'You are meeting the team.' },
            { name: 'Not selected', state: 'CURRENT', description: 'Thank you for your time. We will not be moving forward.' },
          ],
          checkInState: 'DECIDED',
          canCheckInFrom: null,
          linkWorksUntil: '2027-02-22',
        }),
      },
    });
    await loaded();

    expect(section('Outcome')).toHaveTextContent('Thank you for your time. We will not be moving forward.');
    expect(section('Outcome')).toHaveTextContent('This page stays available through Monday, February 22, 2027.');
    // The journey stays, and the outcome's words are said once.
    expect(within(section('Where you stand')).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      '✓Application receivedDone',
      '✓InterviewsDone',
      '3Not selectedDecision',
    ]);
    expect(screen.getAllByText('Thank you for your time. We will not be moving forward.')).toHaveLength(1);
    expect(section('Outcome')).not.toHaveAttribute('role', 'alert');
    expect(section('Where you stand')).toBeInTheDocument();
    for (const name of ['What comes next', 'When you will hear back', 'Following up']) {
      expect(screen.queryByRole('heading', { name })).not.toBeInTheDocument();
    }
    expect(screen.queryByText('Meet the engineering team')).not.toBeInTheDocument();
  });

  it('turns into the inactive page when the link stops working while it is open', async () => {
    open(
      { data: { candidateStatus: status({ checkInState: 'OPEN', canCheckIn: true, canCheckInFrom: null }) } },
      { CheckIn: () => apiError('NOT_FOUND', 'This status link is not valid.') },
    );
    await loaded();

    fireEvent.click(screen.getByRole('button', { name: 'Check in' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'This link is no longer active' })).toBeInTheDocument();
  });
});
