import { Field, ObjectType } from '@nestjs/graphql';
import { Organization } from '../../organizations/models/organization.model';
import { Member } from './member.model';

@ObjectType({ description: 'The signed-in member and their organization.' })
export class Viewer {
  @Field(() => Member) member: Member;
  @Field(() => Organization) organization: Organization;
}
