import { Field, ID, InputType } from '@nestjs/graphql';
import { IsString } from 'class-validator';
import { LIMITS } from '@candor/domain';
import { Text } from '../../../common/input-rules';

@InputType()
export class UpdateJobInput {
  @Field(() => ID) @IsString() jobId: string;
  @Field() @Text(LIMITS.jobTitle) title: string;
}
