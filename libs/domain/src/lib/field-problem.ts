/** A rule broken by one input field: the API turns these into BAD_USER_INPUT errors. */
export interface FieldProblem {
  field: string;
  message: string;
}
