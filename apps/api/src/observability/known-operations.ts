import { GraphQLSchema } from 'graphql';

/**
 * The portal's operation names (apps/portal/src/generated/gql.ts). A test keeps this list equal
 * to the portal's documents, so a new portal operation gets its own metrics series.
 */
export const PORTAL_OPERATIONS: readonly string[] = [
  'AcceptInvite', 'AddCandidate', 'AddNextStep', 'AddStage', 'BeginTwoFactorSetup', 'BulkMoveCandidates', 'CancelNextStep',
  'ChangeMemberRole', 'ChangePassword', 'CheckIn', 'ClearEmailUndeliverable', 'CloseJob', 'CompleteNextStep', 'ConfirmTwoFactorSetup', 'CreateJob',
  'DeactivateMember', 'DisableTwoFactor', 'InviteMember', 'LogIn', 'LogOut', 'MoveCandidate', 'ReactivateMember',
  'RegenerateRecoveryCodes', 'RemoveMember', 'ReplyToCheckIn', 'RemoveOrganizationLogo', 'RemoveStage', 'ReopenJob', 'ReorderNextSteps',
  'ReorderStages', 'RequestPasswordReset', 'ResetEmailTemplate', 'ResetPassword', 'RespondToRequest', 'RetryEmail',
  'RevokeInvite', 'RotateStatusLink', 'SignUp', 'UpdateAccentColor', 'UpdateCandidateEmail', 'UpdateEmailTemplate', 'UpdateJob', 'UpdateJobContact',
  'UpdateNextStep', 'UpdateOrganization', 'UpdateOrganizationEmailTemplate', 'ResetOrganizationEmailTemplate', 'UpdatePromise', 'UpdatePromiseSettings', 'UpdateStepReminderSettings', 'UpdateStage', 'UploadOrganizationLogo', 'Account', 'AuditLog',
  'Board', 'Candidate', 'CandidateStatus', 'EmailTemplate', 'Invites', 'JobFunnel', 'JobSettings', 'Jobs',
  'Mailbox', 'Me', 'Members', 'NeedsAttention', 'OrganizationEmailPreview', 'OrganizationEmailTemplate', 'PreviewStageEmail', 'PromiseStats', 'Settings', 'TemplatePreview', 'TemplatesJob',
];

/** Metrics label of an operation whose name is unknown or absent. */
export const OTHER_OPERATION = 'other';

/**
 * The operation names metrics label by, a set bounded by Candor's own code: the portal's, and
 * every query and mutation of the schema as its field name (`moveCandidate`) and capitalized
 * (`MoveCandidate`), the names other clients are likely to give.
 */
export function knownOperationNames(schema: GraphQLSchema): Set<string> {
  const fields = [schema.getQueryType(), schema.getMutationType()].flatMap((type) => (type ? Object.keys(type.getFields()) : []));
  return new Set([...PORTAL_OPERATIONS, ...fields, ...fields.map((name) => name.charAt(0).toUpperCase() + name.slice(1))]);
}
