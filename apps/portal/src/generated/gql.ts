/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Account {\n    me {\n      member {\n        id\n        name\n        email\n        role\n        twoFactorEnabled\n      }\n      organization {\n        id\n        requireTwoFactor\n      }\n    }\n  }\n": typeof types.AccountDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation BeginTwoFactorSetup {\n    beginTwoFactorSetup {\n      secret\n      uri\n      qrCode\n    }\n  }\n": typeof types.BeginTwoFactorSetupDocument,
    "\n  mutation ConfirmTwoFactorSetup($input: TwoFactorCodeInput!) {\n    confirmTwoFactorSetup(input: $input)\n  }\n": typeof types.ConfirmTwoFactorSetupDocument,
    "\n  mutation RegenerateRecoveryCodes($input: TwoFactorCodeInput!) {\n    regenerateRecoveryCodes(input: $input)\n  }\n": typeof types.RegenerateRecoveryCodesDocument,
    "\n  mutation DisableTwoFactor($input: DisableTwoFactorInput!) {\n    disableTwoFactor(input: $input)\n  }\n": typeof types.DisableTwoFactorDocument,
    "\n  query NeedsAttention {\n    needsAttention {\n      reason\n      dueOn\n      dueAt\n      receivedAt\n      candidate {\n        id\n        name\n        version\n        expectedResponseBy\n        promiseState\n        emailUndeliverable {\n          kind\n        }\n        job {\n          id\n          title\n        }\n      }\n      checkIn {\n        id\n        message\n      }\n      nextStep {\n        id\n        title\n        startsAt\n        dueAt\n      }\n    }\n  }\n": typeof types.NeedsAttentionDocument,
    "\n  mutation AcceptInvite($input: AcceptInviteInput!) {\n    acceptInvite(input: $input) {\n      expiresAt\n    }\n  }\n": typeof types.AcceptInviteDocument,
    "\n  query Me {\n    me {\n      member {\n        id\n        name\n        email\n        role\n        twoFactorEnabled\n      }\n      organization {\n        id\n        name\n        timeZone\n        requireTwoFactor\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      expiresAt\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      expiresAt\n    }\n  }\n": typeof types.LogInDocument,
    "\n  mutation LogOut {\n    logOut\n  }\n": typeof types.LogOutDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  query Board($id: ID!) {\n    job(id: $id) {\n      id\n      title\n      status\n      stages {\n        id\n        name\n        kind\n        position\n        candidateLabel\n        defaultResponseDays\n        notifyCandidates\n        emailDelayMinutes\n        typicalDaysToUpdate\n      }\n      candidates {\n        id\n        name\n        version\n        stageEnteredAt\n        expectedResponseBy\n        promiseState\n        unsubscribedAt\n        stage {\n          id\n        }\n        nextSteps {\n          id\n          kind\n          title\n          startsAt\n          dueAt\n          durationMinutes\n          state\n          requestsResponse\n        }\n      }\n    }\n  }\n": typeof types.BoardDocument,
    "\n  query PreviewStageEmail($input: PreviewStageEmailInput!) {\n    previewStageEmail(input: $input) {\n      subject\n      text\n    }\n  }\n": typeof types.PreviewStageEmailDocument,
    "\n  mutation MoveCandidate($input: MoveCandidateInput!) {\n    moveCandidate(input: $input) {\n      id\n      version\n      stageEnteredAt\n      expectedResponseBy\n      promiseState\n      stage {\n        id\n      }\n    }\n  }\n": typeof types.MoveCandidateDocument,
    "\n  mutation BulkMoveCandidates($input: BulkMoveCandidatesInput!) {\n    bulkMoveCandidates(input: $input) {\n      moved {\n        id\n        version\n        stage {\n          id\n        }\n      }\n      failures {\n        candidateId\n        code\n        message\n      }\n    }\n  }\n": typeof types.BulkMoveCandidatesDocument,
    "\n  mutation AddCandidate($input: AddCandidateInput!) {\n    addCandidate(input: $input) {\n      id\n      name\n      stage {\n        id\n      }\n    }\n  }\n": typeof types.AddCandidateDocument,
    "\n  query Candidate($id: ID!) {\n    candidate(id: $id) {\n      id\n      name\n      email\n      version\n      expectedResponseBy\n      promiseState\n      stageEnteredAt\n      archivedAt\n      unsubscribedAt\n      outcomePendingUntil\n      statusUrl\n      emailUndeliverable {\n        kind\n        reason\n        reportedAt\n      }\n      job {\n        id\n        title\n      }\n      stage {\n        id\n        name\n        typicalDaysToUpdate\n      }\n      promises {\n        id\n        expectedResponseBy\n        outcome\n        stageName\n        automatic\n        reason\n        daysLate\n        fallbackExtensionDays\n        madeBy {\n          id\n          name\n        }\n      }\n      nextSteps {\n        id\n        kind\n        title\n        startsAt\n        dueAt\n        durationMinutes\n        location\n        meetingUrl\n        instructions\n        visibleToCandidate\n        requestsResponse\n        state\n        position\n      }\n      timeline {\n        id\n        type\n        at\n        actorName\n        summary\n      }\n      emails {\n        id\n        kind\n        to\n        subject\n        status\n        sendAfter\n        sentAt\n        attempts\n        lastError\n      }\n      checkIns {\n        id\n        promisedDate\n        message\n        createdAt\n        reply {\n          message\n          sentAt\n          newExpectedResponseBy\n        }\n      }\n      responses {\n        id\n        nextStepId\n        message\n        links\n        createdAt\n      }\n    }\n  }\n": typeof types.CandidateDocument,
    "\n  mutation UpdatePromise($input: UpdateCandidateInput!) {\n    updateCandidate(input: $input) {\n      id\n      version\n      expectedResponseBy\n      promiseState\n    }\n  }\n": typeof types.UpdatePromiseDocument,
    "\n  mutation AddNextStep($input: AddNextStepInput!) {\n    addNextStep(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.AddNextStepDocument,
    "\n  mutation UpdateNextStep($input: UpdateNextStepInput!) {\n    updateNextStep(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.UpdateNextStepDocument,
    "\n  mutation CompleteNextStep($stepId: ID!) {\n    completeNextStep(stepId: $stepId) {\n      id\n      state\n    }\n  }\n": typeof types.CompleteNextStepDocument,
    "\n  mutation CancelNextStep($stepId: ID!) {\n    cancelNextStep(stepId: $stepId) {\n      id\n      state\n    }\n  }\n": typeof types.CancelNextStepDocument,
    "\n  mutation ReorderNextSteps($input: ReorderNextStepsInput!) {\n    reorderNextSteps(input: $input) {\n      id\n      position\n    }\n  }\n": typeof types.ReorderNextStepsDocument,
    "\n  mutation RotateStatusLink($candidateId: ID!) {\n    rotateStatusLink(candidateId: $candidateId) {\n      id\n      version\n      statusUrl\n    }\n  }\n": typeof types.RotateStatusLinkDocument,
    "\n  mutation RetryEmail($emailId: ID!) {\n    retryEmail(emailId: $emailId) {\n      id\n      status\n      attempts\n      lastError\n    }\n  }\n": typeof types.RetryEmailDocument,
    "\n  mutation ClearEmailUndeliverable($candidateId: ID!) {\n    clearEmailUndeliverable(candidateId: $candidateId) {\n      id\n      emailUndeliverable {\n        kind\n      }\n    }\n  }\n": typeof types.ClearEmailUndeliverableDocument,
    "\n  mutation UpdateCandidateEmail($input: UpdateCandidateInput!) {\n    updateCandidate(input: $input) {\n      id\n      email\n      version\n    }\n  }\n": typeof types.UpdateCandidateEmailDocument,
    "\n  mutation ReplyToCheckIn($input: ReplyToCheckInInput!) {\n    replyToCheckIn(input: $input) {\n      id\n      reply {\n        message\n        sentAt\n        newExpectedResponseBy\n      }\n    }\n  }\n": typeof types.ReplyToCheckInDocument,
    "\n  query JobFunnel($id: ID!) {\n    job(id: $id) {\n      id\n      title\n      funnel {\n        stage {\n          id\n          name\n        }\n        reached\n        current\n        medianDaysInStage\n        finishedStays\n      }\n    }\n  }\n": typeof types.JobFunnelDocument,
    "\n  query JobSettings($id: ID!) {\n    job(id: $id) {\n      id\n      title\n      status\n      contact {\n        name\n        email\n      }\n      stages {\n        ...SettingsStage\n      }\n      candidates {\n        id\n        stage {\n          id\n          kind\n        }\n      }\n    }\n  }\n": typeof types.JobSettingsDocument,
    "\n  fragment SettingsStage on Stage {\n    id\n    name\n    kind\n    position\n    candidateLabel\n    candidateDescription\n    visibleToCandidates\n    notifyCandidates\n    defaultResponseDays\n    emailDelayMinutes\n  }\n": typeof types.SettingsStageFragmentDoc,
    "\n  mutation UpdateJob($input: UpdateJobInput!) {\n    updateJob(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.UpdateJobDocument,
    "\n  mutation CloseJob($jobId: ID!, $finalStageId: ID) {\n    closeJob(jobId: $jobId, finalStageId: $finalStageId) {\n      id\n      status\n      closedAt\n    }\n  }\n": typeof types.CloseJobDocument,
    "\n  mutation ReopenJob($jobId: ID!) {\n    reopenJob(jobId: $jobId) {\n      id\n      status\n      closedAt\n    }\n  }\n": typeof types.ReopenJobDocument,
    "\n  mutation UpdateStage($input: UpdateStageInput!) {\n    updateStage(input: $input) {\n      ...SettingsStage\n    }\n  }\n": typeof types.UpdateStageDocument,
    "\n  mutation ReorderStages($input: ReorderStagesInput!) {\n    reorderStages(input: $input) {\n      id\n      stages {\n        id\n        position\n      }\n    }\n  }\n": typeof types.ReorderStagesDocument,
    "\n  mutation RemoveStage($stageId: ID!) {\n    removeStage(stageId: $stageId) {\n      id\n      stages {\n        id\n        position\n      }\n    }\n  }\n": typeof types.RemoveStageDocument,
    "\n  mutation AddStage($input: AddStageInput!) {\n    addStage(input: $input) {\n      ...SettingsStage\n    }\n  }\n": typeof types.AddStageDocument,
    "\n  mutation UpdateJobContact($input: UpdateJobInput!) {\n    updateJob(input: $input) {\n      id\n      contact {\n        name\n        email\n      }\n    }\n  }\n": typeof types.UpdateJobContactDocument,
    "\n  query Jobs {\n    jobs {\n      id\n      title\n      status\n      createdAt\n      stages {\n        id\n        name\n        kind\n        position\n      }\n      summary {\n        candidates\n        overdue\n        stages {\n          stageId\n          count\n        }\n      }\n    }\n  }\n": typeof types.JobsDocument,
    "\n  mutation CreateJob($input: CreateJobInput!) {\n    createJob(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.CreateJobDocument,
    "\n  query Mailbox {\n    mailTransport\n    mailbox(limit: 50) {\n      id\n      kind\n      to\n      subject\n      status\n      createdAt\n      sentAt\n      text\n    }\n  }\n": typeof types.MailboxDocument,
    "\n  query PromiseStats($from: DateTime!, $to: DateTime!, $jobId: ID) {\n    promiseStats(from: $from, to: $to, jobId: $jobId) {\n      from\n      to\n      made\n      ended\n      kept\n      extended\n      broken\n      keptPercent\n      extendedPercent\n      medianDaysLate\n      byJob {\n        jobId\n        jobTitle\n        made\n        ended\n        kept\n        extended\n        broken\n        keptPercent\n        extendedPercent\n        medianDaysLate\n      }\n      byMember {\n        memberId\n        memberName\n        made\n        ended\n        kept\n        extended\n        broken\n        keptPercent\n        extendedPercent\n        medianDaysLate\n      }\n    }\n  }\n": typeof types.PromiseStatsDocument,
    "\n  query Settings {\n    me {\n      member {\n        id\n        role\n      }\n      organization {\n        id\n        name\n        timeZone\n        quietHoursStart\n        quietHoursEnd\n        statusLinkExpiryDays\n        replyTo\n        requireTwoFactor\n        logoUrl\n        accentColor\n        promiseExtensionTime\n        holidays\n        showPromiseRecord\n        stepReminderHours\n      }\n    }\n  }\n": typeof types.SettingsDocument,
    "\n  query Members {\n    members {\n      id\n      name\n      email\n      role\n      deactivatedAt\n      twoFactorEnabled\n    }\n  }\n": typeof types.MembersDocument,
    "\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      id\n      name\n      timeZone\n      quietHoursStart\n      quietHoursEnd\n      statusLinkExpiryDays\n      replyTo\n      requireTwoFactor\n    }\n  }\n": typeof types.UpdateOrganizationDocument,
    "\n  mutation UpdatePromiseSettings($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      id\n      promiseExtensionTime\n      holidays\n      showPromiseRecord\n    }\n  }\n": typeof types.UpdatePromiseSettingsDocument,
    "\n  mutation UpdateStepReminderSettings($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      id\n      stepReminderHours\n    }\n  }\n": typeof types.UpdateStepReminderSettingsDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n      expiresAt\n      inviteUrl\n    }\n  }\n": typeof types.InviteMemberDocument,
    "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      role\n    }\n  }\n": typeof types.ChangeMemberRoleDocument,
    "\n  mutation DeactivateMember($memberId: ID!) {\n    deactivateMember(memberId: $memberId) {\n      id\n      deactivatedAt\n    }\n  }\n": typeof types.DeactivateMemberDocument,
    "\n  mutation ReactivateMember($memberId: ID!) {\n    reactivateMember(memberId: $memberId) {\n      id\n      deactivatedAt\n    }\n  }\n": typeof types.ReactivateMemberDocument,
    "\n  mutation RemoveMember($memberId: ID!) {\n    removeMember(memberId: $memberId) {\n      id\n      removedAt\n    }\n  }\n": typeof types.RemoveMemberDocument,
    "\n  query Invites {\n    invites {\n      id\n      email\n      role\n      expiresAt\n      invitedByName\n    }\n  }\n": typeof types.InvitesDocument,
    "\n  mutation RevokeInvite($inviteId: ID!) {\n    revokeInvite(inviteId: $inviteId) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.RevokeInviteDocument,
    "\n  query AuditLog {\n    auditLog(limit: 100) {\n      id\n      action\n      actorName\n      targetType\n      targetName\n      details {\n        key\n        value\n      }\n      at\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  mutation UploadOrganizationLogo($input: UploadOrganizationLogoInput!) {\n    uploadOrganizationLogo(input: $input) {\n      id\n      logoUrl\n    }\n  }\n": typeof types.UploadOrganizationLogoDocument,
    "\n  mutation RemoveOrganizationLogo {\n    removeOrganizationLogo {\n      id\n      logoUrl\n    }\n  }\n": typeof types.RemoveOrganizationLogoDocument,
    "\n  mutation UpdateAccentColor($accentColor: String) {\n    updateOrganization(input: { accentColor: $accentColor }) {\n      id\n      accentColor\n    }\n  }\n": typeof types.UpdateAccentColorDocument,
    "\n  query CandidateStatus($token: String!) {\n    candidateStatus(token: $token) {\n      candidateName\n      organizationName\n      organizationTimeZone\n      jobTitle\n      currentStage {\n        name\n        state\n        description\n      }\n      stages {\n        name\n        state\n        description\n      }\n      nextSteps {\n        id\n        kind\n        kindLabel\n        title\n        startsAt\n        dueAt\n        durationMinutes\n        location\n        meetingUrl\n        instructions\n        done\n        requestsResponse\n        past\n        yourAnswers {\n          sentAt\n          message\n          links\n        }\n      }\n      expectedResponseBy\n      expectedResponseByReason\n      typicalDaysAtStage\n      promiseRecord {\n        days\n        keptPercent\n      }\n      canCheckIn\n      canCheckInFrom\n      checkInState\n      outcome {\n        kind\n        message\n      }\n      greetingName\n      yourCheckIns {\n        sentAt\n        promisedDate\n        message\n        reply {\n          message\n          sentAt\n          newExpectedResponseBy\n        }\n      }\n      linkWorksUntil\n      contact {\n        name\n        email\n      }\n      logoUrl\n      accentColor\n    }\n  }\n": typeof types.CandidateStatusDocument,
    "\n  mutation CheckIn($token: String!, $message: String) {\n    checkIn(token: $token, message: $message) {\n      accepted\n      nextAllowedOn\n    }\n  }\n": typeof types.CheckInDocument,
    "\n  mutation RespondToRequest($input: RespondToRequestInput!) {\n    respondToRequest(input: $input) {\n      accepted\n    }\n  }\n": typeof types.RespondToRequestDocument,
    "\n  query TemplatesJob($id: ID!) {\n    job(id: $id) {\n      id\n      title\n      stages {\n        id\n        name\n        candidateLabel\n        position\n        notifyCandidates\n      }\n    }\n  }\n": typeof types.TemplatesJobDocument,
    "\n  query EmailTemplate($stageId: ID!) {\n    emailTemplate(stageId: $stageId) {\n      stageId\n      subject\n      body\n      isDefault\n      placeholders {\n        name\n        description\n      }\n    }\n  }\n": typeof types.EmailTemplateDocument,
    "\n  query TemplatePreview($input: PreviewStageEmailInput!) {\n    previewStageEmail(input: $input) {\n      subject\n      text\n    }\n  }\n": typeof types.TemplatePreviewDocument,
    "\n  mutation UpdateEmailTemplate($input: UpdateEmailTemplateInput!) {\n    updateEmailTemplate(input: $input) {\n      stageId\n      subject\n      body\n      isDefault\n      placeholders {\n        name\n        description\n      }\n    }\n  }\n": typeof types.UpdateEmailTemplateDocument,
    "\n  mutation ResetEmailTemplate($stageId: ID!) {\n    resetEmailTemplate(stageId: $stageId) {\n      stageId\n      subject\n      body\n      isDefault\n      placeholders {\n        name\n        description\n      }\n    }\n  }\n": typeof types.ResetEmailTemplateDocument,
    "\n  query OrganizationEmailTemplate($kind: OrganizationEmailKind!) {\n    organizationEmailTemplate(kind: $kind) {\n      kind\n      subject\n      body\n      isDefault\n      placeholders {\n        name\n        description\n      }\n    }\n  }\n": typeof types.OrganizationEmailTemplateDocument,
    "\n  query OrganizationEmailPreview($input: PreviewOrganizationEmailInput!) {\n    previewOrganizationEmail(input: $input) {\n      subject\n      text\n    }\n  }\n": typeof types.OrganizationEmailPreviewDocument,
    "\n  mutation UpdateOrganizationEmailTemplate($input: UpdateOrganizationEmailTemplateInput!) {\n    updateOrganizationEmailTemplate(input: $input) {\n      kind\n      subject\n      body\n      isDefault\n      placeholders {\n        name\n        description\n      }\n    }\n  }\n": typeof types.UpdateOrganizationEmailTemplateDocument,
    "\n  mutation ResetOrganizationEmailTemplate($kind: OrganizationEmailKind!) {\n    resetOrganizationEmailTemplate(kind: $kind) {\n      kind\n      subject\n      body\n      isDefault\n      placeholders {\n        name\n        description\n      }\n    }\n  }\n": typeof types.ResetOrganizationEmailTemplateDocument,
};
const documents: Documents = {
    "\n  query Account {\n    me {\n      member {\n        id\n        name\n        email\n        role\n        twoFactorEnabled\n      }\n      organization {\n        id\n        requireTwoFactor\n      }\n    }\n  }\n": types.AccountDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation BeginTwoFactorSetup {\n    beginTwoFactorSetup {\n      secret\n      uri\n      qrCode\n    }\n  }\n": types.BeginTwoFactorSetupDocument,
    "\n  mutation ConfirmTwoFactorSetup($input: TwoFactorCodeInput!) {\n    confirmTwoFactorSetup(input: $input)\n  }\n": types.ConfirmTwoFactorSetupDocument,
    "\n  mutation RegenerateRecoveryCodes($input: TwoFactorCodeInput!) {\n    regenerateRecoveryCodes(input: $input)\n  }\n": types.RegenerateRecoveryCodesDocument,
    "\n  mutation DisableTwoFactor($input: DisableTwoFactorInput!) {\n    disableTwoFactor(input: $input)\n  }\n": types.DisableTwoFactorDocument,
    "\n  query NeedsAttention {\n    needsAttention {\n      reason\n      dueOn\n      dueAt\n      receivedAt\n      candidate {\n        id\n        name\n        version\n        expectedResponseBy\n        promiseState\n        emailUndeliverable {\n          kind\n        }\n        job {\n          id\n          title\n        }\n      }\n      checkIn {\n        id\n        message\n      }\n      nextStep {\n        id\n        title\n        startsAt\n        dueAt\n      }\n    }\n  }\n": types.NeedsAttentionDocument,
    "\n  mutation AcceptInvite($input: AcceptInviteInput!) {\n    acceptInvite(input: $input) {\n      expiresAt\n    }\n  }\n": types.AcceptInviteDocument,
    "\n  query Me {\n    me {\n      member {\n        id\n        name\n        email\n        role\n        twoFactorEnabled\n      }\n      organization {\n        id\n        name\n        timeZone\n        requireTwoFactor\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      expiresAt\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      expiresAt\n    }\n  }\n": types.LogInDocument,
    "\n  mutation LogOut {\n    logOut\n  }\n": types.LogOutDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": types.ResetPasswordDocument,
    "\n  query Board($id: ID!) {\n    job(id: $id) {\n      id\n      title\n      status\n      stages {\n        id\n        name\n        kind\n        position\n        candidateLabel\n        defaultResponseDays\n        notifyCandidates\n        emailDelayMinutes\n        typicalDaysToUpdate\n      }\n      candidates {\n        id\n        name\n        version\n        stageEnteredAt\n        expectedResponseBy\n        promiseState\n        unsubscribedAt\n        stage {\n          id\n        }\n        nextSteps {\n          id\n          kind\n          title\n          startsAt\n          dueAt\n          durationMinutes\n          state\n          requestsResponse\n        }\n      }\n    }\n  }\n": types.BoardDocument,
    "\n  query PreviewStageEmail($input: PreviewStageEmailInput!) {\n    previewStageEmail(input: $input) {\n      subject\n      text\n    }\n  }\n": types.PreviewStageEmailDocument,
    "\n  mutation MoveCandidate($input: MoveCandidateInput!) {\n    moveCandidate(input: $input) {\n      id\n      version\n      stageEnteredAt\n      expectedResponseBy\n      promiseState\n      stage {\n        id\n      }\n    }\n  }\n": types.MoveCandidateDocument,
    "\n  mutation BulkMoveCandidates($input: BulkMoveCandidatesInput!) {\n    bulkMoveCandidates(input: $input) {\n      moved {\n        id\n        version\n        stage {\n          id\n        }\n      }\n      failures {\n        candidateId\n        code\n        message\n      }\n    }\n  }\n": types.BulkMoveCandidatesDocument,
    "\n  mutation AddCandidate($input: AddCandidateInput!) {\n    addCandidate(input: $input) {\n      id\n      name\n      stage {\n        id\n      }\n    }\n  }\n": types.AddCandidateDocument,
    "\n  query Candidate($id: ID!) {\n    candidate(id: $id) {\n      id\n      name\n      email\n      version\n      expectedResponseBy\n      promiseState\n      stageEnteredAt\n      archivedAt\n      unsubscribedAt\n      outcomePendingUntil\n      statusUrl\n      emailUndeliverable {\n        kind\n        reason\n        reportedAt\n      }\n      job {\n        id\n        title\n      }\n      stage {\n        id\n        name\n        typicalDaysToUpdate\n      }\n      promises {\n        id\n        expectedResponseBy\n        outcome\n        stageName\n        automatic\n        reason\n        daysLate\n        fallbackExtensionDays\n        madeBy {\n          id\n          name\n        }\n      }\n      nextSteps {\n        id\n        kind\n        title\n        startsAt\n        dueAt\n        durationMinutes\n        location\n        meetingUrl\n        instructions\n        visibleToCandidate\n        requestsResponse\n        state\n        position\n      }\n      timeline {\n        id\n        type\n        at\n        actorName\n        summary\n      }\n      emails {\n        id\n        kind\n        to\n        subject\n        status\n        sendAfter\n        sentAt\n        attempts\n        lastError\n      }\n      checkIns {\n        id\n        promisedDate\n        message\n        createdAt\n        reply {\n          message\n          sentAt\n          newExpectedResponseBy\n        }\n      }\n      responses {\n        id\n        nextStepId\n        message\n        links\n        createdAt\n      }\n    }\n  }\n": types.CandidateDocument,
    "\n  mutation UpdatePromise($input: UpdateCandidateInput!) {\n    updateCandidate(input: $input) {\n      id\n      version\n      expectedResponseBy\n      promiseState\n    }\n  }\n": types.UpdatePromiseDocument,
    "\n  mutation AddNextStep($input: AddNextStepInput!) {\n    addNextStep(input: $input) {\n      id\n      title\n    }\n  }\n": types.AddNextStepDocument,
    "\n  mutation UpdateNextStep($input: UpdateNextStepInput!) {\n    updateNextStep(input: $input) {\n      id\n      title\n    }\n  }\n": types.UpdateNextStepDocument,
    "\n  mutation CompleteNextStep($stepId: ID!) {\n    completeNextStep(stepId: $stepId) {\n      id\n      state\n    }\n  }\n": types.CompleteNextStepDocument,
    "\n  mutation CancelNextStep($stepId: ID!) {\n    cancelNextStep(stepId: $stepId) {\n      id\n      state\n    }\n  }\n": types.CancelNextStepDocument,
    "\n  mutation ReorderNextSteps($input: ReorderNextStepsInput!) {\n    reorderNextSteps(input: $input) {\n      id\n      position\n    }\n  }\n": types.ReorderNextStepsDocument,
    "\n  mutation RotateStatusLink($candidateId: ID!) {\n    rotateStatusLink(candidateId: $candidateId) {\n      id\n      version\n      statusUrl\n    }\n  }\n": types.RotateStatusLinkDocument,
    "\n  mutation RetryEmail($emailId: ID!) {\n    retryEmail(emailId: $emailId) {\n      id\n      status\n      attempts\n      lastError\n    }\n  }\n": types.RetryEmailDocument,
    "\n  mutation ClearEmailUndeliverable($candidateId: ID!) {\n    clearEmailUndeliverable(candidateId: $candidateId) {\n      id\n      emailUndeliverable {\n        kind\n      }\n    }\n  }\n": types.ClearEmailUndeliverableDocument,
    "\n  mutation UpdateCandidateEmail($input: UpdateCandidateInput!) {\n    updateCandidate(input: $input) {\n      id\n      email\n      version\n    }\n  }\n": types.UpdateCandidateEmailDocument,
    "\n  mutation ReplyToCheckIn($input: ReplyToCheckInInput!) {\n    replyToCheckIn(input: $input) {\n      id\n      reply {\n        message\n        sentAt\n        newExpectedResponseBy\n      }\n    }\n  }\n": types.ReplyToCheckInDocument,
    "\n  query JobFunnel($id: ID!) {\n    job(id: $id) {\n      id\n      title\n      funnel {\n        stage {\n          id\n          name\n        }\n        reached\n        current\n        medianDaysInStage\n        finishedStays\n      }\n    }\n  }\n": types.JobFunnelDocument,
    "\n  query JobSettings($id: ID!) {\n    job(id: $id) {\n      id\n      title\n      status\n      contact {\n        name\n        email\n      }\n      stages {\n        ...SettingsStage\n      }\n      candidates {\n        id\n        stage {\n          id\n          kind\n        }\n      }\n    }\n  }\n": types.JobSettingsDocument,
    "\n  fragment SettingsStage on Stage {\n    id\n    name\n    kind\n    position\n    candidateLabel\n    candidateDescription\n    visibleToCandidates\n    notifyCandidates\n    defaultResponseDays\n    emailDelayMinutes\n  }\n": types.SettingsStageFragmentDoc,
    "\n  mutation UpdateJob($input: UpdateJobInput!) {\n    updateJob(input: $input) {\n      id\n      title\n    }\n  }\n": types.UpdateJobDocument,
    "\n  mutation CloseJob($jobId: ID!, $finalStageId: ID) {\n    closeJob(jobId: $jobId, finalStageId: $finalStageId) {\n      id\n      status\n      closedAt\n    }\n  }\n": types.CloseJobDocument,
    "\n  mutation ReopenJob($jobId: ID!) {\n    reopenJob(jobId: $jobId) {\n      id\n      status\n      closedAt\n    }\n  }\n": types.ReopenJobDocument,
    "\n  mutation UpdateStage($input: UpdateStageInput!) {\n    updateStage(input: $input) {\n      ...SettingsStage\n    }\n  }\n": types.UpdateStageDocument,
    "\n  mutation ReorderStages($input: ReorderStagesInput!) {\n    reorderStages(input: $input) {\n      id\n      stages {\n        id\n        position\n      }\n    }\n  }\n": types.ReorderStagesDocument,
    "\n  mutation RemoveStage($stageId: ID!) {\n    removeStage(stageId: $stageId) {\n      id\n      stages {\n        id\n        position\n      }\n    }\n  }\n": types.RemoveStageDocument,
    "\n  mutation AddStage($input: AddStageInput!) {\n    addStage(input: $input) {\n      ...SettingsStage\n    }\n  }\n": types.AddStageDocument,
    "\n  mutation UpdateJobContact($input: UpdateJobInput!) {\n    updateJob(input: $input) {\n      id\n      contact {\n        name\n        email\n      }\n    }\n  }\n": types.UpdateJobContactDocument,
    "\n  query Jobs {\n    jobs {\n      id\n      title\n      status\n      createdAt\n      stages {\n        id\n        name\n        kind\n        position\n      }\n      summary {\n        candidates\n        overdue\n        stages {\n          stageId\n          count\n        }\n      }\n    }\n  }\n": types.JobsDocument,
    "\n  mutation CreateJob($input: CreateJobInput!) {\n    createJob(input: $input) {\n      id\n      title\n    }\n  }\n": types.CreateJobDocument,
    "\n  query Mailbox {\n    mailTransport\n    mailbox(limit: 50) {\n      id\n      kind\n      to\n      subject\n      status\n      createdAt\n      sentAt\n      text\n    }\n  }\n": types.MailboxDocument,
    "\n  query PromiseStats($from: DateTime!, $to: DateTime!, $jobId: ID) {\n    promiseStats(from: $from, to: $to, jobId: $jobId) {\n      from\n      to\n      made\n      ended\n      kept\n      extended\n      broken\n      keptPercent\n      extendedPercent\n      medianDaysLate\n      byJob {\n        jobId\n        jobTitle\n        made\n        ended\n        kept\n        extended\n        broken\n        keptPercent\n        extendedPercent\n        medianDaysLate\n      }\n      byMember {\n        memberId\n        memberName\n        made\n        ended\n        kept\n        extended\n        broken\n        keptPercent\n        extendedPercent\n        medianDaysLate\n      }\n    }\n  }\n": types.PromiseStatsDocument,
    "\n  query Settings {\n    me {\n      member {\n        id\n        role\n      }\n      organization {\n        id\n        name\n        timeZone\n        quietHoursStart\n        quietHoursEnd\n        statusLinkExpiryDays\n        replyTo\n        requireTwoFactor\n        logoUrl\n        accentColor\n        promiseExtensionTime\n        holidays\n        showPromiseRecord\n        stepReminderHours\n      }\n    }\n  }\n": types.SettingsDocument,
    "\n  query Members {\n    members {\n      id\n      name\n      email\n      role\n      deactivatedAt\n      twoFactorEnabled\n    }\n  }\n": types.MembersDocument,
    "\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      id\n      name\n      timeZone\n      quietHoursStart\n      quietHoursEnd\n      statusLinkExpiryDays\n      replyTo\n      requireTwoFactor\n    }\n  }\n": types.UpdateOrganizationDocument,
    "\n  mutation UpdatePromiseSettings($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      id\n      promiseExtensionTime\n      holidays\n      showPromiseRecord\n    }\n  }\n": types.UpdatePromiseSettingsDocument,
    "\n  mutation UpdateStepReminderSettings($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      id\n      stepReminderHours\n    }\n  }\n": types.UpdateStepReminderSettingsDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n      expiresAt\n      inviteUrl\n    }\n  }\n": types.InviteMemberDocument,
    "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      role\n    }\n  }\n": types.ChangeMemberRoleDocument,
    "\n  mutation DeactivateMember($memberId: ID!) {\n    deactivateMember(memberId: $memberId) {\n      id\n      deactivatedAt\n    }\n  }\n": types.DeactivateMemberDocument,
    "\n  mutation ReactivateMember($memberId: ID!) {\n    reactivateMember(memberId: $memberId) {\n      id\n      deactivatedAt\n    }\n  }\n": types.ReactivateMemberDocument,
    "\n  mutation RemoveMember($memberId: ID!) {\n    removeMember(memberId: $memberId) {\n      id\n      removedAt\n    }\n  }\n": types.RemoveMemberDocument,
    "\n  query Invites {\n    invites {\n      id\n      email\n      role\n      expiresAt\n      invitedByName\n    }\n  }\n": types.InvitesDocument,
    "\n  mutation RevokeInvite($inviteId: ID!) {\n    revokeInvite(inviteId: $inviteId) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokeInviteDocument,
    "\n  query AuditLog {\n    auditLog(limit: 100) {\n      id\n      action\n      actorName\n      targetType\n      targetName\n      details {\n        key\n        value\n      }\n      at\n    }\n  }\n": types.AuditLogDocument,
    "\n  mutation UploadOrganizationLogo($input: UploadOrganizationLogoInput!) {\n    uploadOrganizationLogo(input: $input) {\n      id\n      logoUrl\n    }\n  }\n": types.UploadOrganizationLogoDocument,
    "\n  mutation RemoveOrganizationLogo {\n    removeOrganizationLogo {\n      id\n      logoUrl\n    }\n  }\n": types.RemoveOrganizationLogoDocument,
    "\n  mutation UpdateAccentColor($accentColor: String) {\n    updateOrganization(input: { accentColor: $accentColor }) {\n      id\n      accentColor\n    }\n  }\n": types.UpdateAccentColorDocument,
    "\n  query CandidateStatus($token: String!) {\n    candidateStatus(token: $token) {\n      candidateName\n      organizationName\n      organizationTimeZone\n      jobTitle\n      currentStage {\n        name\n        state\n        description\n      }\n      stages {\n        name\n        state\n        description\n      }\n      nextSteps {\n        id\n        kind\n        kindLabel\n        title\n        startsAt\n        dueAt\n        durationMinutes\n        location\n        meetingUrl\n        instructions\n        done\n        requestsResponse\n        past\n        yourAnswers {\n          sentAt\n          message\n          links\n        }\n      }\n      expectedResponseBy\n      expectedResponseByReason\n      typicalDaysAtStage\n      promiseRecord {\n        days\n        keptPercent\n      }\n      canCheckIn\n      canCheckInFrom\n      checkInState\n      outcome {\n        kind\n        message\n      }\n      greetingName\n      yourCheckIns {\n        sentAt\n        promisedDate\n        message\n        reply {\n          message\n          sentAt\n          newExpectedResponseBy\n        }\n      }\n      linkWorksUntil\n      contact {\n        name\n        email\n      }\n      logoUrl\n      accentColor\n    }\n  }\n": types.CandidateStatusDocument,
    "\n  mutation CheckIn($token: String!, $message: String) {\n    checkIn(token: $token, message: $message) {\n      accepted\n      nextAllowedOn\n    }\n  }\n": types.CheckInDocument,
    "\n  mutation RespondToRequest($input: RespondToRequestInput!) {\n    respondToRequest(input: $input) {\n      accepted\n    }\n  }\n": types.RespondToRequestDocument,
    "\n  query TemplatesJob($id: ID!) {\n    job(id: $id) {\n      id\n      title\n      stages {\n        id\n        name\n        candidateLabel\n        position\n        notifyCandidates\n      }\n    }\n  }\n": types.TemplatesJobDocument,
    "\n  query EmailTemplate($stageId: ID!) {\n    emailTemplate(stageId: $stageId) {\n      stageId\n      subject\n      body\n      isDefault\n      placeholders {\n        name\n        description\n      }\n    }\n  }\n": types.EmailTemplateDocument,
    "\n  query TemplatePreview($input: PreviewStageEmailInput!) {\n    previewStageEmail(input: $input) {\n      subject\n      text\n    }\n  }\n": types.TemplatePreviewDocument,
    "\n  mutation UpdateEmailTemplate($input: UpdateEmailTemplateInput!) {\n    updateEmailTemplate(input: $input) {\n      stageId\n      subject\n      body\n      isDefault\n      placeholders {\n        name\n        description\n      }\n    }\n  }\n": types.UpdateEmailTemplateDocument,
    "\n  mutation ResetEmailTemplate($stageId: ID!) {\n    resetEmailTemplate(stageId: $stageId) {\n      stageId\n      subject\n      body\n      isDefault\n      placeholders {\n        name\n        description\n      }\n    }\n  }\n": types.ResetEmailTemplateDocument,
    "\n  query OrganizationEmailTemplate($kind: OrganizationEmailKind!) {\n    organizationEmailTemplate(kind: $kind) {\n      kind\n      subject\n      body\n      isDefault\n      placeholders {\n        name\n        description\n      }\n    }\n  }\n": types.OrganizationEmailTemplateDocument,
    "\n  query OrganizationEmailPreview($input: PreviewOrganizationEmailInput!) {\n    previewOrganizationEmail(input: $input) {\n      subject\n      text\n    }\n  }\n": types.OrganizationEmailPreviewDocument,
    "\n  mutation UpdateOrganizationEmailTemplate($input: UpdateOrganizationEmailTemplateInput!) {\n    updateOrganizationEmailTemplate(input: $input) {\n      kind\n      subject\n      body\n      isDefault\n      placeholders {\n        name\n        description\n      }\n    }\n  }\n": types.UpdateOrganizationEmailTemplateDocument,
    "\n  mutation ResetOrganizationEmailTemplate($kind: OrganizationEmailKind!) {\n    resetOrganizationEmailTemplate(kind: $kind) {\n      kind\n      subject\n      body\n      isDefault\n      placeholders {\n        name\n        description\n      }\n    }\n  }\n": types.ResetOrganizationEmailTemplateDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Account {\n    me {\n      member {\n        id\n        name\n        email\n        role\n        twoFactorEnabled\n      }\n      organization {\n        id\n        requireTwoFactor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Account {\n    me {\n      member {\n        id\n        name\n        email\n        role\n        twoFactorEnabled\n      }\n      organization {\n        id\n        requireTwoFactor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BeginTwoFactorSetup {\n    beginTwoFactorSetup {\n      secret\n      uri\n      qrCode\n    }\n  }\n"): (typeof documents)["\n  mutation BeginTwoFactorSetup {\n    beginTwoFactorSetup {\n      secret\n      uri\n      qrCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmTwoFactorSetup($input: TwoFactorCodeInput!) {\n    confirmTwoFactorSetup(input: $input)\n  }\n"): (typeof documents)["\n  mutation ConfirmTwoFactorSetup($input: TwoFactorCodeInput!) {\n    confirmTwoFactorSetup(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegenerateRecoveryCodes($input: TwoFactorCodeInput!) {\n    regenerateRecoveryCodes(input: $input)\n  }\n"): (typeof documents)["\n  mutation RegenerateRecoveryCodes($input: TwoFactorCodeInput!) {\n    regenerateRecoveryCodes(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableTwoFactor($input: DisableTwoFactorInput!) {\n    disableTwoFactor(input: $input)\n  }\n"): (typeof documents)["\n  mutation DisableTwoFactor($input: DisableTwoFactorInput!) {\n    disableTwoFactor(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeedsAttention {\n    needsAttention {\n      reason\n      dueOn\n      dueAt\n      receivedAt\n      candidate {\n        id\n        name\n        version\n        expectedResponseBy\n        promiseState\n        emailUndeliverable {\n          kind\n        }\n        job {\n          id\n          title\n        }\n      }\n      checkIn {\n        id\n        message\n      }\n      nextStep {\n        id\n        title\n        startsAt\n        dueAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query NeedsAttention {\n    needsAttention {\n      reason\n      dueOn\n      dueAt\n      receivedAt\n      candidate {\n        id\n        name\n        version\n        expectedResponseBy\n        promiseState\n        emailUndeliverable {\n          kind\n        }\n        job {\n          id\n          title\n        }\n      }\n      checkIn {\n        id\n        message\n      }\n      nextStep {\n        id\n        title\n        startsAt\n        dueAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvite($input: AcceptInviteInput!) {\n    acceptInvite(input: $input) {\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvite($input: AcceptInviteInput!) {\n    acceptInvite(input: $input) {\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      member {\n        id\n        name\n        email\n        role\n        twoFactorEnabled\n      }\n      organization {\n        id\n        name\n        timeZone\n        requireTwoFactor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      member {\n        id\n        name\n        email\n        role\n        twoFactorEnabled\n      }\n      organization {\n        id\n        name\n        timeZone\n        requireTwoFactor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogOut {\n    logOut\n  }\n"): (typeof documents)["\n  mutation LogOut {\n    logOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Board($id: ID!) {\n    job(id: $id) {\n      id\n      title\n      status\n      stages {\n        id\n        name\n        kind\n        position\n        candidateLabel\n        defaultResponseDays\n        notifyCandidates\n        emailDelayMinutes\n        typicalDaysToUpdate\n      }\n      candidates {\n        id\n        name\n        version\n        stageEnteredAt\n        expectedResponseBy\n        promiseState\n        unsubscribedAt\n        stage {\n          id\n        }\n        nextSteps {\n          id\n          kind\n          title\n          startsAt\n          dueAt\n          durationMinutes\n          state\n          requestsResponse\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Board($id: ID!) {\n    job(id: $id) {\n      id\n      title\n      status\n      stages {\n        id\n        name\n        kind\n        position\n        candidateLabel\n        defaultResponseDays\n        notifyCandidates\n        emailDelayMinutes\n        typicalDaysToUpdate\n      }\n      candidates {\n        id\n        name\n        version\n        stageEnteredAt\n        expectedResponseBy\n        promiseState\n        unsubscribedAt\n        stage {\n          id\n        }\n        nextSteps {\n          id\n          kind\n          title\n          startsAt\n          dueAt\n          durationMinutes\n          state\n          requestsResponse\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewStageEmail($input: PreviewStageEmailInput!) {\n    previewStageEmail(input: $input) {\n      subject\n      text\n    }\n  }\n"): (typeof documents)["\n  query PreviewStageEmail($input: PreviewStageEmailInput!) {\n    previewStageEmail(input: $input) {\n      subject\n      text\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveCandidate($input: MoveCandidateInput!) {\n    moveCandidate(input: $input) {\n      id\n      version\n      stageEnteredAt\n      expectedResponseBy\n      promiseState\n      stage {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MoveCandidate($input: MoveCandidateInput!) {\n    moveCandidate(input: $input) {\n      id\n      version\n      stageEnteredAt\n      expectedResponseBy\n      promiseState\n      stage {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkMoveCandidates($input: BulkMoveCandidatesInput!) {\n    bulkMoveCandidates(input: $input) {\n      moved {\n        id\n        version\n        stage {\n          id\n        }\n      }\n      failures {\n        candidateId\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BulkMoveCandidates($input: BulkMoveCandidatesInput!) {\n    bulkMoveCandidates(input: $input) {\n      moved {\n        id\n        version\n        stage {\n          id\n        }\n      }\n      failures {\n        candidateId\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCandidate($input: AddCandidateInput!) {\n    addCandidate(input: $input) {\n      id\n      name\n      stage {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddCandidate($input: AddCandidateInput!) {\n    addCandidate(input: $input) {\n      id\n      name\n      stage {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Candidate($id: ID!) {\n    candidate(id: $id) {\n      id\n      name\n      email\n      version\n      expectedResponseBy\n      promiseState\n      stageEnteredAt\n      archivedAt\n      unsubscribedAt\n      outcomePendingUntil\n      statusUrl\n      emailUndeliverable {\n        kind\n        reason\n        reportedAt\n      }\n      job {\n        id\n        title\n      }\n      stage {\n        id\n        name\n        typicalDaysToUpdate\n      }\n      promises {\n        id\n        expectedResponseBy\n        outcome\n        stageName\n        automatic\n        reason\n        daysLate\n        fallbackExtensionDays\n        madeBy {\n          id\n          name\n        }\n      }\n      nextSteps {\n        id\n        kind\n        title\n        startsAt\n        dueAt\n        durationMinutes\n        location\n        meetingUrl\n        instructions\n        visibleToCandidate\n        requestsResponse\n        state\n        position\n      }\n      timeline {\n        id\n        type\n        at\n        actorName\n        summary\n      }\n      emails {\n        id\n        kind\n        to\n        subject\n        status\n        sendAfter\n        sentAt\n        attempts\n        lastError\n      }\n      checkIns {\n        id\n        promisedDate\n        message\n        createdAt\n        reply {\n          message\n          sentAt\n          newExpectedResponseBy\n        }\n      }\n      responses {\n        id\n        nextStepId\n        message\n        links\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query Candidate($id: ID!) {\n    candidate(id: $id) {\n      id\n      name\n      email\n      version\n      expectedResponseBy\n      promiseState\n      stageEnteredAt\n      archivedAt\n      unsubscribedAt\n      outcomePendingUntil\n      statusUrl\n      emailUndeliverable {\n        kind\n        reason\n        reportedAt\n      }\n      job {\n        id\n        title\n      }\n      stage {\n        id\n        name\n        typicalDaysToUpdate\n      }\n      promises {\n        id\n        expectedResponseBy\n        outcome\n        stageName\n        automatic\n        reason\n        daysLate\n        fallbackExtensionDays\n        madeBy {\n          id\n          name\n        }\n      }\n      nextSteps {\n        id\n        kind\n        title\n        startsAt\n        dueAt\n        durationMinutes\n        location\n        meetingUrl\n        instructions\n        visibleToCandidate\n        requestsResponse\n        state\n        position\n      }\n      timeline {\n        id\n        type\n        at\n        actorName\n        summary\n      }\n      emails {\n        id\n        kind\n        to\n        subject\n        status\n        sendAfter\n        sentAt\n        attempts\n        lastError\n      }\n      checkIns {\n        id\n        promisedDate\n        message\n        createdAt\n        reply {\n          message\n          sentAt\n          newExpectedResponseBy\n        }\n      }\n      responses {\n        id\n        nextStepId\n        message\n        links\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePromise($input: UpdateCandidateInput!) {\n    updateCandidate(input: $input) {\n      id\n      version\n      expectedResponseBy\n      promiseState\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePromise($input: UpdateCandidateInput!) {\n    updateCandidate(input: $input) {\n      id\n      version\n      expectedResponseBy\n      promiseState\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddNextStep($input: AddNextStepInput!) {\n    addNextStep(input: $input) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation AddNextStep($input: AddNextStepInput!) {\n    addNextStep(input: $input) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNextStep($input: UpdateNextStepInput!) {\n    updateNextStep(input: $input) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateNextStep($input: UpdateNextStepInput!) {\n    updateNextStep(input: $input) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteNextStep($stepId: ID!) {\n    completeNextStep(stepId: $stepId) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteNextStep($stepId: ID!) {\n    completeNextStep(stepId: $stepId) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelNextStep($stepId: ID!) {\n    cancelNextStep(stepId: $stepId) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation CancelNextStep($stepId: ID!) {\n    cancelNextStep(stepId: $stepId) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderNextSteps($input: ReorderNextStepsInput!) {\n    reorderNextSteps(input: $input) {\n      id\n      position\n    }\n  }\n"): (typeof documents)["\n  mutation ReorderNextSteps($input: ReorderNextStepsInput!) {\n    reorderNextSteps(input: $input) {\n      id\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateStatusLink($candidateId: ID!) {\n    rotateStatusLink(candidateId: $candidateId) {\n      id\n      version\n      statusUrl\n    }\n  }\n"): (typeof documents)["\n  mutation RotateStatusLink($candidateId: ID!) {\n    rotateStatusLink(candidateId: $candidateId) {\n      id\n      version\n      statusUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryEmail($emailId: ID!) {\n    retryEmail(emailId: $emailId) {\n      id\n      status\n      attempts\n      lastError\n    }\n  }\n"): (typeof documents)["\n  mutation RetryEmail($emailId: ID!) {\n    retryEmail(emailId: $emailId) {\n      id\n      status\n      attempts\n      lastError\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClearEmailUndeliverable($candidateId: ID!) {\n    clearEmailUndeliverable(candidateId: $candidateId) {\n      id\n      emailUndeliverable {\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ClearEmailUndeliverable($candidateId: ID!) {\n    clearEmailUndeliverable(candidateId: $candidateId) {\n      id\n      emailUndeliverable {\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCandidateEmail($input: UpdateCandidateInput!) {\n    updateCandidate(input: $input) {\n      id\n      email\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCandidateEmail($input: UpdateCandidateInput!) {\n    updateCandidate(input: $input) {\n      id\n      email\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplyToCheckIn($input: ReplyToCheckInInput!) {\n    replyToCheckIn(input: $input) {\n      id\n      reply {\n        message\n        sentAt\n        newExpectedResponseBy\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReplyToCheckIn($input: ReplyToCheckInInput!) {\n    replyToCheckIn(input: $input) {\n      id\n      reply {\n        message\n        sentAt\n        newExpectedResponseBy\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JobFunnel($id: ID!) {\n    job(id: $id) {\n      id\n      title\n      funnel {\n        stage {\n          id\n          name\n        }\n        reached\n        current\n        medianDaysInStage\n        finishedStays\n      }\n    }\n  }\n"): (typeof documents)["\n  query JobFunnel($id: ID!) {\n    job(id: $id) {\n      id\n      title\n      funnel {\n        stage {\n          id\n          name\n        }\n        reached\n        current\n        medianDaysInStage\n        finishedStays\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JobSettings($id: ID!) {\n    job(id: $id) {\n      id\n      title\n      status\n      contact {\n        name\n        email\n      }\n      stages {\n        ...SettingsStage\n      }\n      candidates {\n        id\n        stage {\n          id\n          kind\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query JobSettings($id: ID!) {\n    job(id: $id) {\n      id\n      title\n      status\n      contact {\n        name\n        email\n      }\n      stages {\n        ...SettingsStage\n      }\n      candidates {\n        id\n        stage {\n          id\n          kind\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SettingsStage on Stage {\n    id\n    name\n    kind\n    position\n    candidateLabel\n    candidateDescription\n    visibleToCandidates\n    notifyCandidates\n    defaultResponseDays\n    emailDelayMinutes\n  }\n"): (typeof documents)["\n  fragment SettingsStage on Stage {\n    id\n    name\n    kind\n    position\n    candidateLabel\n    candidateDescription\n    visibleToCandidates\n    notifyCandidates\n    defaultResponseDays\n    emailDelayMinutes\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateJob($input: UpdateJobInput!) {\n    updateJob(input: $input) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateJob($input: UpdateJobInput!) {\n    updateJob(input: $input) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseJob($jobId: ID!, $finalStageId: ID) {\n    closeJob(jobId: $jobId, finalStageId: $finalStageId) {\n      id\n      status\n      closedAt\n    }\n  }\n"): (typeof documents)["\n  mutation CloseJob($jobId: ID!, $finalStageId: ID) {\n    closeJob(jobId: $jobId, finalStageId: $finalStageId) {\n      id\n      status\n      closedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenJob($jobId: ID!) {\n    reopenJob(jobId: $jobId) {\n      id\n      status\n      closedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenJob($jobId: ID!) {\n    reopenJob(jobId: $jobId) {\n      id\n      status\n      closedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateStage($input: UpdateStageInput!) {\n    updateStage(input: $input) {\n      ...SettingsStage\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateStage($input: UpdateStageInput!) {\n    updateStage(input: $input) {\n      ...SettingsStage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderStages($input: ReorderStagesInput!) {\n    reorderStages(input: $input) {\n      id\n      stages {\n        id\n        position\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReorderStages($input: ReorderStagesInput!) {\n    reorderStages(input: $input) {\n      id\n      stages {\n        id\n        position\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveStage($stageId: ID!) {\n    removeStage(stageId: $stageId) {\n      id\n      stages {\n        id\n        position\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveStage($stageId: ID!) {\n    removeStage(stageId: $stageId) {\n      id\n      stages {\n        id\n        position\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddStage($input: AddStageInput!) {\n    addStage(input: $input) {\n      ...SettingsStage\n    }\n  }\n"): (typeof documents)["\n  mutation AddStage($input: AddStageInput!) {\n    addStage(input: $input) {\n      ...SettingsStage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateJobContact($input: UpdateJobInput!) {\n    updateJob(input: $input) {\n      id\n      contact {\n        name\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateJobContact($input: UpdateJobInput!) {\n    updateJob(input: $input) {\n      id\n      contact {\n        name\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Jobs {\n    jobs {\n      id\n      title\n      status\n      createdAt\n      stages {\n        id\n        name\n        kind\n        position\n      }\n      summary {\n        candidates\n        overdue\n        stages {\n          stageId\n          count\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Jobs {\n    jobs {\n      id\n      title\n      status\n      createdAt\n      stages {\n        id\n        name\n        kind\n        position\n      }\n      summary {\n        candidates\n        overdue\n        stages {\n          stageId\n          count\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateJob($input: CreateJobInput!) {\n    createJob(input: $input) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation CreateJob($input: CreateJobInput!) {\n    createJob(input: $input) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Mailbox {\n    mailTransport\n    mailbox(limit: 50) {\n      id\n      kind\n      to\n      subject\n      status\n      createdAt\n      sentAt\n      text\n    }\n  }\n"): (typeof documents)["\n  query Mailbox {\n    mailTransport\n    mailbox(limit: 50) {\n      id\n      kind\n      to\n      subject\n      status\n      createdAt\n      sentAt\n      text\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PromiseStats($from: DateTime!, $to: DateTime!, $jobId: ID) {\n    promiseStats(from: $from, to: $to, jobId: $jobId) {\n      from\n      to\n      made\n      ended\n      kept\n      extended\n      broken\n      keptPercent\n      extendedPercent\n      medianDaysLate\n      byJob {\n        jobId\n        jobTitle\n        made\n        ended\n        kept\n        extended\n        broken\n        keptPercent\n        extendedPercent\n        medianDaysLate\n      }\n      byMember {\n        memberId\n        memberName\n        made\n        ended\n        kept\n        extended\n        broken\n        keptPercent\n        extendedPercent\n        medianDaysLate\n      }\n    }\n  }\n"): (typeof documents)["\n  query PromiseStats($from: DateTime!, $to: DateTime!, $jobId: ID) {\n    promiseStats(from: $from, to: $to, jobId: $jobId) {\n      from\n      to\n      made\n      ended\n      kept\n      extended\n      broken\n      keptPercent\n      extendedPercent\n      medianDaysLate\n      byJob {\n        jobId\n        jobTitle\n        made\n        ended\n        kept\n        extended\n        broken\n        keptPercent\n        extendedPercent\n        medianDaysLate\n      }\n      byMember {\n        memberId\n        memberName\n        made\n        ended\n        kept\n        extended\n        broken\n        keptPercent\n        extendedPercent\n        medianDaysLate\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Settings {\n    me {\n      member {\n        id\n        role\n      }\n      organization {\n        id\n        name\n        timeZone\n        quietHoursStart\n        quietHoursEnd\n        statusLinkExpiryDays\n        replyTo\n        requireTwoFactor\n        logoUrl\n        accentColor\n        promiseExtensionTime\n        holidays\n        showPromiseRecord\n        stepReminderHours\n      }\n    }\n  }\n"): (typeof documents)["\n  query Settings {\n    me {\n      member {\n        id\n        role\n      }\n      organization {\n        id\n        name\n        timeZone\n        quietHoursStart\n        quietHoursEnd\n        statusLinkExpiryDays\n        replyTo\n        requireTwoFactor\n        logoUrl\n        accentColor\n        promiseExtensionTime\n        holidays\n        showPromiseRecord\n        stepReminderHours\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Members {\n    members {\n      id\n      name\n      email\n      role\n      deactivatedAt\n      twoFactorEnabled\n    }\n  }\n"): (typeof documents)["\n  query Members {\n    members {\n      id\n      name\n      email\n      role\n      deactivatedAt\n      twoFactorEnabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      id\n      name\n      timeZone\n      quietHoursStart\n      quietHoursEnd\n      statusLinkExpiryDays\n      replyTo\n      requireTwoFactor\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      id\n      name\n      timeZone\n      quietHoursStart\n      quietHoursEnd\n      statusLinkExpiryDays\n      replyTo\n      requireTwoFactor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePromiseSettings($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      id\n      promiseExtensionTime\n      holidays\n      showPromiseRecord\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePromiseSettings($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      id\n      promiseExtensionTime\n      holidays\n      showPromiseRecord\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateStepReminderSettings($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      id\n      stepReminderHours\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateStepReminderSettings($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      id\n      stepReminderHours\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n      expiresAt\n      inviteUrl\n    }\n  }\n"): (typeof documents)["\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n      expiresAt\n      inviteUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateMember($memberId: ID!) {\n    deactivateMember(memberId: $memberId) {\n      id\n      deactivatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateMember($memberId: ID!) {\n    deactivateMember(memberId: $memberId) {\n      id\n      deactivatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateMember($memberId: ID!) {\n    reactivateMember(memberId: $memberId) {\n      id\n      deactivatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateMember($memberId: ID!) {\n    reactivateMember(memberId: $memberId) {\n      id\n      deactivatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMember($memberId: ID!) {\n    removeMember(memberId: $memberId) {\n      id\n      removedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveMember($memberId: ID!) {\n    removeMember(memberId: $memberId) {\n      id\n      removedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invites {\n    invites {\n      id\n      email\n      role\n      expiresAt\n      invitedByName\n    }\n  }\n"): (typeof documents)["\n  query Invites {\n    invites {\n      id\n      email\n      role\n      expiresAt\n      invitedByName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvite($inviteId: ID!) {\n    revokeInvite(inviteId: $inviteId) {\n      id\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeInvite($inviteId: ID!) {\n    revokeInvite(inviteId: $inviteId) {\n      id\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog {\n    auditLog(limit: 100) {\n      id\n      action\n      actorName\n      targetType\n      targetName\n      details {\n        key\n        value\n      }\n      at\n    }\n  }\n"): (typeof documents)["\n  query AuditLog {\n    auditLog(limit: 100) {\n      id\n      action\n      actorName\n      targetType\n      targetName\n      details {\n        key\n        value\n      }\n      at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UploadOrganizationLogo($input: UploadOrganizationLogoInput!) {\n    uploadOrganizationLogo(input: $input) {\n      id\n      logoUrl\n    }\n  }\n"): (typeof documents)["\n  mutation UploadOrganizationLogo($input: UploadOrganizationLogoInput!) {\n    uploadOrganizationLogo(input: $input) {\n      id\n      logoUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveOrganizationLogo {\n    removeOrganizationLogo {\n      id\n      logoUrl\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveOrganizationLogo {\n    removeOrganizationLogo {\n      id\n      logoUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAccentColor($accentColor: String) {\n    updateOrganization(input: { accentColor: $accentColor }) {\n      id\n      accentColor\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAccentColor($accentColor: String) {\n    updateOrganization(input: { accentColor: $accentColor }) {\n      id\n      accentColor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CandidateStatus($token: String!) {\n    candidateStatus(token: $token) {\n      candidateName\n      organizationName\n      organizationTimeZone\n      jobTitle\n      currentStage {\n        name\n        state\n        description\n      }\n      stages {\n        name\n        state\n        description\n      }\n      nextSteps {\n        id\n        kind\n        kindLabel\n        title\n        startsAt\n        dueAt\n        durationMinutes\n        location\n        meetingUrl\n        instructions\n        done\n        requestsResponse\n        past\n        yourAnswers {\n          sentAt\n          message\n          links\n        }\n      }\n      expectedResponseBy\n      expectedResponseByReason\n      typicalDaysAtStage\n      promiseRecord {\n        days\n        keptPercent\n      }\n      canCheckIn\n      canCheckInFrom\n      checkInState\n      outcome {\n        kind\n        message\n      }\n      greetingName\n      yourCheckIns {\n        sentAt\n        promisedDate\n        message\n        reply {\n          message\n          sentAt\n          newExpectedResponseBy\n        }\n      }\n      linkWorksUntil\n      contact {\n        name\n        email\n      }\n      logoUrl\n      accentColor\n    }\n  }\n"): (typeof documents)["\n  query CandidateStatus($token: String!) {\n    candidateStatus(token: $token) {\n      candidateName\n      organizationName\n      organizationTimeZone\n      jobTitle\n      currentStage {\n        name\n        state\n        description\n      }\n      stages {\n        name\n        state\n        description\n      }\n      nextSteps {\n        id\n        kind\n        kindLabel\n        title\n        startsAt\n        dueAt\n        durationMinutes\n        location\n        meetingUrl\n        instructions\n        done\n        requestsResponse\n        past\n        yourAnswers {\n          sentAt\n          message\n          links\n        }\n      }\n      expectedResponseBy\n      expectedResponseByReason\n      typicalDaysAtStage\n      promiseRecord {\n        days\n        keptPercent\n      }\n      canCheckIn\n      canCheckInFrom\n      checkInState\n      outcome {\n        kind\n        message\n      }\n      greetingName\n      yourCheckIns {\n        sentAt\n        promisedDate\n        message\n        reply {\n          message\n          sentAt\n          newExpectedResponseBy\n        }\n      }\n      linkWorksUntil\n      contact {\n        name\n        email\n      }\n      logoUrl\n      accentColor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckIn($token: String!, $message: String) {\n    checkIn(token: $token, message: $message) {\n      accepted\n      nextAllowedOn\n    }\n  }\n"): (typeof documents)["\n  mutation CheckIn($token: String!, $message: String) {\n    checkIn(token: $token, message: $message) {\n      accepted\n      nextAllowedOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToRequest($input: RespondToRequestInput!) {\n    respondToRequest(input: $input) {\n      accepted\n    }\n  }\n"): (typeof documents)["\n  mutation RespondToRequest($input: RespondToRequestInput!) {\n    respondToRequest(input: $input) {\n      accepted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TemplatesJob($id: ID!) {\n    job(id: $id) {\n      id\n      title\n      stages {\n        id\n        name\n        candidateLabel\n        position\n        notifyCandidates\n      }\n    }\n  }\n"): (typeof documents)["\n  query TemplatesJob($id: ID!) {\n    job(id: $id) {\n      id\n      title\n      stages {\n        id\n        name\n        candidateLabel\n        position\n        notifyCandidates\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmailTemplate($stageId: ID!) {\n    emailTemplate(stageId: $stageId) {\n      stageId\n      subject\n      body\n      isDefault\n      placeholders {\n        name\n        description\n      }\n    }\n  }\n"): (typeof documents)["\n  query EmailTemplate($stageId: ID!) {\n    emailTemplate(stageId: $stageId) {\n      stageId\n      subject\n      body\n      isDefault\n      placeholders {\n        name\n        description\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TemplatePreview($input: PreviewStageEmailInput!) {\n    previewStageEmail(input: $input) {\n      subject\n      text\n    }\n  }\n"): (typeof documents)["\n  query TemplatePreview($input: PreviewStageEmailInput!) {\n    previewStageEmail(input: $input) {\n      subject\n      text\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEmailTemplate($input: UpdateEmailTemplateInput!) {\n    updateEmailTemplate(input: $input) {\n      stageId\n      subject\n      body\n      isDefault\n      placeholders {\n        name\n        description\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateEmailTemplate($input: UpdateEmailTemplateInput!) {\n    updateEmailTemplate(input: $input) {\n      stageId\n      subject\n      body\n      isDefault\n      placeholders {\n        name\n        description\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetEmailTemplate($stageId: ID!) {\n    resetEmailTemplate(stageId: $stageId) {\n      stageId\n      subject\n      body\n      isDefault\n      placeholders {\n        name\n        description\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetEmailTemplate($stageId: ID!) {\n    resetEmailTemplate(stageId: $stageId) {\n      stageId\n      subject\n      body\n      isDefault\n      placeholders {\n        name\n        description\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationEmailTemplate($kind: OrganizationEmailKind!) {\n    organizationEmailTemplate(kind: $kind) {\n      kind\n      subject\n      body\n      isDefault\n      placeholders {\n        name\n        description\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganizationEmailTemplate($kind: OrganizationEmailKind!) {\n    organizationEmailTemplate(kind: $kind) {\n      kind\n      subject\n      body\n      isDefault\n      placeholders {\n        name\n        description\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationEmailPreview($input: PreviewOrganizationEmailInput!) {\n    previewOrganizationEmail(input: $input) {\n      subject\n      text\n    }\n  }\n"): (typeof documents)["\n  query OrganizationEmailPreview($input: PreviewOrganizationEmailInput!) {\n    previewOrganizationEmail(input: $input) {\n      subject\n      text\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganizationEmailTemplate($input: UpdateOrganizationEmailTemplateInput!) {\n    updateOrganizationEmailTemplate(input: $input) {\n      kind\n      subject\n      body\n      isDefault\n      placeholders {\n        name\n        description\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganizationEmailTemplate($input: UpdateOrganizationEmailTemplateInput!) {\n    updateOrganizationEmailTemplate(input: $input) {\n      kind\n      subject\n      body\n      isDefault\n      placeholders {\n        name\n        description\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetOrganizationEmailTemplate($kind: OrganizationEmailKind!) {\n    resetOrganizationEmailTemplate(kind: $kind) {\n      kind\n      subject\n      body\n      isDefault\n      placeholders {\n        name\n        description\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetOrganizationEmailTemplate($kind: OrganizationEmailKind!) {\n    resetOrganizationEmailTemplate(kind: $kind) {\n      kind\n      subject\n      body\n      isDefault\n      placeholders {\n        name\n        description\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;