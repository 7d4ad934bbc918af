import { ErrorCode } from '@candor/domain';
import { useCallback, useEffect, useState } from 'react';
import type { CandidateStatusQuery, CandidateStatusQueryVariables } from '../../../generated/graphql';
import { CANDIDATE_STATUS_QUERY } from '../graphql/status.graphql';
import { fieldName, graphqlRequest, StatusApiError, UNKNOWN_MESSAGE } from '../graphql/request';

export type CandidateStatus = NonNullable<CandidateStatusQuery['candidateStatus']>;
export type StatusStep = CandidateStatus['nextSteps'][number];

export type StatusLoad =
  | { kind: 'loading' }
  | { kind: 'ready'; status: CandidateStatus }
  /** Unknown, replaced or expired link, or no token at all. */
  | { kind: 'inactive' }
  | { kind: 'error'; code: string; message: string };

/**
 * Loads the status behind `token`. `retry` asks again (after a network problem or a rate
 * limit); `markInactive` is for a mutation that learns the link stopped working meanwhile.
 */
export function useCandidateStatus(token: string | null) {
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<{ key: string; load: StatusLoad } | null>(null);
  const key = `${attempt}:${token ?? ''}`;

  useEffect(() => {
    if (!token) return;
    const controller = new AbortController();
    graphqlRequest<CandidateStatusQuery, CandidateStatusQueryVariables>(
      CANDIDATE_STATUS_QUERY,
      { token },
      controller.signal,
    ).then(
      (data) => {
        const status = data.candidateStatus;
        setResult({ key, load: status ? { kind: 'ready', status } : { kind: 'inactive' } });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setResult({ key, load: toLoad(error) });
      },
    );
    return () => controller.abort();
  }, [token, key]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const markInactive = useCallback(() => setResult({ key, load: { kind: 'inactive' } }), [key]);

  let load: StatusLoad;
  if (!token) load = { kind: 'inactive' };
  else if (result?.key === key) load = result.load;
  else load = { kind: 'loading' };
  return { load, retry, markInactive };
}

function toLoad(error: unknown): StatusLoad {
  if (error instanceof StatusApiError) {
    if (error.code === ErrorCode.NOT_FOUND) return { kind: 'inactive' };
    // A token the API refuses to even look up is no more active than an unknown one.
    if (error.code === ErrorCode.BAD_USER_INPUT && error.fields.some((f) => fieldName(f.field) === 'token')) {
      return { kind: 'inactive' };
    }
    return { kind: 'error', code: error.code, message: error.message };
  }
  return { kind: 'error', code: 'UNKNOWN', message: UNKNOWN_MESSAGE };
}
