import { graphql } from '../../../generated';

/** Everything the recruiter's candidate page shows. */
export const CandidateQuery = graphql(`
  query Candidate($id: ID!) {
    candidate(id: $id) {
      id
      name
      email
      version
      expectedResponseBy
      promiseState
      stageEnteredAt
      archivedAt
      unsubscribedAt
      outcomePendingUntil
      statusUrl
      emailUndeliverable {
        kind
        reason
        reportedAt
      }
      job {
        id
        title
      }
      stage {
        id
        name
        typicalDaysToUpdate
      }
      promises {
        id
        expectedResponseBy
        outcome
        stageName
        automatic
        reason
        daysLate
        fallbackExtensionDays
        madeBy {
          id
          name
        }
      }
      nextSteps {
        id
        kind
        title
        startsAt
        dueAt
        durationMinutes
        location
        meetingUrl
        instructions
        visibleToCandidate
        requestsResponse
        state
        position
      }
      timeline {
        id
        type
        at
        actorName
        summary
      }
      emails {
        id
        kind
        to
        subject
        status
        sendAfter
        sentAt
        attempts
        lastError
      }
      checkIns {
        id
        promisedDate
        message
        createdAt
        reply {
          message
          sentAt
          newExpectedResponseBy
        }
      }
      responses {
        id
        nextStepId
        message
        links
        createdAt
      }
    }
  }
`);

export const UpdatePromiseMutation = graphql(`
  mutation UpdatePromise($input: UpdateCandidateInput!) {
    updateCandidate(input: $input) {
      id
      version
      expectedResponseBy
      promiseState
    }
  }
`);

export const AddNextStepMutation = graphql(`
  mutation AddNextStep($input: AddNextStepInput!) {
    addNextStep(input: $input) {
      id
      title
    }
  }
`);

export const UpdateNextStepMutation = graphql(`
  mutation UpdateNextStep($input: UpdateNextStepInput!) {
    updateNextStep(input: $input) {
      id
      title
    }
  }
`);

export const CompleteNextStepMutation = graphql(`
  mutation CompleteNextStep($stepId: ID!) {
    completeNextStep(stepId: $stepId) {
      id
      state
    }
  }
`);

export const CancelNextStepMutation = graphql(`
  mutation CancelNextStep($stepId: ID!) {
    cancelNextStep(stepId: $stepId) {
      id
      state
    }
  }
`);

/** Every one of the candidate's steps, in the new order. */
export const ReorderNextStepsMutation = graphql(`
  mutation ReorderNextSteps($input: ReorderNextStepsInput!) {
    reorderNextSteps(input: $input) {
      id
      position
    }
  }
`);

export const RotateStatusLinkMutation = graphql(`
  mutation RotateStatusLink($candidateId: ID!) {
    rotateStatusLink(candidateId: $candidateId) {
      id
      version
      statusUrl
    }
  }
`);

export const RetryEmailMutation = graphql(`
  mutation RetryEmail($emailId: ID!) {
    retryEmail(emailId: $emailId) {
      id
      status
      attempts
      lastError
    }
  }
`);

/** Sends the candidate's paused emails after a bounce or spam report, once the team knows the address works. */
export const ClearEmailUndeliverableMutation = graphql(`
  mutation ClearEmailUndeliverable($candidateId: ID!) {
    clearEmailUndeliverable(candidateId: $candidateId) {
      id
      emailUndeliverable {
        kind
      }
    }
  }
`);

/** Corrects the candidate's address (paused emails then go to the new one). */
export const UpdateCandidateEmailMutation = graphql(`
  mutation UpdateCandidateEmail($input: UpdateCandidateInput!) {
    updateCandidate(input: $input) {
      id
      email
      version
    }
  }
`);

/** Answers a candidate's check-in (once); with a new day, the promise changes too. */
export const ReplyToCheckInMutation = graphql(`
  mutation ReplyToCheckIn($input: ReplyToCheckInInput!) {
    replyToCheckIn(input: $input) {
      id
      reply {
        message
        sentAt
        newExpectedResponseBy
      }
    }
  }
`);
