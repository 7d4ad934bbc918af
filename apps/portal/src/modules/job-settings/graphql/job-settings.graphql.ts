import { graphql } from '../../../generated';

/** The job's title, status and full pipeline, plus which stage each current candidate is in. */
export const JobSettingsQuery = graphql(`
  query JobSettings($id: ID!) {
    job(id: $id) {
      id
      title
      status
      contact {
        name
        email
      }
      stages {
        ...SettingsStage
      }
      candidates {
        id
        stage {
          id
          kind
        }
      }
    }
  }
`);

export const SettingsStageFragment = graphql(`
  fragment SettingsStage on Stage {
    id
    name
    kind
    position
    candidateLabel
    candidateDescription
    visibleToCandidates
    notifyCandidates
    defaultResponseDays
    emailDelayMinutes
  }
`);

export const UpdateJobMutation = graphql(`
  mutation UpdateJob($input: UpdateJobInput!) {
    updateJob(input: $input) {
      id
      title
    }
  }
`);

export const CloseJobMutation = graphql(`
  mutation CloseJob($jobId: ID!, $finalStageId: ID) {
    closeJob(jobId: $jobId, finalStageId: $finalStageId) {
      id
      status
      closedAt
    }
  }
`);

export const ReopenJobMutation = graphql(`
  mutation ReopenJob($jobId: ID!) {
    reopenJob(jobId: $jobId) {
      id
      status
      closedAt
    }
  }
`);

export const UpdateStageMutation = graphql(`
  mutation UpdateStage($input: UpdateStageInput!) {
    updateStage(input: $input) {
      ...SettingsStage
    }
  }
`);

export const ReorderStagesMutation = graphql(`
  mutation ReorderStages($input: ReorderStagesInput!) {
    reorderStages(input: $input) {
      id
      stages {
        id
        position
      }
    }
  }
`);

export const RemoveStageMutation = graphql(`
  mutation RemoveStage($stageId: ID!) {
    removeStage(stageId: $stageId) {
      id
      stages {
        id
        position
      }
    }
  }
`);

export const AddStageMutation = graphql(`
  mutation AddStage($input: AddStageInput!) {
    addStage(input: $input) {
      ...SettingsStage
    }
  }
`);

/** The contact shown on the job's status pages: both fields, or null for both to remove it. */
export const UpdateJobContactMutation = graphql(`
  mutation UpdateJobContact($input: UpdateJobInput!) {
    updateJob(input: $input) {
      id
      contact {
        name
        email
      }
    }
  }
`);
