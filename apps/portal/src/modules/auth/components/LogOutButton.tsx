import { ErrorCode } from '@candor/domain';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { errorCode, errorMessage } from '../../../shared/graphql-errors';
import { useSession } from '../../../shared/session';
import { LogOutMutation } from '../graphql/auth.graphql';

/** Ends the session on the server (the cookie is cleared there) and forgets the cached data. */
export function LogOutButton() {
  const [{ fetching }, logOut] = useMutation(LogOutMutation);
  const [error, setError] = useState<string | null>(null);
  const { resetSession } = useSession();
  const navigate = useNavigate();

  async function onClick() {
    if (fetching) return;
    setError(null);
    const result = await logOut({});
    // UNAUTHENTICATED: the session had already ended, which is what the member wanted.
    if (result.error && errorCode(result.error) !== ErrorCode.UNAUTHENTICATED) {
      setError(errorMessage(result.error));
      return;
    }
    resetSession();
    await navigate('/login', { replace: true });
  }

  return (
    <>
      <button type="button" className="button button--secondary button--small" onClick={onClick}>
        {fetching ? 'Logging out…' : 'Log out'}
      </button>
      {error && (
        <p role="alert" className="app-header__error">
          {error}
        </p>
      )}
    </>
  );
}
