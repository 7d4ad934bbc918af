import { useCallback } from 'react';
import { useQuery } from 'urql';
import { ErrorState, LoadingState } from '../../../shared/components/PageState';
import { errorMessage } from '../../../shared/graphql-errors';
import { useRefreshViewer } from '../../auth/hooks/viewer';
import { AccountQuery } from '../graphql/account.graphql';
import { ChangePasswordForm } from './ChangePasswordForm';
import { TwoFactorSection } from './TwoFactorSection';
import './account.css';
import { DocumentTitle } from '../../../shared/components/DocumentTitle';

/** The signed-in member's own account: password and two-factor sign-in. */
export function AccountPage() {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: AccountQuery });
  const refreshViewer = useRefreshViewer();
  const reload = useCallback(() => {
    reexecute({ requestPolicy: 'network-only' });
    // The rest of the portal opens once a required second factor is on.
    refreshViewer();
  }, [reexecute, refreshViewer]);

  if (!data) {
    if (fetching || !error) return <LoadingState label="Loading your account…" />;
    return <ErrorState title="We could not load your account" message={errorMessage(error)} onRetry={reload} />;
  }
  const { member, organization } = data.me;
  return (
    <div className="account-page">
      <DocumentTitle title="Your account · Candor" />
      <h1 className="page-title">Your account</h1>
      <p className="muted">
        {member.name} · {member.email}
      </p>
      {organization.requireTwoFactor && !member.twoFactorEnabled && (
        <p role="alert" className="alert alert--error">
          Your organization requires two-factor sign-in. Set it up below to continue using Candor.
        </p>
      )}
      <div className="account-layout">
        <TwoFactorSection enabled={member.twoFactorEnabled} required={organization.requireTwoFactor} onChanged={reload} />
        <ChangePasswordForm hasSecondFactor={member.twoFactorEnabled} />
      </div>
    </div>
  );
}

export default AccountPage;
