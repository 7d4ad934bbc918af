import { AttentionResolver } from '../modules/attention/attention.resolver';
import { AuditResolver } from '../modules/audit/audit.resolver';
import { AccountResolver } from '../modules/auth/account.resolver';
import { AuthResolver } from '../modules/auth/auth.resolver';
import { BrandingResolver } from '../modules/branding/branding.resolver';
import { CandidateStatusResolver, PublicNextStepResolver } from '../modules/candidate-status/candidate-status.resolver';
import { CandidatesResolver } from '../modules/candidates/candidates.resolver';
import { CheckInRepliesResolver } from '../modules/candidates/check-in-replies.resolver';
import { JobsResolver } from '../modules/jobs/jobs.resolver';
import { StagesResolver } from '../modules/jobs/stages.resolver';
import { MembersResolver } from '../modules/members/members.resolver';
import { NextStepsResolver } from '../modules/next-steps/next-steps.resolver';
import { EmailMessageResolver } from '../modules/notifications/email-message.resolver';
import { EmailsResolver } from '../modules/notifications/emails.resolver';
import { OrganizationEmailTemplatesResolver } from '../modules/notifications/organization-email-templates.resolver';
import { OrganizationsResolver } from '../modules/organizations/organizations.resolver';
import { TimelineResolver } from '../modules/timeline/timeline.resolver';
import { UndeliverableResolver } from '../modules/mail-events/undeliverable.resolver';
import { CandidatePromiseResolver, CandidatePromisesResolver, PromiseStatsResolver } from '../modules/promises/promises.resolver';

/** Every resolver class, for printing the schema without starting the app. */
export const RESOLVERS = [
  AuthResolver,
  AccountResolver,
  MembersResolver,
  AuditResolver,
  OrganizationsResolver,
  BrandingResolver,
  JobsResolver,
  StagesResolver,
  CandidatesResolver,
  CheckInRepliesResolver,
  NextStepsResolver,
  TimelineResolver,
  AttentionResolver,
  CandidateStatusResolver,
  PublicNextStepResolver,
  EmailsResolver,
  OrganizationEmailTemplatesResolver,
  EmailMessageResolver,
  UndeliverableResolver,
  CandidatePromiseResolver,
  CandidatePromisesResolver,
  PromiseStatsResolver,
];
