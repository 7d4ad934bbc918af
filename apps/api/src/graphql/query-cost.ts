import { LIMITS } from '@candor/domain';
import { DocumentNode, getNamedType, getNullableType, GraphQLField, GraphQLSchema, isCompositeType, isListType } from 'graphql';
import { ComplexityEstimatorArgs, getComplexity } from 'graphql-query-complexity';

/**
 * How much work a query asks for: every field costs its weight, and a list field multiplies what
 * is asked of each item by the list's size. A unit is roughly 10 µs of the API's time: a plain
 * property 1, an object 2, a field with a resolver of its own (a NestJS @ResolveField: a
 * look-up, a rule, a decryption) 12, measured on a board of 1,000 candidates (such a field took
 * 75 to 150 µs per item, a plain one 5 to 20); FIELD_COSTS names the exceptions. The size is
 * the list's `limit`/`first` argument when it has one, else the organization's known count
 * (the largest such list it has: `ListCounts`), else the declared bound below (an upper bound
 * for the first, query-free check). A query above MAX_QUERY_COST is refused before it runs.
 */
export const MAX_QUERY_COST = 150_000;

/** A field the schema resolves with code of its own (not a plain property). */
const RESOLVED_FIELD_COST = 12;

/** The organization's actual list sizes, by the key of each list in LIST_BOUNDS (`count`). */
export type ListCounts = Partial<Record<ListCountKey, number>>;
export type ListCountKey = 'jobs' | 'candidatesPerJob' | 'stepsPerCandidate' | 'eventsPerCandidate' | 'emailsPerCandidate' | 'checkInsPerCandidate' | 'responsesPerCandidate' | 'promisesPerCandidate' | 'members';

interface ListBound {
  /** Largest size assumed when nothing better is known. */
  max: number;
  /** Where a known count for the organization is, if one is kept. */
  count?: ListCountKey;
}

/** Declared bounds for every list of objects, by `Type.field`. Unlisted lists count as DEFAULT_LIST_BOUND. */
export const LIST_BOUNDS: Record<string, ListBound> = {
  'Query.jobs': { max: 500, count: 'jobs' },
  'Query.members': { max: 500, count: 'members' },
  'Query.invites': { max: 500 },
  'Query.needsAttention': { max: 1000 },
  'Job.candidates': { max: 5000, count: 'candidatesPerJob' },
  'Job.stages': { max: LIMITS.stagesPerJob },
  'Job.funnel': { max: LIMITS.stagesPerJob },
  'JobSummary.stages': { max: LIMITS.stagesPerJob },
  'Candidate.nextSteps': { max: LIMITS.stepsPerCandidate, count: 'stepsPerCandidate' },
  'Candidate.timeline': { max: 1000, count: 'eventsPerCandidate' },
  'Candidate.emails': { max: 500, count: 'emailsPerCandidate' },
  'Candidate.checkIns': { max: 100, count: 'checkInsPerCandidate' },
  'Candidate.responses': { max: 100, count: 'responsesPerCandidate' },
  'Candidate.promises': { max: 500, count: 'promisesPerCandidate' },
  'PromiseStats.byJob': { max: 2000 },
  'PromiseStats.byMember': { max: 1000 },
  'CandidateStatus.stages': { max: LIMITS.stagesPerJob },
  'CandidateStatus.nextSteps': { max: LIMITS.stepsPerCandidate },
  'Mutation.reorderNextSteps': { max: LIMITS.stepsPerCandidate },
  'BulkMoveResult.moved': { max: 1000 },
  'BulkMoveResult.failures': { max: 1000 },
};
const DEFAULT_LIST_BOUND = 100;

/**
 * Fields that cost more than their kind's default: large values (an email's HTML), cryptography
 * (a status link), work per item (the funnel, attention).
 */
export const FIELD_COSTS: Record<string, number> = {
  'EmailMessage.html': 100,
  'EmailMessage.text': 20,
  'Candidate.statusUrl': 15,
  'Job.funnel': 30,
  'Query.previewStageEmail': 500,
  'Query.needsAttention': 30,
};
const OBJECT_FIELD_COST = 2;

/** The estimated cost of an operation; `counts` are the organization's known list sizes (none: bounds only). */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
  counts: ListCounts = {},
): number {
  return getComplexity({
    schema,
    query: document,
    variables: variables ?? {},
    operationName,
    estimators: [(args) => fieldCost(args, counts)],
  });
}

function fieldCost({ type, field, args, childComplexity }: ComplexityEstimatorArgs, counts: ListCounts): number {
  const key = `${type.name}.${field.name}`;
  const own = FIELD_COSTS[key] ?? (fieldHasOwnResolver(field) ? RESOLVED_FIELD_COST : isCompositeType(getNamedType(field.type)) ? OBJECT_FIELD_COST : 1);
  const returned = getNullableType(field.type);
  if (!isListType(returned) || !isCompositeType(getNamedType(returned))) return own + childComplexity;
  return own + childComplexity * listSize(key, args, counts);
}

/**
 * Whether the field runs code of its own (a NestJS @ResolveField) rather than reading a property:
 * NestJS gives plain @Field properties a resolver named `rootFieldResolver` (tested, so that an
 * upgrade changing it shows).
 */
export function fieldHasOwnResolver(field: GraphQLField<unknown, unknown>): boolean {
  return typeof field.resolve === 'function' && field.resolve.name !== 'rootFieldResolver';
}

function listSize(key: string, args: Record<string, unknown>, counts: ListCounts): number {
  const asked = args.limit ?? args.first;
  if (typeof asked === 'number' && asked >= 0) return Math.min(asked, 1000);
  const bound = LIST_BOUNDS[key] ?? { max: DEFAULT_LIST_BOUND };
  const known = bound.count ? counts[bound.count] : undefined;
  // A known count is the truth (even above the declared bound); an empty list still costs its fields once.
  return Math.max(1, known ?? bound.max);
}
