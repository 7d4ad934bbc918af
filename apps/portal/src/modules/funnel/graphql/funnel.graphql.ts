import { graphql } from '../../../generated';

/** A job's funnel: per stage, who reached it, who is there now and the median days spent in it. */
export const JobFunnelQuery = graphql(`
  query JobFunnel($id: ID!) {
    job(id: $id) {
      id
      title
      funnel {
        stage {
          id
          name
        }
        reached
        current
        medianDaysInStage
        finishedStays
      }
    }
  }
`);
