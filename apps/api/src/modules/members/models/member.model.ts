import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MEMBER_ROLES, MemberRole as MemberRoleValue } from '@candor/domain';
import { DateTimeScalar } from '../../../common/scalars/date-time.scalar';
import { enumOf } from '../../../common/enum-of';

export const MemberRole = enumOf(MEMBER_ROLES);
registerEnumType(MemberRole, { name: 'MemberRole' });

@ObjectType()
export class Member {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() email: string;
  @Field(() => MemberRole) role: MemberRoleValue;
  @Field(() => DateTimeScalar) createdAt: Date;
  @Field(() => DateTimeScalar, { nullable: true, description: 'Set while an admin has turned the account off (no log-in, no sessions).' })
  deactivatedAt: Date | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'Set when the member was removed for good.' }) removedAt: Date | null;
  @Field(() => Boolean, { description: 'Signs in with an authenticator app (TOTP) as well as a password.' })
  twoFactorEnabled: boolean;
}
