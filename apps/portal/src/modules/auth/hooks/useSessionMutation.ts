import { useRef, useState } from 'react';
import type { AnyVariables, CombinedError, TypedDocumentNode } from '@urql/core';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { type FormErrors, toFormErrors } from '../../../shared/graphql-errors';
import { useSession } from '../../../shared/session';

/**
 * Runs a mutation that starts a session (sign up, log in). On success the API has set the
 * session cookie: the client cache is reset and the member goes to the home page. On failure
 * the errors are sorted into the form's fields (or told by `explain`, when it knows the error) and
 * the page stays where it is; `lastError` keeps the API's error itself (e.g. for `twoFactorRequired`).
 */
export function useSessionMutation<Data, Variables extends AnyVariables, F extends string>(
  document: TypedDocumentNode<Data, Variables>,
  labels: Record<F, string>,
  explain?: (error: CombinedError | undefined) => FormErrors<F> | null,
) {
  const [{ fetching }, execute] = useMutation(document);
  const [errors, setErrors] = useState<FormErrors<F> | null>(null);
  const [lastError, setLastError] = useState<CombinedError | undefined>(undefined);
  const inFlight = useRef(false);
  const { resetSession } = useSession();
  const navigate = useNavigate();

  async function submit(variables: Variables): Promise<void> {
    if (inFlight.current) return;
    inFlight.current = true;
    try {
      const result = await execute(variables);
      setLastError(result.error);
      if (result.error || !result.data) {
        setErrors(explain?.(result.error) ?? toFormErrors(result.error, labels));
        return;
      }
      setErrors(null);
      resetSession();
      await navigate('/', { replace: true });
    } finally {
      inFlight.current = false;
    }
  }

  return { submit, fetching, errors, lastError };
}
