import { Logger } from '@nestjs/common';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { DomainException, ErrorCode } from './domain.exception';

const logger = new Logger('GraphQL');

/** Longest message an answer carries, in characters (an input can be long: its echo must not be). */
const MESSAGE_MAX = 1000;
const short = (text: string) => (text.length > MESSAGE_MAX ? `${text.slice(0, MESSAGE_MAX)}…` : text);

/** Apollo's own codes for requests that never reached a resolver, in the public contract's terms. */
const REQUEST_ERROR_CODES: Record<string, ErrorCode> = {
  GRAPHQL_PARSE_FAILED: ErrorCode.BAD_USER_INPUT,
  GRAPHQL_VALIDATION_FAILED: ErrorCode.BAD_USER_INPUT,
  BAD_USER_INPUT: ErrorCode.BAD_USER_INPUT,
  BAD_REQUEST: ErrorCode.BAD_USER_INPUT,
  PERSISTED_QUERY_NOT_SUPPORTED: ErrorCode.BAD_USER_INPUT,
  OPERATION_RESOLUTION_FAILURE: ErrorCode.BAD_USER_INPUT,
};

/**
 * The one place where errors become GraphQL errors. Domain exceptions keep their code and
 * message; request errors (syntax, unknown fields, wrong variable types, query limits) become
 * BAD_USER_INPUT; anything else is a bug: it is logged and the client gets no internals.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (original instanceof DomainException) {
    const { fields, retryAfterSeconds, ...rest } = original.details;
    const shortFields = fields?.map((f) => ({ field: short(f.field), message: short(f.message) }));
    return {
      message: short(original.message),
      path: formatted.path,
      locations: formatted.locations,
      extensions: {
        ...rest,
        code: original.code,
        ...(shortFields ? { fields: shortFields, field: shortFields[0]?.field } : {}),
        ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
      },
    };
  }
  const apolloCode = String(formatted.extensions?.code ?? '');
  const mapped = REQUEST_ERROR_CODES[apolloCode];
  if (mapped) {
    return { message: short(formatted.message), locations: formatted.locations, extensions: { code: mapped } };
  }
  if (!original || original === error) {
    // A GraphQLError without a cause that Apollo did not classify: a query limit from
    // graphql-armor (depth, cost, aliases, tokens) or a schema validation rule.
    if (error instanceof GraphQLError && !formatted.path) {
      return { message: short(formatted.message), locations: formatted.locations, extensions: { code: ErrorCode.BAD_USER_INPUT } };
    }
  }
  logger.error(original instanceof Error ? original.stack ?? original.message : String(original));
  return {
    message: 'Something went wrong on our side. Please try again; if it keeps happening, contact support.',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
