import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Candidate } from './candidate.model';

@ObjectType({ description: 'Why one candidate of a bulk move was not moved.' })
export class BulkMoveFailure {
  @Field(() => ID) candidateId: string;
  @Field({ description: 'An error code of the contract, e.g. NOT_FOUND, CONFLICT, BAD_USER_INPUT.' }) code: string;
  @Field() message: string;
}

@ObjectType()
export class BulkMoveResult {
  @Field(() => [Candidate]) moved: Candidate[];
  @Field(() => [BulkMoveFailure]) failures: BulkMoveFailure[];
}
