import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PROMISE_OUTCOMES } from '@candor/domain';
import { enumOf } from '../../../common/enum-of';
import { DateTimeScalar } from '../../../common/scalars/date-time.scalar';

export const PromiseOutcome = enumOf(PROMISE_OUTCOMES);
registerEnumType(PromiseOutcome, {
  name: 'PromiseOutcome',
  description:
    'OPEN: its day has not ended. KEPT: the candidate saw an update by the end of the promised day (organization time zone). ' +
    'EXTENDED: a later day was given before it lapsed, with a reason the candidate sees. BROKEN: the day ended with neither.',
});

/** One promised reply day in the ledger; expectedResponseBy, madeBy and daysLate come from CandidatePromiseResolver. */
@ObjectType()
export class CandidatePromise {
  @Field(() => ID) id: string;
  @Field(() => DateTimeScalar) madeAt: Date;
  @Field({ description: 'Given by Candor on a pre-approval (pre-approved extension), not by a person at that moment.' }) automatic: boolean;
  @Field({ description: 'The stage the candidate saw when it was given.' }) stageName: string;
  @Field(() => String, { nullable: true, description: 'Why the day moved later, as the candidate reads it (an extension).' }) reason: string | null;
  @Field(() => Int, { nullable: true, description: 'Pre-approved extension, in business days.' }) fallbackExtensionDays: number | null;
  @Field(() => PromiseOutcome) outcome: string;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the outcome was decided; null while OPEN.' }) settledAt: Date | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'The first update the candidate saw after it was given.' }) heardAt: Date | null;
}

/** The ledger's figures (libs/domain promiseFigures) for one slice of promises. */
@ObjectType({ isAbstract: true })
export class PromiseFiguresFields {
  @Field(() => Int, { description: 'Promises made in the period.' }) made: number;
  @Field(() => Int, { description: 'Promises that ended (kept, extended or broken) in the period; the shares are of these.' }) ended: number;
  @Field(() => Int) kept: number;
  @Field(() => Int) extended: number;
  @Field(() => Int) broken: number;
  @Field(() => Float, { nullable: true, description: 'Kept on time, % of those that ended (one decimal); null when none ended.' }) keptPercent: number | null;
  @Field(() => Float, { nullable: true, description: 'Extended, % of those that ended (one decimal); null when none ended.' }) extendedPercent: number | null;
  @Field(() => Float, { nullable: true, description: 'Median whole days late of the broken ones; null when none broke.' }) medianDaysLate: number | null;
}

@ObjectType({ description: "One job's promise figures." })
export class JobPromiseFigures extends PromiseFiguresFields {
  @Field(() => ID) jobId: string;
  @Field() jobTitle: string;
}

@ObjectType({ description: "The promise figures of one member's promises (automatic extensions count for the member who pre-approved them)." })
export class MemberPromiseFigures extends PromiseFiguresFields {
  @Field(() => ID, { nullable: true, description: 'Null: promises whose maker was removed, or that came from an import.' }) memberId: string | null;
  @Field() memberName: string;
}

@ObjectType({ description: 'How well promises were kept over [from, to): made in it, and the shares of those that ended in it.' })
export class PromiseStats extends PromiseFiguresFields {
  @Field(() => DateTimeScalar) from: Date;
  @Field(() => DateTimeScalar) to: Date;
  @Field(() => [JobPromiseFigures], { description: 'Per job with promises in the period, most promises first.' }) byJob: JobPromiseFigures[];
  @Field(() => [MemberPromiseFigures], { description: 'Per member with promises in the period, most promises first.' }) byMember: MemberPromiseFigures[];
}
