import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class Organization {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field({ description: 'IANA time zone; promised dates are days in this zone.' }) timeZone: string;
}
