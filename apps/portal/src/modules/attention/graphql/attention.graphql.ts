import { graphql } from '../../../generated';

/**
 * What the team owes candidates, soonest first. Up to 1,000 items are priced per item by the API's
 * query cost (urql adds __typename to each object): keep each item's fields few (an answered
 * check-in leaves the list, so its reply is not asked for).
 */
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
