/** GraphQL operations several API specs send. */
export const MOVE_CANDIDATE = `mutation($input: MoveCandidateInput!) { moveCandidate(input: $input) { id version } }`;
export const CANDIDATE_EMAILS = `query($id: ID!) { candidate(id: $id) { emails { id kind to subject status attempts lastError sendAfter sentAt } } }`;
