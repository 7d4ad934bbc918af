import { fireEvent, screen } from '@testing-library/react';
import { apiError, renderApp, VIEWER } from '../../../test-support/mock-graphql';

async function acceptInvite() {
  fireEvent.change(await screen.findByLabelText('Your name'), { target: { value: 'Grace Hopper' } });
  fireEvent.change(screen.getByLabelText(/^Password/), { target: { value: 'a long enough password' } });
  fireEvent.click(screen.getByRole('button', { name: 'Join the team' }));
}

describe('invite page', () => {
  it('accepts the invite with the token from the link and opens the portal', async () => {
    let signedIn = false;
    const api = renderApp('/invite#invite-token-123', {
      AcceptInvite: () => {
        signedIn = true;
        return { data: { acceptInvite: { __typename: 'AuthPayload', expiresAt: '2026-12-25T00:00:00Z' } } };
      },
      Me: () => (signedIn ? { data: VIEWER } : apiError('UNAUTHENTICATED', 'Please log in.')),
      Jobs: () => ({ data: { jobs: [] } }),
    });

    await acceptInvite();

    expect(await screen.findByRole('button', { name: 'Log out' })).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent(/^\/$/);
    expect(api.called('AcceptInvite')[0].variables).toEqual({
      input: { token: 'invite-token-123', name: 'Grace Hopper', password: 'a long enough password' },
    });
    expect(api.called('Me')).toHaveLength(1);
  });

  it('explains an expired or used invitation', async () => {
    renderApp('/invite#old-token', {
      AcceptInvite: () => apiError('NOT_FOUND', 'Invite not found.'),
    });

    await acceptInvite();

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This invitation has expired or was already used. Ask your admin for a new one.',
    );
    expect(screen.getByTestId('location')).toHaveTextContent('/invite');
  });

  it('shows a field error next to the field it concerns', async () => {
    renderApp('/invite#token', {
      AcceptInvite: () =>
        apiError('BAD_USER_INPUT', 'Invalid input: password must be at least 15 characters.', {
          fields: [{ field: 'password', message: 'must be at least 15 characters' }],
        }),
    });

    await acceptInvite();

    const password = screen.getByLabelText(/^Password/);
    await screen.findByText('Password must be at least 15 characters.');
    expect(password).toHaveAttribute('aria-invalid', 'true');
    expect(password).toHaveAccessibleDescription(/Password must be at least 15 characters\./);
    expect(screen.getByLabelText('Your name')).not.toHaveAttribute('aria-invalid');
  });

  it('says so when the link has no token', async () => {
    renderApp('/invite', {});
    expect(await screen.findByRole('alert')).toHaveTextContent('This invitation link is incomplete.');
    expect(screen.queryByRole('button', { name: 'Join the team' })).not.toBeInTheDocument();
  });
});
