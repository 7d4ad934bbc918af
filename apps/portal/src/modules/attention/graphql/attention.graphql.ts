import { graphql } from '../../../generated';

/** What the team owes candidates, soonest first. */
export const NeedsAttentionQuery = graphql(`
  query NeedsAttention {
    needsAttention {
      reason
      dueOn
      dueAt
      receivedAt
      candidate {
        id
        name
        version
        expectedResponseBy
        promiseState
        emailUndeliverable {
          kind
        }
        job {
          id
          title
        }
      }
      checkIn {
        id
        message
        createdAt
        promisedDate
        reply {
          message
          sentAt
          newExpectedResponseBy
        }
      }
      nextStep {
        id
        title
        startsAt
        dueAt
      }
    }
  }
`);
