import { fireEvent, screen } from '@testing-library/react';
import { apiError, renderApp, VIEWER } from '../../../test-support/mock-graphql';

function logIn() {
  fireEvent.change(screen.getByLabelText('Email'), { target: { value: 'ada@example.com' } });
  fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'not the password' } });
  fireEvent.click(screen.getByRole('button', { name: 'Log in' }));
}

describe('log-in page', () => {
  it('shows the TOO_MANY_REQUESTS message as a form alert', async () => {
    const message = 'Too many failed log-ins for this account. Please wait 15 minutes and try again.';
    renderApp('/login', {
      LogIn: () => apiError('TOO_MANY_REQUESTS', message, { retryAfterSeconds: 900 }),
    });

    logIn();

    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(screen.getByTestId('location')).toHaveTextContent('/login');
    expect(screen.getByLabelText('Email')).not.toHaveAttribute('aria-invalid');
  });

  it('says so when the email and password do not match', async () => {
    renderApp('/login', {
      LogIn: () => apiError('UNAUTHENTICATED', 'That email and password do not match an account.'),
    });

    logIn();

    expect(await screen.findByRole('alert')).toHaveTextContent('That email and password do not match an account.');
  });

  it('sends visitors who are not signed in from / to the log-in page', async () => {
    renderApp('/', {
      Me: () => apiError('UNAUTHENTICATED', 'Please log in again: your session is missing or has expired.'),
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Log in to Candor' })).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/login');
  });

  it('logs out: ends the session and returns to the log-in page', async () => {
    const api = renderApp('/', {
      Me: () => ({ data: VIEWER }),
      Jobs: () => ({ data: { jobs: [] } }),
      LogOut: () => ({ data: { logOut: true } }),
    });

    fireEvent.click(await screen.findByRole('button', { name: 'Log out' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Log in to Candor' })).toBeInTheDocument();
    expect(api.called('LogOut')).toHaveLength(1);
  });
});
