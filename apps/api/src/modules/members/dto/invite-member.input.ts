import { Field, InputType } from '@nestjs/graphql';
import { IsIn } from 'class-validator';
import { MEMBER_ROLES, MemberRole as MemberRoleValue } from '@candor/domain';
import { Email } from '../../../common/input-rules';
import { MemberRole } from '../models/member.model';

@InputType()
export class InviteMemberInput {
  @Field() @Email() email: string;

  @Field(() => MemberRole)
  @IsIn(MEMBER_ROLES as unknown as string[], { message: `must be one of ${MEMBER_ROLES.join(', ')}` })
  role: MemberRoleValue;
}
