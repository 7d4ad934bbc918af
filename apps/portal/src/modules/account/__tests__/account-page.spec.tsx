import { fireEvent, screen } from '@testing-library/react';
import { apiError, renderApp, VIEWER } from '../../../test-support/mock-graphql';
import { renderPage } from '../../templates/__tests__/render-page';
import AccountPage from '../components/AccountPage';

function account(twoFactorEnabled: boolean, requireTwoFactor = false) {
  return {
    data: {
      me: {
        __typename: 'Viewer',
        member: { __typename: 'Member', id: 'm1', name: 'Ada Lovelace', email: 'ada@example.com', role: 'ADMIN', twoFactorEnabled },
        organization: { __typename: 'Organization', id: 'o1', requireTwoFactor },
      },
    },
  };
}

describe('the account page', () => {
  it('sets up two-factor sign-in: QR code and key, a wrong code refused, then the recovery codes once', async () => {
    let enabled = false;
    const api = renderPage('/account', '/account', <AccountPage />, {
      Account: () => account(enabled),
      BeginTwoFactorSetup: () => ({
        data: { beginTwoFactorSetup: { __typename: 'TwoFactorSetup', secret: 'JBSWY3DPEHPK3PXP', uri: 'otpauth://totp/x', qrCode: 'data:image/png;base64,AAAA' } },
      }),
      ConfirmTwoFactorSetup: (variables) => {
        if ((variables.input as { code: string }).code !== '123456') {
          return apiError('BAD_USER_INPUT', 'Invalid input: code is not the current code.', { fields: [{ field: 'code', message: 'is not the current code of your authenticator app' }] });
        }
        enabled = true;
        return { data: { confirmTwoFactorSetup: ['AAAA-BBBB-CCCC-DDDD', 'EEEE-FFFF-GGGG-HHHH'] } };
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Set up two-factor sign-in' }));
    expect(await screen.findByRole('img', { name: 'QR code for your authenticator app' })).toHaveAttribute('src', 'data:image/png;base64,AAAA');
    expect(screen.getByText('JBSWY3DPEHPK3PXP')).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Code from the app'), { target: { value: '000000' } });
    fireEvent.click(screen.getByRole('button', { name: 'Turn on two-factor sign-in' }));
    expect(await screen.findByText('Code from the app is not the current code of your authenticator app.')).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Code from the app'), { target: { value: '123456' } });
    fireEvent.click(screen.getByRole('button', { name: 'Turn on two-factor sign-in' }));
    const codes = await screen.findByRole('list', { name: 'Recovery codes' });
    expect(codes).toHaveTextContent('AAAA-BBBB-CCCC-DDDD');
    fireEvent.click(screen.getByRole('button', { name: 'I have saved them' }));
    expect(await screen.findByText(/You sign in with your password and a code/)).toBeInTheDocument();
    expect(screen.queryByText('AAAA-BBBB-CCCC-DDDD')).toBeNull();
    expect(api.called('ConfirmTwoFactorSetup')).toHaveLength(2);
  });

  it('tells a member whose organization requires two-factor sign-in to set it up, and offers no way to turn it off later', async () => {
    renderPage('/account', '/account', <AccountPage />, { Account: () => account(false, true) });
    expect(await screen.findByRole('alert')).toHaveTextContent('Your organization requires two-factor sign-in.');
  });

  it('changes the password and says the other sessions ended', async () => {
    const api = renderPage('/account', '/account', <AccountPage />, {
      Account: () => account(true, true),
      ChangePassword: () => ({ data: { changePassword: true } }),
    });
    expect(await screen.findByText('Your organization requires two-factor sign-in, so it stays on.')).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Current password'), { target: { value: 'old passphrase here' } });
    fireEvent.change(screen.getByLabelText('New password'), { target: { value: 'k7#Qm2xZ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Change password' }));
    expect(await screen.findByText('Password changed. Your other sessions have ended.')).toBeInTheDocument();
    expect(api.called('ChangePassword')[0].variables).toEqual({ input: { currentPassword: 'old passphrase here', newPassword: 'k7#Qm2xZ' } });
  });

  it('sends a member who must set up two-factor sign-in to this page from anywhere, and lets them on once it is on', async () => {
    let enabled = false;
    const me = () => ({
      data: { me: { ...VIEWER.me, member: { ...VIEWER.me.member, twoFactorEnabled: enabled }, organization: { ...VIEWER.me.organization, requireTwoFactor: true } } },
    });
    renderApp('/settings', {
      Me: me,
      Account: () => account(enabled, true),
      BeginTwoFactorSetup: () => ({
        data: { beginTwoFactorSetup: { __typename: 'TwoFactorSetup', secret: 'JBSWY3DPEHPK3PXP', uri: 'otpauth://totp/x', qrCode: 'data:image/png;base64,AAAA' } },
      }),
      ConfirmTwoFactorSetup: () => {
        enabled = true;
        return { data: { confirmTwoFactorSetup: ['AAAA-BBBB-CCCC-DDDD'] } };
      },
      Jobs: () => ({ data: { jobs: [] } }),
      NeedsAttention: () => ({ data: { needsAttention: [] } }),
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Your account' })).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/account');
    fireEvent.click(screen.getByRole('button', { name: 'Set up two-factor sign-in' }));
    fireEvent.change(await screen.findByLabelText('Code from the app'), { target: { value: '123456' } });
    fireEvent.click(screen.getByRole('button', { name: 'Turn on two-factor sign-in' }));
    // The codes stay on screen while the portal learns that the second factor is on.
    expect(await screen.findByRole('list', { name: 'Recovery codes' })).toHaveTextContent('AAAA-BBBB-CCCC-DDDD');
    fireEvent.click(screen.getByRole('link', { name: 'Today' }));
    // Today itself (for this organization without jobs, its first-run guide).
    expect(await screen.findByRole('heading', { name: 'Get started' })).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent(/^\/$/);
  });
});
