import { graphql } from '../../../generated';

/** How well promises were kept over [from, to): organization-wide, or one job's (jobId). */
export const PromiseStatsQuery = graphql(`
  query PromiseStats($from: DateTime!, $to: DateTime!, $jobId: ID) {
    promiseStats(from: $from, to: $to, jobId: $jobId) {
      from
      to
      made
      ended
      kept
      extended
      broken
      keptPercent
      extendedPercent
      medianDaysLate
      byJob {
        jobId
        jobTitle
        made
        ended
        kept
        extended
        broken
        keptPercent
        extendedPercent
        medianDaysLate
      }
      byMember {
        memberId
        memberName
        made
        ended
        kept
        extended
        broken
        keptPercent
        extendedPercent
        medianDaysLate
      }
    }
  }
`);
