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
        replyTo
        requireTwoFactor
        logoUrl
        accentColor
        promiseExtensionTime
        holidays
        showPromiseRecord
        stepReminderHours
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
      deactivatedAt
      twoFactorEnabled
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
      replyTo
      requireTwoFactor
    }
  }
`);

/** The promise settings: when Candor extends pre-approved promises, the days business days skip, the public record. */
export const UpdatePromiseSettingsMutation = graphql(`
  mutation UpdatePromiseSettings($input: UpdateOrganizationInput!) {
    updateOrganization(input: $input) {
      id
      promiseExtensionTime
      holidays
      showPromiseRecord
    }
  }
`);

/** Reminders to candidates before their steps: how many hours before, or none (null). */
export const UpdateStepReminderSettingsMutation = graphql(`
  mutation UpdateStepReminderSettings($input: UpdateOrganizationInput!) {
    updateOrganization(input: $input) {
      id
      stepReminderHours
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

/** An admin turns a member's account off (sessions end at once) or on again, or removes it for good. */
export const DeactivateMemberMutation = graphql(`
  mutation DeactivateMember($memberId: ID!) {
    deactivateMember(memberId: $memberId) {
      id
      deactivatedAt
    }
  }
`);

export const ReactivateMemberMutation = graphql(`
  mutation ReactivateMember($memberId: ID!) {
    reactivateMember(memberId: $memberId) {
      id
      deactivatedAt
    }
  }
`);

export const RemoveMemberMutation = graphql(`
  mutation RemoveMember($memberId: ID!) {
    removeMember(memberId: $memberId) {
      id
      removedAt
    }
  }
`);

export const InvitesQuery = graphql(`
  query Invites {
    invites {
      id
      email
      role
      expiresAt
      invitedByName
    }
  }
`);

export const RevokeInviteMutation = graphql(`
  mutation RevokeInvite($inviteId: ID!) {
    revokeInvite(inviteId: $inviteId) {
      id
      revokedAt
    }
  }
`);

export const AuditLogQuery = graphql(`
  query AuditLog {
    auditLog(limit: 100) {
      id
      action
      actorName
      targetType
      targetName
      details {
        key
        value
      }
      at
    }
  }
`);

/** An admin replaces the logo candidates see on their status page (the file as base64). */
export const UploadOrganizationLogoMutation = graphql(`
  mutation UploadOrganizationLogo($input: UploadOrganizationLogoInput!) {
    uploadOrganizationLogo(input: $input) {
      id
      logoUrl
    }
  }
`);

export const RemoveOrganizationLogoMutation = graphql(`
  mutation RemoveOrganizationLogo {
    removeOrganizationLogo {
      id
      logoUrl
    }
  }
`);

/** The status page's accent colour alone (null removes it); the API checks its contrast. */
export const UpdateAccentColorMutation = graphql(`
  mutation UpdateAccentColor($accentColor: String) {
    updateOrganization(input: { accentColor: $accentColor }) {
      id
      accentColor
    }
  }
`);
