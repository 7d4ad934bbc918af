import { graphql } from '../../../generated';

/** The organization's jobs, newest first, with just enough to count candidates per stage. */
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
      candidates {
        id
        promiseState
        stage {
          id
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
