import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { NextStepKind as NextStepKindValue } from '@candor/domain';
import { CalendarDateScalar } from '../../../common/scalars/calendar-date.scalar';
import { DateTimeScalar } from '../../../common/scalars/date-time.scalar';
import { JobContact } from '../../jobs/models/job-contact.model';
import { StageKind } from '../../jobs/models/stage.model';
import { NextStepKind } from '../../next-steps/models/next-step.model';

export const StageState = { DONE: 'DONE', CURRENT: 'CURRENT', UPCOMING: 'UPCOMING' } as const;
export type StageStateValue = keyof typeof StageState;
registerEnumType(StageState, { name: 'StageState' });

export const CheckInState = {
  NO_PROMISE: 'NO_PROMISE',
  DECIDED: 'DECIDED',
  NOT_YET: 'NOT_YET',
  OPEN: 'OPEN',
  ALREADY_CHECKED_IN: 'ALREADY_CHECKED_IN',
} as const;
registerEnumType(CheckInState, { name: 'CheckInState', description: 'Where the follow-up etiquette stands.' });

@ObjectType({ description: 'A stage as the candidate sees it (its candidate-facing label).' })
export class PublicStage {
  @Field() name: string;
  @Field(() => StageState) state: StageStateValue;
  @Field() description: string;
}

@ObjectType({ description: 'What the candidate sent in answer to a step, as they see it again.' })
export class PublicAnswer {
  @Field(() => DateTimeScalar) sentAt: Date;
  @Field() message: string;
  @Field(() => [String]) links: string[];
}

@ObjectType({ description: "The team's reply to the candidate's check-in." })
export class PublicCheckInReply {
  @Field() message: string;
  @Field(() => DateTimeScalar) sentAt: Date;
  @Field(() => CalendarDateScalar, { nullable: true, description: 'The new day the candidate will hear back by, when the reply gave one.' })
  newExpectedResponseBy: string | null;
}

@ObjectType({ description: "A check-in the candidate sent after a promised day passed without news." })
export class PublicCheckIn {
  @Field(() => DateTimeScalar) sentAt: Date;
  @Field(() => CalendarDateScalar, { description: 'The promised reply day it followed up on.' }) promisedDate: string;
  @Field(() => String, { nullable: true }) message: string | null;
  @Field(() => PublicCheckInReply, { nullable: true, description: "The team's reply, once sent." }) reply: PublicCheckInReply | null;
}

@ObjectType({ description: 'A step still ahead (or done), as the candidate sees it.' })
export class PublicNextStep {
  @Field(() => ID, { description: 'Stable per step; names the calendar event.' }) id: string;
  @Field(() => NextStepKind) kind: NextStepKindValue;
  @Field({ description: 'The kind in words, e.g. "Writing test".' }) kindLabel: string;
  @Field() title: string;
  @Field(() => DateTimeScalar, { nullable: true }) startsAt: Date | null;
  @Field(() => DateTimeScalar, { nullable: true }) dueAt: Date | null;
  @Field(() => Int, { nullable: true }) durationMinutes: number | null;
  @Field(() => String, { nullable: true }) location: string | null;
  @Field(() => String, { nullable: true }) meetingUrl: string | null;
  @Field(() => String, { nullable: true }) instructions: string | null;
  @Field({ description: 'The step is done.' }) done: boolean;
  @Field({ description: 'The team asks for something; the candidate can answer from the page.' }) requestsResponse: boolean;
  @Field({ description: 'Done, or its time has gone by (its deadline, else its start plus duration). Steps come in date order.' })
  past: boolean;
  @Field(() => [PublicAnswer], { description: "The candidate's own answers to this step, oldest first." }) yourAnswers: PublicAnswer[];
}

@ObjectType({ description: 'The outcome, when there is one.' })
export class PublicOutcome {
  @Field(() => StageKind) kind: 'HIRED' | 'REJECTED' | 'WITHDRAWN';
  @Field() message: string;
}

@ObjectType({ description: "The team's record of keeping reply dates, shown when the organization chose to and enough promises ended." })
export class PublicPromiseRecord {
  @Field(() => Int, { description: 'Whole percent of the reply dates that ended in the period and were kept (rounded down).' }) keptPercent: number;
  @Field(() => Int, { description: 'The period, in days up to today.' }) days: number;
}

@ObjectType({ description: "Everything a candidate's status page shows; nothing recruiter-only." })
export class CandidateStatus {
  @Field() candidateName: string;
  @Field() organizationName: string;
  @Field({ description: "The organization's IANA time zone (promised dates are days there)." }) organizationTimeZone: string;
  @Field() jobTitle: string;
  @Field(() => PublicStage) currentStage: PublicStage;
  @Field(() => [PublicStage]) stages: PublicStage[];
  @Field(() => [PublicNextStep]) nextSteps: PublicNextStep[];
  @Field(() => CalendarDateScalar, { nullable: true }) expectedResponseBy: string | null;
  @Field(() => String, { nullable: true, description: 'Why the reply day was moved later, when it was (the team\'s words, or Candor\'s on a pre-approved extension).' })
  expectedResponseByReason: string | null;
  @Field(() => Int, { nullable: true, description: 'How many days this stage usually takes to bring news (rounded to whole days, at least 1); null without enough history.' })
  typicalDaysAtStage: number | null;
  @Field(() => PublicPromiseRecord, { nullable: true }) promiseRecord: PublicPromiseRecord | null;
  @Field() canCheckIn: boolean;
  @Field(() => CalendarDateScalar, { nullable: true }) canCheckInFrom: string | null;
  @Field(() => CheckInState) checkInState: keyof typeof CheckInState;
  @Field(() => PublicOutcome, { nullable: true }) outcome: PublicOutcome | null;
  @Field({ description: 'How the page greets the candidate: the first word of their name.' }) greetingName: string;
  @Field(() => [PublicCheckIn], { description: "The candidate's own check-ins, oldest first." }) yourCheckIns: PublicCheckIn[];
  @Field(() => CalendarDateScalar, {
    nullable: true,
    description: "Once there is an outcome: the last whole day this link works (a day in the organization's time zone); it stops during the day after.",
  })
  linkWorksUntil: string | null;
  @Field(() => JobContact, { nullable: true, description: 'The contact the team publishes for this job; null: none.' }) contact: JobContact | null;
  @Field(() => String, { nullable: true, description: "The organization's logo, a path on this origin; its alt text is organizationName." })
  logoUrl: string | null;
  @Field(() => String, { nullable: true, description: "The organization's accent colour, #rrggbb (white text on it reads at 4.5:1 or better)." })
  accentColor: string | null;
}

@ObjectType()
export class CheckInResult {
  @Field() accepted: boolean;
  @Field(() => CalendarDateScalar, { nullable: true, description: 'When refused: the day a check-in opens, if one is ahead.' })
  nextAllowedOn: string | null;
}

@ObjectType()
export class ResponseResult {
  @Field() accepted: boolean;
}
