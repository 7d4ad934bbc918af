import { graphql } from '../../../generated';

/** An empty list holds no Job to watch: this tells the cache to refetch the jobs when any Job changes. */
export const JOBS_CONTEXT = { additionalTypenames: ['Job'] };

/** The organization's jobs, newest first, with each card's numbers (counted by the API, not from every candidate). */
export const JobsQuery = graphql(`
  query Jobs {
    jobs {
      id
      title
      status
      createdAt
      stages {
        id
        name
        kind
        position
      }
      summary {
        candidates
        overdue
        stages {
          stageId
          count
        }
      }
    }
  }
`);

export const CreateJobMutation = graphql(`
  mutation CreateJob($input: CreateJobInput!) {
    createJob(input: $input) {
      id
      title
    }
  }
`);
