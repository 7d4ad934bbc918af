import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchemaSdl } from '../build-schema';

describe('schema.gql', () => {
  it('is the schema the code builds (run `npm run schema` after changing resolvers)', async () => {
    const committed = readFileSync(join(__dirname, '..', '..', '..', 'schema.gql'), 'utf8');
    expect(committed).toBe(await buildSchemaSdl());
  });

  it('keeps the operations and types of the public contract (kept outside this repository)', async () => {
    const sdl = await buildSchemaSdl();
    for (const line of [
      'signUp(input: SignUpInput!): AuthPayload!',
      'logIn(input: LogInInput!): AuthPayload!',
      'createJob(input: CreateJobInput!): Job!',
      'addCandidate(input: AddCandidateInput!): Candidate!',
      'moveCandidate(input: MoveCandidateInput!): Candidate!',
      'addNextStep(input: AddNextStepInput!): NextStep!',
      'rotateStatusLink(candidateId: ID!): Candidate!',
      'job(id: ID!): Job',
      'candidate(id: ID!): Candidate',
      'scalar Date',
      'scalar DateTime',
      'statusUrl: String!',
      'expectedResponseBy: Date',
      'notify: Boolean = true',
      'expectedVersion: Int',
    ]) {
      expect(sdl).toContain(line);
    }
  });
});
