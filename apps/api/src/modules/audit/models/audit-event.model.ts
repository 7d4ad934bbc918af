import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '../../../common/scalars/date-time.scalar';

@ObjectType({ description: 'A fact about an audit event, e.g. { key: "role", value: "RECRUITER" }.' })
export class AuditDetail {
  @Field() key: string;
  @Field() value: string;
}

@ObjectType({ description: 'A security-relevant change: who did what to which record, and when. Holds no candidate personal data.' })
export class AuditEvent {
  @Field(() => ID) id: string;
  @Field({
    description:
      'MEMBER_INVITED, INVITE_REVOKED, INVITE_ACCEPTED, MEMBER_ROLE_CHANGED, MEMBER_DEACTIVATED, MEMBER_REACTIVATED, MEMBER_REMOVED, PASSWORD_CHANGED, PASSWORD_RESET, TWO_FACTOR_ENABLED, TWO_FACTOR_DISABLED, RECOVERY_CODES_REGENERATED, ORGANIZATION_SETTINGS_CHANGED, EMAIL_TEMPLATE_UPDATED, EMAIL_TEMPLATE_RESET or STATUS_LINK_ROTATED.',
  })
  action: string;
  @Field(() => String, { nullable: true, description: 'The member who did it; null for a change without a session (e.g. a password reset by email).' })
  actorName: string | null;
  @Field(() => String, { nullable: true, description: 'MEMBER, INVITE, ORGANIZATION, STAGE or CANDIDATE.' }) targetType: string | null;
  @Field(() => ID, { nullable: true }) targetId: string | null;
  @Field(() => String, { nullable: true, description: "The member's name when the target is a member." }) targetName: string | null;
  @Field(() => [AuditDetail], { description: 'Non-personal facts: a role, the names of changed settings.' }) details: AuditDetail[];
  @Field(() => DateTimeScalar) at: Date;
}
