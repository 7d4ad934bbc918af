import { isCalendarDate } from '@candor/domain';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

function parse(value: unknown): string {
  if (!isCalendarDate(value)) {
    throw new GraphQLError('Date must be a real calendar day written YYYY-MM-DD, e.g. 2026-12-04.');
  }
  return value;
}

/** `Date` in the contract: a calendar day in the organization's time zone, carried as "YYYY-MM-DD". */
export const CalendarDateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A calendar day (YYYY-MM-DD) in the organization time zone.',
  serialize: (value) => parse(value),
  parseValue: (value) => parse(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('Date must be a string written YYYY-MM-DD.');
    return parse(ast.value);
  },
});
