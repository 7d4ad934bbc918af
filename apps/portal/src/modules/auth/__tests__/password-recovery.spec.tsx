import { fireEvent, screen } from '@testing-library/react';
import { apiError, renderApp, VIEWER } from '../../../test-support/mock-graphql';

describe('two-factor log-in', () => {
  it('asks for the code once the password is right, sends it with the same email and password, and signs in', async () => {
    let attempts = 0;
    const api = renderApp('/login', {
      LogIn: (variables) => {
        attempts += 1;
        const input = variables.input as { oneTimeCode?: string };
        if (!input.oneTimeCode) return apiError('UNAUTHENTICATED', 'Enter the 6-digit code from your authenticator app (or a recovery code).', { twoFactorRequired: true });
        if (input.oneTimeCode === '111111') return apiError('UNAUTHENTICATED', 'That code is not right. Codes change every 30 seconds; each works once.', { twoFactorRequired: true });
        return { data: { logIn: { __typename: 'AuthPayload', expiresAt: '2026-11-30T10:00:00Z' } } };
      },
      Me: () => ({ data: VIEWER }),
      Jobs: () => ({ data: { jobs: [] } }),
      NeedsAttention: () => ({ data: { needsAttention: [] } }),
    });
    fireEvent.change(screen.getByLabelText('Email'), { target: { value: 'ada@example.com' } });
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'correct horse battery' } });
    fireEvent.click(screen.getByRole('button', { name: 'Log in' }));

    const code = await screen.findByLabelText('Code');
    expect(screen.getByRole('heading', { level: 1, name: 'Enter your sign-in code' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.change(code, { target: { value: '111111' } });
    fireEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('That code is not right.');

    fireEvent.change(screen.getByLabelText('Code'), { target: { value: '123456' } });
    fireEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    await screen.findByText((_, element) => element?.getAttribute('data-testid') === 'location' && element.textContent === '/');
    expect(attempts).toBe(3);
    expect(api.called('LogIn')[2].variables).toEqual({ input: { email: 'ada@example.com', password: 'correct horse battery', oneTimeCode: '123456' } });
  });
});

describe('forgotten passwords', () => {
  it('asks for a reset link and answers the same whatever the address', async () => {
    const api = renderApp('/forgot-password', { RequestPasswordReset: () => ({ data: { requestPasswordReset: true } }) });
    fireEvent.change(await screen.findByLabelText('Email'), { target: { value: 'ada@example.com' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send reset link' }));
    expect(await screen.findByRole('status')).toHaveTextContent('If ada@example.com belongs to a Candor account, a reset link is on its way. It works once, for 30 minutes.');
    expect(api.called('RequestPasswordReset')[0].variables).toEqual({ input: { email: 'ada@example.com' } });
  });

  it('sets a new password with the token from the link, and shows the password rule next to the field', async () => {
    const api = renderApp('/reset-password#tok-123', {
      ResetPassword: (variables) =>
        (variables.input as { password: string }).password === 'aaaaaaaaaaaaaaaa'
          ? apiError('BAD_USER_INPUT', 'Invalid input: password is too easy to guess.', { fields: [{ field: 'password', message: 'is too easy to guess' }] })
          : { data: { resetPassword: true } },
    });
    const password = await screen.findByLabelText('New password');
    fireEvent.change(password, { target: { value: 'aaaaaaaaaaaaaaaa' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save new password' }));
    expect(await screen.findByText('New password is too easy to guess.')).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('New password'), { target: { value: 'a fresh passphrase of mine' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save new password' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Your password is changed, and every session of your account has ended.');
    expect(api.called('ResetPassword')[1].variables).toEqual({ input: { token: 'tok-123', password: 'a fresh passphrase of mine' } });
  });

  it('says when a reset link is used up or expired', async () => {
    renderApp('/reset-password#old', { ResetPassword: () => apiError('NOT_FOUND', 'No password reset at this link.') });
    fireEvent.change(await screen.findByLabelText('New password'), { target: { value: 'a fresh passphrase of mine' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save new password' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This reset link has expired or was already used. Ask for a new one.');
  });
});
