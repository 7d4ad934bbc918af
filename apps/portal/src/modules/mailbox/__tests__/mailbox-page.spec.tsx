import { fireEvent, screen, within } from '@testing-library/react';
import { renderApp, VIEWER } from '../../../test-support/mock-graphql';

const MESSAGES = [
  {
    __typename: 'EmailMessage',
    id: 'e2',
    kind: 'STEP_SCHEDULED',
    to: 'priya@example.com',
    subject: 'Your video interview on Friday',
    status: 'SENT',
    createdAt: '2026-11-25T09:00:00Z',
    sentAt: '2026-11-25T09:01:00Z',
    text: 'Hello Priya,\nYour interview is on Friday at 9:30.',
  },
  {
    __typename: 'EmailMessage',
    id: 'e1',
    kind: 'STAGE_CHANGED',
    to: 'lee@example.com',
    subject: 'An update on your application',
    status: 'SCHEDULED',
    createdAt: '2026-11-24T09:00:00Z',
    sentAt: null,
    text: 'Hello Lee, thank you for your patience.',
  },
];

function open(mailTransport: string, mailbox = MESSAGES) {
  return renderApp('/mailbox', {
    Me: () => ({ data: VIEWER }),
    Mailbox: () => ({ data: { mailTransport, mailbox } }),
  });
}

describe('mailbox page', () => {
  it('lists the emails newest first; each opens to its text', async () => {
    const api = open('dev-mailbox');

    expect(await screen.findByRole('heading', { level: 1, name: 'Dev mailbox' })).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Emails' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('Your video interview on Friday');
    expect(items[0]).toHaveTextContent('To priya@example.com · Sent');
    expect(items[1]).toHaveTextContent('An update on your application');
    expect(items[1]).toHaveTextContent('Scheduled');
    expect(screen.getByText(/no email leaves this machine/)).toBeInTheDocument();
    expect(api.called('Mailbox')).toHaveLength(1);

    const details = items[0].querySelector('details') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    fireEvent.click(within(items[0]).getByText('Your video interview on Friday'));
    expect(details.open).toBe(true);
    expect(within(items[0]).getByText(/Your interview is on Friday at 9:30\./)).toBeVisible();
  });

  it('notes that with SMTP the list is for reference only', async () => {
    open('smtp');

    expect(await screen.findByRole('heading', { level: 1, name: 'Sent emails' })).toBeInTheDocument();
    expect(
      screen.getByText('Emails are delivered to your SMTP server. They are listed here for reference only.'),
    ).toBeInTheDocument();
  });

  it('says when there are no emails yet', async () => {
    open('dev-mailbox', []);

    expect(await screen.findByText('No emails yet.')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Emails' })).not.toBeInTheDocument();
  });
});
