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

  it('after a check-in for this date, says the team will get back', async () => {
    open({ data: { candidateStatus: status({ checkInState: 'ALREADY_CHECKED_IN' }) } });
    await loaded();

    expect(section('Following up')).toHaveTextContent('You checked in for this date. The team will get back to you.');
    expect(screen.queryByRole('button', { name: 'Check in' })).not.toBeInTheDocument();
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
