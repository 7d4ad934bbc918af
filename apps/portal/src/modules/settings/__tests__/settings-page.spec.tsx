import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { apiError } from '../../../test-support/mock-graphql';
import { MEMBERS, renderSettings, settings } from './settings-fixtures';

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
        replyTo: null,
        requireTwoFactor: false,
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

  it('sends a Reply-To address when one is given, and none when the field is emptied', async () => {
    const api = renderSettings({
      UpdateOrganization: (variables) => ({ data: { updateOrganization: { ...settings().data.me.organization, ...(variables.input as Record<string, unknown>) } } }),
    });
    const field = await screen.findByLabelText('Reply-To address for candidate emails');
    expect(field).toHaveAccessibleDescription(/shared inbox/);
    fireEvent.change(field, { target: { value: ' hiring@engines.example ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Settings saved.');
    fireEvent.change(field, { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(api.called('UpdateOrganization')).toHaveLength(2));
    expect(api.called('UpdateOrganization').map((c) => (c.variables.input as { replyTo: unknown }).replyTo)).toEqual(['hiring@engines.example', null]);
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

  it('lets an admin deactivate a member, and remove one only after asking again', async () => {
    let removed = false;
    let deactivatedAt: string | null = null;
    const api = renderSettings({
      Members: () => ({
        data: { members: removed ? MEMBERS.data.members.slice(0, 1) : [MEMBERS.data.members[0], { ...MEMBERS.data.members[1], deactivatedAt }] },
      }),
      DeactivateMember: () => {
        deactivatedAt = '2026-11-29T10:00:00Z';
        return { data: { deactivateMember: { __typename: 'Member', id: 'm2', deactivatedAt } } };
      },
      RemoveMember: () => {
        removed = true;
        return { data: { removeMember: { __typename: 'Member', id: 'm2', removedAt: '2026-11-29T10:00:00Z' } } };
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Deactivate Charles Babbage' }));
    await screen.findByRole('button', { name: 'Reactivate Charles Babbage' });
    expect(api.called('DeactivateMember')[0].variables).toEqual({ memberId: 'm2' });
    // Nobody deactivates or removes themselves from this list.
    expect(screen.queryByRole('button', { name: 'Remove Ada Lovelace' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Remove Charles Babbage' }));
    expect(api.called('RemoveMember')).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Remove Charles Babbage for good' }));
    await waitFor(() => expect(screen.queryByText('Charles Babbage')).toBeNull());
    expect(api.called('RemoveMember')[0].variables).toEqual({ memberId: 'm2' });
  });

  it("shows the API's reason when the last admin cannot be deactivated", async () => {
    renderSettings({
      Members: () => ({ data: { members: [{ ...MEMBERS.data.members[0], id: 'm9', name: 'Other Admin', role: 'ADMIN' }] } }),
      DeactivateMember: () =>
        apiError('BAD_USER_INPUT', 'Invalid input: memberId The organization needs at least one active admin.', {
          fields: [{ field: 'memberId', message: 'The organization needs at least one active admin: make another member an admin first.' }],
        }),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Deactivate Other Admin' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/at least one active admin/);
  });

  it('lists pending invitations and revokes one', async () => {
    let revoked = false;
    const api = renderSettings({
      Invites: () => ({
        data: {
          invites: revoked
            ? []
            : [{ __typename: 'Invite', id: 'i7', email: 'grace@example.com', role: 'RECRUITER', expiresAt: '2026-12-06T10:00:00Z', invitedByName: 'Ada Lovelace' }],
        },
      }),
      RevokeInvite: () => {
        revoked = true;
        return { data: { revokeInvite: { __typename: 'Invite', id: 'i7', revokedAt: '2026-11-29T10:00:00Z' } } };
      },
    });
    const pending = await screen.findByRole('list', { name: 'Pending invitations' });
    expect(within(pending).getByText('grace@example.com')).toBeInTheDocument();
    fireEvent.click(within(pending).getByRole('button', { name: 'Revoke the invitation of grace@example.com' }));
    expect(await screen.findByText('No invitations are waiting.')).toBeInTheDocument();
    expect(api.called('RevokeInvite')[0].variables).toEqual({ inviteId: 'i7' });
  });

  it('shows admins the audit log in words, and hides it from others', async () => {
    renderSettings({
      AuditLog: () => ({
        data: {
          auditLog: [
            {
              __typename: 'AuditEvent',
              id: 'a1',
              action: 'MEMBER_ROLE_CHANGED',
              actorName: 'Ada Lovelace',
              targetType: 'MEMBER',
              targetName: 'Charles Babbage',
              details: [
                { __typename: 'AuditDetail', key: 'from', value: 'RECRUITER' },
                { __typename: 'AuditDetail', key: 'to', value: 'HIRING_MANAGER' },
              ],
              at: '2026-11-29T10:00:00Z',
            },
          ],
        },
      }),
    });
    const log = await screen.findByRole('list', { name: 'Audit log' });
    expect(log).toHaveTextContent('Ada Lovelace changed the role of Charles Babbage from recruiter to hiring manager');
  });

  it('keeps member controls, invitations and the audit log from a recruiter', async () => {
    const api = renderSettings({}, 'RECRUITER');
    await screen.findByText('Charles Babbage');
    expect(screen.queryByRole('button', { name: /Deactivate/ })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Audit log' })).toBeNull();
    expect(api.called('AuditLog')).toHaveLength(0);
    expect(api.called('Invites')).toHaveLength(0);
  });
});
