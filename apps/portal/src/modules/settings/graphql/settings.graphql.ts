import { graphql } from '../../../generated';

/** The signed-in member's role and every setting of their organization. */
export const SettingsQuery = graphql(`
  query Settings {
    me {
      member {
        id
        role
      }
      organization {
        id
        name
        timeZone
        quietHoursStart
        quietHoursEnd
        statusLinkExpiryDays
      }
    }
  }
`);

export const MembersQuery = graphql(`
  query Members {
    members {
      id
      name
      email
      role
    }
  }
`);

export const UpdateOrganizationMutation = graphql(`
  mutation UpdateOrganization($input: UpdateOrganizationInput!) {
    updateOrganization(input: $input) {
      id
      name
      timeZone
      quietHoursStart
      quietHoursEnd
      statusLinkExpiryDays
    }
  }
`);

export const InviteMemberMutation = graphql(`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      id
      email
      role
      expiresAt
      inviteUrl
    }
  }
`);

/** An admin changes a member's role; the API keeps at least one admin. */
export const ChangeMemberRoleMutation = graphql(`
  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {
    changeMemberRole(input: $input) {
      id
      role
    }
  }
`);
