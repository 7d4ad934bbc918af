// Shared by the settings specs: the Settings query's answer and the page against a fake API.
import { type Resolvers } from '../../../test-support/mock-graphql';
import { renderPage } from '../../templates/__tests__/render-page';
import SettingsPage from '../components/SettingsPage';

export function settings(role = 'ADMIN', organization: Record<string, unknown> = {}) {
  return {
    data: {
      me: {
        __typename: 'Viewer',
        member: { __typename: 'Member', id: 'm1', role },
        organization: {
          __typename: 'Organization',
          id: 'o1',
          name: 'Analytical Engines Ltd',
          timeZone: 'Europe/London',
          quietHoursStart: null,
          quietHoursEnd: null,
          statusLinkExpiryDays: 90,
          replyTo: null,
          requireTwoFactor: false,
          logoUrl: null,
          accentColor: null,
          promiseExtensionTime: '16:00',
          holidays: [],
          showPromiseRecord: false,
          stepReminderHours: 24,
          ...organization,
        },
      },
    },
  };
}

export const MEMBERS = {
  data: {
    members: [
      { __typename: 'Member', id: 'm1', name: 'Ada Lovelace', email: 'ada@example.com', role: 'ADMIN', deactivatedAt: null, twoFactorEnabled: true },
      { __typename: 'Member', id: 'm2', name: 'Charles Babbage', email: 'charles@example.com', role: 'HIRING_MANAGER', deactivatedAt: null, twoFactorEnabled: false },
    ],
  },
};

export function renderSettings(resolvers: Resolvers = {}, role = 'ADMIN', organization: Record<string, unknown> = {}) {
  return renderPage('/settings', '/settings', <SettingsPage />, {
    Settings: () => settings(role, organization),
    Members: () => MEMBERS,
    Invites: () => ({ data: { invites: [] } }),
    AuditLog: () => ({ data: { auditLog: [] } }),
    ...resolvers,
  });
}
