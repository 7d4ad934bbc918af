import { Field, ID, ObjectType } from '@nestjs/graphql';
import { MemberRole as MemberRoleValue } from '@candor/domain';
import { DateTimeScalar } from '../../../common/scalars/date-time.scalar';
import { MemberRole } from './member.model';

@ObjectType()
export class Invite {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field(() => MemberRole) role: MemberRoleValue;
  @Field(() => DateTimeScalar) expiresAt: Date;
  @Field(() => DateTimeScalar, { nullable: true }) createdAt?: Date;
  @Field(() => String, { nullable: true, description: 'Who sent it (null when they were removed).' }) invitedByName?: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'Set once the invitation was revoked; its link no longer works.' }) revokedAt?: Date | null;

  @Field({
    nullable: true,
    description: 'The invite link (it is emailed to the invitee); returned only with the dev mailbox (no SMTP server) outside production.',
  })
  inviteUrl?: string;
}
