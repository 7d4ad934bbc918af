import { graphql } from '../../../generated';

/** Everything the pipeline board shows: the job's stages and its candidates (times are on the portal's clock, shared/dates.ts). */
export const BoardQuery = graphql(`
  query Board($id: ID!) {
    job(id: $id) {
      id
      title
      status
      stages {
        id
        name
        kind
        position
        candidateLabel
        defaultResponseDays
        notifyCandidates
        emailDelayMinutes
        typicalDaysToUpdate
      }
      candidates {
        id
        name
        version
        stageEnteredAt
        expectedResponseBy
        promiseState
        unsubscribedAt
        stage {
          id
        }
        nextSteps {
          id
          kind
          title
          startsAt
          dueAt
          durationMinutes
          state
          requestsResponse
        }
      }
    }
  }
`);

/** The stage email exactly as the candidate would get it; nothing is sent. */
export const PreviewStageEmailQuery = graphql(`
  query PreviewStageEmail($input: PreviewStageEmailInput!) {
    previewStageEmail(input: $input) {
      subject
      text
    }
  }
`);

export const MoveCandidateMutation = graphql(`
  mutation MoveCandidate($input: MoveCandidateInput!) {
    moveCandidate(input: $input) {
      id
      version
      stageEnteredAt
      expectedResponseBy
      promiseState
      stage {
        id
      }
    }
  }
`);

export const BulkMoveCandidatesMutation = graphql(`
  mutation BulkMoveCandidates($input: BulkMoveCandidatesInput!) {
    bulkMoveCandidates(input: $input) {
      moved {
        id
        version
        stage {
          id
        }
      }
      failures {
        candidateId
        code
        message
      }
    }
  }
`);

export const AddCandidateMutation = graphql(`
  mutation AddCandidate($input: AddCandidateInput!) {
    addCandidate(input: $input) {
      id
      name
      stage {
        id
      }
    }
  }
`);
