import { fireEvent, screen, waitFor } from '@testing-library/react';
import { apiError } from '../../../test-support/mock-fetch';
import { api, loaded, open, requestStep, section, status, TOKEN, setUpStatusPage } from './status-fixtures';

setUpStatusPage();

describe('following up from the status page', () => {
  it('before the promised day has passed, says from when a check-in opens and offers no button', async () => {
    open({ data: { candidateStatus: status() } });
    await loaded();

    expect(section('Following up')).toHaveTextContent(
      'If you have not heard back by then, you can check in here from Saturday, December 5, 2026.',
    );
    expect(screen.queryByRole('button', { name: 'Check in' })).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Message (optional)')).not.toBeInTheDocument();
  });

  it('once the promised day has passed, checks in with the token and message and thanks the candidate', async () => {
    open(
      { data: { candidateStatus: status({ checkInState: 'OPEN', canCheckIn: true, canCheckInFrom: null }) } },
      { CheckIn: () => ({ data: { checkIn: { accepted: true, nextAllowedOn: null } } }) },
    );
    await loaded();

    fireEvent.change(screen.getByLabelText('Message (optional)'), {
      target: { value: '  Still very interested, happy to share more.  ' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Check in' }));

    expect(await screen.findByText('Thanks, the team has been told you checked in.')).toHaveFocus();
    expect(api.called('CheckIn')).toHaveLength(1);
    expect(api.called('CheckIn')[0].variables).toEqual({
      token: TOKEN,
      message: 'Still very interested, happy to share more.',
    });
    expect(screen.queryByRole('button', { name: 'Check in' })).not.toBeInTheDocument();
  });

  it('says so when a check-in is refused because the candidate already checked in', async () => {
    open(
      { data: { candidateStatus: status({ checkInState: 'OPEN', canCheckIn: true, canCheckInFrom: null }) } },
      { CheckIn: () => ({ data: { checkIn: { accepted: false, nextAllowedOn: null } } }) },
    );
    await loaded();

    fireEvent.click(screen.getByRole('button', { name: 'Check in' }));

    expect(await screen.findByText('You have already checked in for this date.')).toBeInTheDocument();
    expect(api.called('CheckIn')[0].variables).toEqual({ token: TOKEN, message: null });
  });

  it('after a check-in for this date, says the team will get back and shows what the candidate sent', async () => {
    open({
      data: {
        candidateStatus: status({
          expectedResponseBy: '2026-11-28',
          checkInState: 'ALREADY_CHECKED_IN',
          yourCheckIns: [{ sentAt: '2026-11-29T09:00:00Z', promisedDate: '2026-11-28', message: 'Any news?' }],
        }),
      },
    });
    await loaded();

    const followUp = section('Your reply date has passed');
    expect(followUp).toHaveTextContent('You checked in for this date. The team will get back to you.');
    expect(followUp).toHaveTextContent('Sent Sun, Nov 29, 2026, 10:00 AM GMT+1, after Saturday, November 28, 2026 passed');
    expect(followUp).toHaveTextContent('Any news?');
    expect(screen.queryByRole('button', { name: 'Check in' })).not.toBeInTheDocument();
  });

  it('shows the team’s reply under the candidate’s check-in, with the new day it gave', async () => {
    open({
      data: {
        candidateStatus: status({
          expectedResponseBy: '2026-12-09',
          checkInState: 'NOT_YET',
          canCheckInFrom: '2026-12-10',
          yourCheckIns: [
            {
              sentAt: '2026-11-29T09:00:00Z',
              promisedDate: '2026-11-28',
              message: 'Any news?',
              reply: { message: 'Sorry for the wait: the panel meets Tuesday.', sentAt: '2026-11-30T14:30:00Z', newExpectedResponseBy: '2026-12-09' },
            },
          ],
        }),
      },
    });
    await loaded();

    const reply = screen.getByTestId('check-in-reply');
    expect(reply).toHaveTextContent('The team replied on Mon, Nov 30, 2026, 3:30 PM GMT+1');
    expect(reply).toHaveTextContent('Sorry for the wait: the panel meets Tuesday.');
    expect(reply).toHaveTextContent('You will hear back by Wednesday, December 9, 2026.');
    expect(section('Following up')).toContainElement(reply);
  });

  it('shows a reply without a new day without promising one', async () => {
    open({
      data: {
        candidateStatus: status({
          expectedResponseBy: '2026-11-28',
          checkInState: 'ALREADY_CHECKED_IN',
          yourCheckIns: [
            {
              sentAt: '2026-11-29T09:00:00Z',
              promisedDate: '2026-11-28',
              message: null,
              reply: { message: 'We decide this week.', sentAt: '2026-11-30T14:30:00Z', newExpectedResponseBy: null },
            },
          ],
        }),
      },
    });
    await loaded();

    const reply = screen.getByTestId('check-in-reply');
    expect(reply).toHaveTextContent('We decide this week.');
    expect(reply).not.toHaveTextContent('You will hear back by');
  });

  it('leads with an overdue promise in plain words, the check-in right there, before anything else', async () => {
    open(
      { data: { candidateStatus: status({ expectedResponseBy: '2026-11-28', checkInState: 'OPEN', canCheckIn: true, canCheckInFrom: null }) } },
      { CheckIn: () => ({ data: { checkIn: { accepted: true, nextAllowedOn: null } } }) },
    );
    await loaded();

    const regions = screen.getAllByRole('region').map((region) => region.querySelector('h2')?.textContent);
    expect(regions[0]).toBe('Your reply date has passed');
    expect(regions).not.toContain('When you will hear back'); // no "You will hear back by" a day already gone
    expect(section('Your reply date has passed')).toHaveTextContent(
      'The team said you would hear back by Saturday, November 28, 2026, and that day has passed without news.',
    );
    fireEvent.change(screen.getByLabelText('Message (optional)'), { target: { value: 'Still keen!' } });
    fireEvent.click(screen.getByRole('button', { name: 'Check in' }));
    expect(await screen.findByText('Thanks, the team has been told you checked in.')).toBeInTheDocument();
    expect(section('Your reply date has passed')).toHaveTextContent('Your check-in');
    expect(section('Your reply date has passed')).toHaveTextContent('Still keen!');
  });

  it('shows answers already sent, and adds to them behind a button', async () => {
    const sent = { sentAt: '2026-11-27T08:00:00Z', message: 'First projects.', links: ['https://example.com/one'] };
    open(
      { data: { candidateStatus: status({ nextSteps: [requestStep({ yourAnswers: [sent] })] }) } },
      { RespondToRequest: () => ({ data: { respondToRequest: { accepted: true } } }) },
    );
    await loaded();

    expect(screen.getByRole('heading', { name: 'Your answer' })).toBeInTheDocument();
    expect(screen.getByText('First projects.')).toBeInTheDocument();
    expect(screen.getByText('https://example.com/one')).toBeInTheDocument();
    expect(screen.queryByLabelText('Your answer')).not.toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Add to your answer – Send us work samples' }));
    fireEvent.change(screen.getByLabelText('Your answer'), { target: { value: 'A correction: the second link.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send answer' }));

    expect(await screen.findByText('Thank you, your answer has been sent to the team.')).toHaveFocus();
    expect(screen.getByRole('heading', { name: 'Your answers' })).toBeInTheDocument();
    expect(screen.getByText('A correction: the second link.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add to your answer – Send us work samples' })).toBeInTheDocument();
  });

  it('stops offering the form at the most answers one step takes', async () => {
    const answers = Array.from({ length: 10 }, (_, i) => ({ sentAt: `2026-11-27T0${i % 10}:00:00Z`, message: `Answer ${i}`, links: [] }));
    open({ data: { candidateStatus: status({ nextSteps: [requestStep({ yourAnswers: answers })] }) } });
    await loaded();

    expect(screen.queryByRole('button', { name: /Add to your answer/ })).not.toBeInTheDocument();
    expect(screen.getByText(/You have sent as many answers as this step takes/)).toBeInTheDocument();
  });

  it('sends an answer to a request and thanks the candidate', async () => {
    open(
      { data: { candidateStatus: status({ nextSteps: [requestStep()] }) } },
      { RespondToRequest: () => ({ data: { respondToRequest: { accepted: true } } }) },
    );
    await loaded();

    fireEvent.change(screen.getByLabelText('Your answer'), { target: { value: 'Here are two projects.' } });
    fireEvent.change(screen.getByLabelText('Links (one per line)'), {
      target: { value: 'https://github.com/margaret/a\n\n  https://margaret.example/portfolio \n' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Send answer' }));

    expect(await screen.findByText('Thank you, your answer has been sent to the team.')).toBeInTheDocument();
    expect(api.called('RespondToRequest')[0].variables).toEqual({
      input: {
        token: TOKEN,
        stepId: 'step-9',
        message: 'Here are two projects.',
        links: ['https://github.com/margaret/a', 'https://margaret.example/portfolio'],
      },
    });
  });

  it("shows the API's BAD_USER_INPUT next to the field it names", async () => {
    open(
      { data: { candidateStatus: status({ nextSteps: [requestStep()] }) } },
      {
        RespondToRequest: () =>
          apiError('BAD_USER_INPUT', 'Invalid input: links must be reachable web addresses.', {
            field: 'input.links',
            fields: [{ field: 'input.links', message: 'must be reachable web addresses' }],
          }),
      },
    );
    await loaded();

    fireEvent.change(screen.getByLabelText('Your answer'), { target: { value: 'My portfolio.' } });
    fireEvent.change(screen.getByLabelText('Links (one per line)'), {
      target: { value: 'https://localhost/secret' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Send answer' }));

    const links = screen.getByLabelText('Links (one per line)');
    await waitFor(() => expect(links).toHaveAttribute('aria-invalid', 'true'));
    expect(links).toHaveAccessibleDescription(
      expect.stringContaining('Links (one per line) must be reachable web addresses.'),
    );
    expect(links).toHaveFocus();
    expect(screen.getByLabelText('Your answer')).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByText('Thank you, your answer has been sent to the team.')).not.toBeInTheDocument();
  });

  it('checks the answer before sending it', async () => {
    open({ data: { candidateStatus: status({ nextSteps: [requestStep()] }) } });
    await loaded();

    fireEvent.click(screen.getByRole('button', { name: 'Send answer' }));

    expect(screen.getByLabelText('Your answer')).toHaveAccessibleDescription(
      expect.stringContaining('Please write your answer.'),
    );
    expect(api.called('RespondToRequest')).toHaveLength(0);
  });
});
