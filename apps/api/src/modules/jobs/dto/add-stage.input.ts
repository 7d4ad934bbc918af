import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Min } from 'class-validator';
import { StageInput } from './stage.input';

@InputType()
export class AddStageInput extends StageInput {
  @Field(() => ID) @IsString() jobId: string;

  @Field(() => Int, { nullable: true, description: 'Where to insert (0-based); before the outcome stages when omitted.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  position?: number;
}
