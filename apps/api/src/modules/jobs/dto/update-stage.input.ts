import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString } from 'class-validator';
import { LIMITS } from '@candor/domain';
import { Text } from '../../../common/input-rules';
import { StageSettingsInput } from './stage.input';

@InputType()
export class UpdateStageInput extends StageSettingsInput {
  @Field(() => ID) @IsString() stageId: string;
  @Field({ nullable: true }) @IsOptional() @Text(LIMITS.stageName) name?: string;
}
