/**
 * The candidate status page's operations, as plain strings: the page sends them with a tiny
 * fetch wrapper (request.ts) instead of urql and the generated document objects, to stay small.
 * The magic comment lets graphql-codegen find them, so src/generated has their result and
 * variable types (import those with `import type` only). A test validates them against the schema.
 */

export const CANDIDATE_STATUS_QUERY = /* GraphQL */ `
  query CandidateStatus($token: String!) {
    candidateStatus(token: $token) {
      candidateName
      organizationName
      organizationTimeZone
      jobTitle
      currentStage {
        name
        state
        description
      }
      stages {
        name
        state
        description
      }
      nextSteps {
        id
        kind
        kindLabel
        title
        startsAt
        dueAt
        durationMinutes
        location
        meetingUrl
        instructions
        done
        requestsResponse
        past
        yourAnswers {
          sentAt
          message
          links
        }
      }
      expectedResponseBy
      expectedResponseByReason
      typicalDaysAtStage
      promiseRecord {
        days
        keptPercent
      }
      canCheckIn
      canCheckInFrom
      checkInState
      outcome {
        kind
        message
      }
      greetingName
      yourCheckIns {
        sentAt
        promisedDate
        message
        reply {
          message
          sentAt
          newExpectedResponseBy
        }
      }
      linkWorksUntil
      contact {
        name
        email
      }
      logoUrl
      accentColor
    }
  }
`;

export const CHECK_IN_MUTATION = /* GraphQL */ `
  mutation CheckIn($token: String!, $message: String) {
    checkIn(token: $token, message: $message) {
      accepted
      nextAllowedOn
    }
  }
`;

export const RESPOND_TO_REQUEST_MUTATION = /* GraphQL */ `
  mutation RespondToRequest($input: RespondToRequestInput!) {
    respondToRequest(input: $input) {
      accepted
    }
  }
`;

/** Every operation of the status page (the schema test walks this list). */
export const STATUS_OPERATIONS = [CANDIDATE_STATUS_QUERY, CHECK_IN_MUTATION, RESPOND_TO_REQUEST_MUTATION];
