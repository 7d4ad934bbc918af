import { useCallback } from 'react';
import { useQuery } from 'urql';
import { roleAllows } from '@candor/domain';
import { ErrorState, LoadingState } from '../../../shared/components/PageState';
import { errorMessage } from '../../../shared/graphql-errors';
import { SettingsQuery } from '../graphql/settings.graphql';
import { AuditLogSection } from './AuditLogSection';
import { BrandingSection } from './BrandingSection';
import { MembersSection } from './MembersSection';
import { OrganizationForm } from './OrganizationForm';
import { PromiseSettingsSection } from './PromiseSettingsSection';
import { StepReminderSection } from './StepReminderSection';
import './settings.css';
import { DocumentTitle } from '../../../shared/components/DocumentTitle';

/** The organization's settings, its team and (for admins) its audit log. */
export function SettingsPage() {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: SettingsQuery });
  const retry = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);

  if (!data) {
    if (fetching || !error) return <LoadingState label="Loading settings…" />;
    return <ErrorState title="We could not load the settings" message={errorMessage(error)} onRetry={retry} />;
  }
  const { member, organization } = data.me;

  return (
    <div className="settings-page">
      <DocumentTitle title="Settings · Candor" />
      <h1 className="page-title">Settings</h1>
      <div className="settings-layout">
        <OrganizationForm
          key={organization.id}
          organization={organization}
          canManage={roleAllows(member.role, 'organization:manage')}
        />
        <PromiseSettingsSection
          key={`promises-${organization.id}`}
          organization={organization}
          canManage={roleAllows(member.role, 'organization:manage')}
        />
        <StepReminderSection
          key={`reminders-${organization.id}`}
          organization={organization}
          canManage={roleAllows(member.role, 'organization:manage')}
        />
        <BrandingSection organization={organization} canManage={roleAllows(member.role, 'organization:manage')} />
        <MembersSection
          canInvite={roleAllows(member.role, 'members:invite')}
          canManageRoles={roleAllows(member.role, 'members:manage')}
          viewerId={member.id}
        />
        {roleAllows(member.role, 'audit:read') && <AuditLogSection />}
      </div>
    </div>
  );
}

export default SettingsPage;
