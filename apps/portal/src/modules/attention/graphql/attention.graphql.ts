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
        emailUndeliverable {
          kind
        }
        job {
          id
          title
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
