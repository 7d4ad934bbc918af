import { fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { CombinedError } from 'urql';
import { GraphQLError } from 'graphql';
import { LoadError } from '../LoadError';

const errorWith = (code: string, message: string) =>
  new CombinedError({ graphQLErrors: [new GraphQLError(message, { extensions: { code } })] });

describe('LoadError', () => {
  it('offers a way back in when the session ended', () => {
    render(
      <MemoryRouter>
        <LoadError title="We could not load your jobs" error={errorWith('UNAUTHENTICATED', 'Please log in again.')} />
      </MemoryRouter>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('We could not load your jobs');
    expect(screen.getByRole('link', { name: 'Log in again' })).toHaveAttribute('href', '/login');
  });

  it('says what went wrong and retries, without a log-in link for other errors', () => {
    const retry = jest.fn();
    render(
      <MemoryRouter>
        <LoadError title="We could not load the mailbox" error={errorWith('FORBIDDEN', 'Your role does not allow this.')} onRetry={retry} />
      </MemoryRouter>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Your role does not allow this.');
    expect(screen.queryByRole('link', { name: 'Log in again' })).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(retry).toHaveBeenCalledTimes(1);
  });
});
