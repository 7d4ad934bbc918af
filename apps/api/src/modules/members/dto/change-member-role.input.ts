import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsString } from 'class-validator';
import { MEMBER_ROLES, MemberRole as MemberRoleValue } from '@candor/domain';
import { MemberRole } from '../models/member.model';

@InputType()
export class ChangeMemberRoleInput {
  @Field(() => ID) @IsString() memberId: string;

  @Field(() => MemberRole)
  @IsIn(MEMBER_ROLES as unknown as string[], { message: `must be one of ${MEMBER_ROLES.join(', ')}` })
  role: MemberRoleValue;
}
