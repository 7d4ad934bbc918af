import { CandidatePromiseEntity } from '../modules/promises/candidate-promise.entity';
import { CandidateResponseEntity } from '../modules/candidate-status/candidate-response.entity';
import { CheckInEntity } from '../modules/candidate-status/check-in.entity';
import { AuditEventEntity } from '../modules/audit/audit-event.entity';
import { PasswordResetEntity } from '../modules/auth/password-reset.entity';
import { RecoveryCodeEntity } from '../modules/auth/recovery-code.entity';
import { SessionEntity } from '../modules/auth/session.entity';
import { CandidateEntity } from '../modules/candidates/candidate.entity';
import { EmailMessageEntity } from '../modules/notifications/email-message.entity';
import { JobEntity } from '../modules/jobs/job.entity';
import { StageEntity } from '../modules/jobs/stage.entity';
import { InviteEntity } from '../modules/members/invite.entity';
import { MemberEntity } from '../modules/members/member.entity';
import { NextStepEntity } from '../modules/next-steps/next-step.entity';
import { OrganizationEntity } from '../modules/organizations/organization.entity';
import { OrganizationLogoEntity } from '../modules/branding/organization-logo.entity';
import { EmailTemplateEntity } from '../modules/notifications/email-template.entity';
import { OrganizationEmailTemplateEntity } from '../modules/notifications/organization-email-template.entity';
import { StatusLinkEntity } from '../modules/status-links/status-link.entity';
import { TimelineEventEntity } from '../modules/timeline/timeline-event.entity';

export const ENTITIES = [
  OrganizationEntity,
  MemberEntity,
  InviteEntity,
  SessionEntity,
  JobEntity,
  StageEntity,
  CandidateEntity,
  StatusLinkEntity,
  NextStepEntity,
  TimelineEventEntity,
  EmailTemplateEntity,
  OrganizationEmailTemplateEntity,
  EmailMessageEntity,
  CheckInEntity,
  CandidateResponseEntity,
  RecoveryCodeEntity,
  PasswordResetEntity,
  AuditEventEntity,
  OrganizationLogoEntity,
  CandidatePromiseEntity,
];
