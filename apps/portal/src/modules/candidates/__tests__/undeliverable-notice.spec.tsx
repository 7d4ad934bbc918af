import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { apiError, VIEWER } from '../../../test-support/mock-graphql';
import { makeCandidate, openCandidate } from './candidate-fixtures';

const BOUNCE = { __typename: 'EmailUndeliverable', kind: 'BOUNCE', reason: '5.1.1 smtp; 550 user unknown', reportedAt: '2026-11-20T10:00:00Z' };
const COMPLAINT = { __typename: 'EmailUndeliverable', kind: 'COMPLAINT', reason: 'abuse', reportedAt: '2026-11-21T10:00:00Z' };
const PAUSED_EMAIL = {
  __typename: 'EmailMessage',
  id: 'e2',
  kind: 'STAGE_CHANGED',
  to: 'priya@example.com',
  subject: 'Next step',
  status: 'PAUSED',
  sendAfter: '2026-11-20T11:00:00Z',
  sentAt: null,
  attempts: 1,
  lastError: 'Paused: mail to this address stopped because it bounced (5.1.1).',
};

describe('the candidate page when email to the candidate is paused', () => {
  it('says the address bounced, when and why, and what to do; the paused email says so too', async () => {
    await openCandidate({ Candidate: () => ({ data: { candidate: makeCandidate({ emailUndeliverable: BOUNCE, emails: [PAUSED_EMAIL] }) } }) });
    const notice = screen.getByTestId('email-undeliverable');
    expect(notice).toHaveTextContent('Emails to this candidate are paused.');
    expect(notice).toHaveTextContent(/Mail to priya@example\.com bounced on Fri, Nov 20, 2026.*\(5\.1\.1 smtp; 550 user unknown\)/);
    expect(notice).toHaveTextContent(/Check the address with the candidate another way/);
    expect(within(notice).getByLabelText('Correct address')).toHaveAttribute('type', 'email');
    const emails = screen.getByRole('region', { name: 'Emails' });
    expect(within(emails).getByText('Paused')).toBeInTheDocument();
    expect(within(emails).getByText(/Why:/)).toBeInTheDocument();
  });

  it('shows nothing while mail goes', async () => {
    await openCandidate({ Candidate: () => ({ data: { candidate: makeCandidate() } }) });
    expect(screen.queryByTestId('email-undeliverable')).not.toBeInTheDocument();
  });

  it('corrects the address with the version the page read, then reloads', async () => {
    let candidate = makeCandidate({ emailUndeliverable: BOUNCE });
    const api = await openCandidate({
      Candidate: () => ({ data: { candidate } }),
      UpdateCandidateEmail: () => {
        candidate = makeCandidate({ email: 'priya.sharma@example.com', version: 8, emailUndeliverable: null });
        return { data: { updateCandidate: { __typename: 'Candidate', id: 'c1', email: 'priya.sharma@example.com', version: 8 } } };
      },
    });
    const notice = screen.getByTestId('email-undeliverable');
    fireEvent.change(within(notice).getByLabelText('Correct address'), { target: { value: ' priya.sharma@example.com ' } });
    fireEvent.click(within(notice).getByRole('button', { name: 'Save address' }));
    await waitFor(() => expect(screen.queryByTestId('email-undeliverable')).not.toBeInTheDocument());
    expect(api.called('UpdateCandidateEmail')[0].variables).toEqual({ input: { candidateId: 'c1', email: 'priya.sharma@example.com', expectedVersion: 7 } });
  });

  it('resumes emails after a complaint only when asked, and shows a refusal in words', async () => {
    const api = await openCandidate({
      Candidate: () => ({ data: { candidate: makeCandidate({ emailUndeliverable: COMPLAINT }) } }),
      ClearEmailUndeliverable: () => apiError('FORBIDDEN', 'Your role cannot change candidates.'),
    });
    const notice = screen.getByTestId('email-undeliverable');
    expect(notice).toHaveTextContent(/priya@example\.com reported an email from Candor as spam on Sat, Nov 21, 2026/);
    expect(within(notice).queryByLabelText('Correct address')).not.toBeInTheDocument();
    fireEvent.click(within(notice).getByRole('button', { name: 'Resume emails' }));
    expect(await within(notice).findByRole('alert')).toHaveTextContent('Your role cannot change candidates.');
    expect(api.called('ClearEmailUndeliverable')[0].variables).toEqual({ candidateId: 'c1' });
  });

  it('offers hiring managers the explanation without the buttons', async () => {
    await openCandidate({
      Me: () => ({ data: { me: { ...VIEWER.me, member: { ...VIEWER.me.member, role: 'HIRING_MANAGER' } } } }),
      Candidate: () => ({ data: { candidate: makeCandidate({ emailUndeliverable: BOUNCE }) } }),
    });
    const notice = screen.getByTestId('email-undeliverable');
    expect(notice).toHaveTextContent('Emails to this candidate are paused.');
    expect(within(notice).queryByRole('button')).not.toBeInTheDocument();
  });
});
