import { fireEvent, screen, within } from '@testing-library/react';
import { apiError, type Resolvers } from '../../../test-support/mock-graphql';
import { renderPage } from '../../templates/__tests__/render-page';
import SettingsPage from '../components/SettingsPage';

function settings(role = 'ADMIN') {
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
        },
      },
    },
  };
}

const MEMBERS = {
  data: {
    members: [
      { __typename: 'Member', id: 'm1', name: 'Ada Lovelace', email: 'ada@example.com', role: 'ADMIN' },
      { __typename: 'Member', id: 'm2', name: 'Charles Babbage', email: 'charles@example.com', role: 'HIRING_MANAGER' },
    ],
  },
};

function renderSettings(resolvers: Resolvers = {}, role = 'ADMIN') {
  return renderPage('/settings', '/settings', <SettingsPage />, {
    Settings: () => settings(role),
    Members: () => MEMBERS,
    ...resolvers,
  });
}

describe('settings page', () => {
  it('lists the team and sends an invitation, showing the dev-mailbox link', async () => {
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.assign(navigator, { clipboard: { writeText } });
    const api = renderSettings({
      InviteMember: (variables) => {
        const input = variables.input as { email: string; role: string };
        return {
          data: {
            inviteMember: {
              __typename: 'Invite',
              id: 'i1',
              email: input.email,
              role: input.role,
              expiresAt: '2026-12-02T10:00:00Z',
              inviteUrl: 'http://localhost:4200/invite#secret-invite-token',
            },
          },
        };
      },
    });

    expect(await screen.findByText('Charles Babbage')).toBeInTheDocument();
    const team = screen.getByRole('list', { name: 'Team' });
    expect(within(team).getByLabelText('Role of Charles Babbage')).toHaveValue('HIRING_MANAGER');
    fireEvent.change(screen.getByLabelText('Email'), { target: { value: 'grace@example.com' } });
    fireEvent.change(screen.getByLabelText('Role'), { target: { value: 'HIRING_MANAGER' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send invitation' }));

    const status = await screen.findByText(/Invitation sent to grace@example\.com\./);
    expect(status).toBeInTheDocument();
    expect(api.called('InviteMember')[0].variables).toEqual({
      input: { email: 'grace@example.com', role: 'HIRING_MANAGER' },
    });
    expect(screen.getByLabelText('Invite link')).toHaveValue('http://localhost:4200/invite#secret-invite-token');
    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await screen.findByText('Link copied.')).toBeInTheDocument();
    expect(writeText).toHaveBeenCalledWith('http://localhost:4200/invite#secret-invite-token');
  });

  it('shows a quiet-hours error from the API next to the field', async () => {
    const api = renderSettings({
      UpdateOrganization: () =>
        apiError('BAD_USER_INPUT', 'Invalid input: quietHoursEnd must be a time of day as HH:MM.', {
          fields: [{ field: 'quietHoursEnd', message: 'must be a time of day as HH:MM' }],
        }),
    });

    fireEvent.change(await screen.findByLabelText('Quiet hours start'), { target: { value: '22:00' } });
    fireEvent.change(screen.getByLabelText('Quiet hours end'), { target: { value: '07:00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));

    const end = screen.getByLabelText('Quiet hours end');
    expect(await screen.findByText('Quiet hours end must be a time of day as HH:MM.')).toBeInTheDocument();
    expect(end).toHaveAttribute('aria-invalid', 'true');
    expect(end).toHaveAccessibleDescription('Quiet hours end must be a time of day as HH:MM.');
    expect(screen.getByLabelText('Quiet hours start')).not.toHaveAttribute('aria-invalid');
    expect(api.called('UpdateOrganization')[0].variables).toEqual({
      input: {
        name: 'Analytical Engines Ltd',
        timeZone: 'Europe/London',
        quietHoursStart: '22:00',
        quietHoursEnd: '07:00',
        statusLinkExpiryDays: 90,
      },
    });
  });

  it('asks for both ends of quiet hours before saving', async () => {
    const api = renderSettings();

    fireEvent.change(await screen.findByLabelText('Quiet hours start'), { target: { value: '22:00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(await screen.findByText(/Give both a start and an end/)).toBeInTheDocument();
    expect(screen.getByLabelText('Quiet hours end')).toHaveAttribute('aria-invalid', 'true');
    expect(api.called('UpdateOrganization')).toHaveLength(0);
  });

  it('saves the settings and says so', async () => {
    renderSettings({
      UpdateOrganization: (variables) => ({
        data: {
          updateOrganization: {
            ...settings().data.me.organization,
            ...(variables.input as Record<string, unknown>),
          },
        },
      }),
    });

    fireEvent.change(await screen.findByLabelText('Organization name'), { target: { value: 'Engines & Co' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(await screen.findByText('Settings saved.')).toBeInTheDocument();
  });

  it('shows the settings read-only, without the invite form, to members who are not admins', async () => {
    renderSettings({}, 'RECRUITER');

    const organization = await screen.findByRole('region', { name: 'Organization' });
    expect(within(organization).getByText('Off')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save settings' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Send invitation' })).not.toBeInTheDocument();
    const team = await screen.findByRole('list', { name: 'Team' });
    expect(within(team).getByText('Hiring manager')).toBeInTheDocument();
    expect(within(team).queryByRole('combobox')).not.toBeInTheDocument();
  });

  it("lets an admin change a member's role, and says so", async () => {
    // The fake API keeps the change, as the real one does when the list is fetched again.
    let charlesRole = 'HIRING_MANAGER';
    const api = renderSettings({
      Members: () => ({
        data: { members: [MEMBERS.data.members[0], { ...MEMBERS.data.members[1], role: charlesRole }] },
      }),
      ChangeMemberRole: (variables) => {
        const input = variables.input as { memberId: string; role: string };
        charlesRole = input.role;
        return { data: { changeMemberRole: { __typename: 'Member', id: input.memberId, role: input.role } } };
      },
    });

    const select = await screen.findByLabelText('Role of Charles Babbage');
    fireEvent.change(select, { target: { value: 'RECRUITER' } });

    expect(await screen.findByText('Charles Babbage is now recruiter.')).toHaveAttribute('role', 'status');
    expect(api.called('ChangeMemberRole')[0].variables).toEqual({ input: { memberId: 'm2', role: 'RECRUITER' } });
    expect(screen.getByLabelText('Role of Charles Babbage')).toHaveValue('RECRUITER');
  });

  it("shows the API's reason next to the role when the last admin tries to step down, keeping the role", async () => {
    renderSettings({
      ChangeMemberRole: () =>
        apiError('BAD_USER_INPUT', 'Invalid input.', {
          fields: [{ field: 'role', message: 'The organization needs at least one admin: make another member an admin first.' }],
        }),
    });

    const select = await screen.findByLabelText('Role of Ada Lovelace');
    fireEvent.change(select, { target: { value: 'RECRUITER' } });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('at least one admin');
    expect(screen.getByLabelText('Role of Ada Lovelace')).toHaveValue('ADMIN');
    expect(screen.getByLabelText('Role of Ada Lovelace')).toHaveAttribute('aria-invalid', 'true');
  });
});
