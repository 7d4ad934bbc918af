import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsOptional, IsString, IsUrl, MaxLength } from 'class-validator';
import { LIMITS } from '@candor/domain';
import { Text } from '../../../common/input-rules';

@InputType()
export class RespondToRequestInput {
  @Field({ description: 'The status-link token.' }) @IsString() @MaxLength(100) token: string;
  @Field(() => ID, { description: 'The step that asked for information.' }) @IsString() stepId: string;
  @Field() @Text(LIMITS.messageToCandidate) message: string;

  @Field(() => [String], { nullable: true, description: 'Up to 5 links (http or https), e.g. work samples.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5, { message: 'may hold at most 5 links' })
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { each: true, message: 'must be web addresses starting with https:// or http://' })
  @MaxLength(LIMITS.url, { each: true })
  links?: string[];
}
