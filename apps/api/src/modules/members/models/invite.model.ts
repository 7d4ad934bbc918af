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

  @Field({
    nullable: true,
    description: 'The link to send to the invitee; only returned when the invite is created (it is not stored).',
  })
  inviteUrl?: string;
}
