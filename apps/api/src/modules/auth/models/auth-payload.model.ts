import { Field, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '../../../common/scalars/date-time.scalar';

@ObjectType()
export class AuthPayload {
  @Field({ description: 'Send as `Authorization: Bearer <accessToken>`. The portal gets an HttpOnly cookie too.' })
  accessToken: string;

  @Field(() => DateTimeScalar)
  expiresAt: Date;
}
