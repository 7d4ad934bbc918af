import type { CandidateQuery } from '../../../generated/graphql';

export type CandidateDetails = NonNullable<CandidateQuery['candidate']>;
export type StepDetails = CandidateDetails['nextSteps'][number];
