import { PASSWORD_HINT } from '../password-hint';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { apiError, renderApp, VIEWER } from '../../../test-support/mock-graphql';

function fillSignUpForm() {
  fireEvent.change(screen.getByLabelText('Organization name'), { target: { value: 'Analytical Engines Ltd' } });
  fireEvent.change(screen.getByLabelText('Your name'), { target: { value: 'Ada Lovelace' } });
  fireEvent.change(screen.getByLabelText('Email'), { target: { value: 'ada@example.com' } });
  fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'correct horse' } });
  fireEvent.click(screen.getByRole('button', { name: 'Create account' }));
}

describe('sign-up page', () => {
  it('shows BAD_USER_INPUT problems next to the fields they concern and stays on the page', async () => {
    const api = renderApp('/signup', {
      SignUp: () =>
        apiError('BAD_USER_INPUT', 'Invalid input: email is already in use; password must be at least 15 characters.', {
          field: 'email',
          fields: [
            { field: 'email', message: 'must be an email address' },
            { field: 'password', message: 'must be at least 15 characters' },
          ],
        }),
      Me: () => ({ data: VIEWER }),
    });

    fillSignUpForm();

    const password = screen.getByLabelText('Password');
    await waitFor(() => expect(password).toHaveAttribute('aria-invalid', 'true'));
    expect(password).toHaveAccessibleDescription(`${PASSWORD_HINT} Password must be at least 15 characters.`);
    const email = screen.getByLabelText('Email');
    expect(email).toHaveAccessibleDescription('Email must be an email address.');
    expect(email).toHaveFocus();
    expect(screen.getByLabelText('Organization name')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByLabelText('Organization name')).not.toHaveAccessibleDescription();

    expect(screen.getByTestId('location')).toHaveTextContent('/signup');
    expect(screen.getByRole('heading', { level: 1, name: 'Create your Candor account' })).toBeInTheDocument();
    expect(api.called('Me')).toHaveLength(0);
  });

  it('shows a conflict about the email beside the email field', async () => {
    renderApp('/signup', {
      SignUp: () =>
        apiError('CONFLICT', 'An account with this email already exists. Log in instead.', {
          field: 'email',
          fields: [{ field: 'email', message: 'is already registered' }],
        }),
    });

    fillSignUpForm();

    const email = screen.getByLabelText('Email');
    await waitFor(() =>
      expect(email).toHaveAccessibleDescription('An account with this email already exists. Log in instead.'),
    );
    expect(screen.getByTestId('location')).toHaveTextContent('/signup');
  });

  it('sends the form with the browser time zone and opens the home page once signed up', async () => {
    const api = renderApp('/signup', {
      SignUp: () => ({ data: { signUp: { __typename: 'AuthPayload', expiresAt: '2030-01-01T00:00:00Z' } } }),
      Me: () => ({ data: VIEWER }),
      Jobs: () => ({ data: { jobs: [] } }),
    });
    const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(screen.getByLabelText('Time zone')).toHaveValue(browserZone);

    fillSignUpForm();

    expect(await screen.findByText('Analytical Engines Ltd', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent(/^\/$/);
    expect(api.called('SignUp')[0].variables).toEqual({
      input: {
        organizationName: 'Analytical Engines Ltd',
        name: 'Ada Lovelace',
        email: 'ada@example.com',
        password: 'correct horse',
        timeZone: browserZone,
      },
    });
  });
});
