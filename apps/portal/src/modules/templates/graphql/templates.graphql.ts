import { graphql } from '../../../generated';

/** The job whose stages' emails are edited. */
export const TemplatesJobQuery = graphql(`
  query TemplatesJob($id: ID!) {
    job(id: $id) {
      id
      title
      stages {
        id
        name
        candidateLabel
        position
        notifyCandidates
      }
    }
  }
`);

export const EmailTemplateQuery = graphql(`
  query EmailTemplate($stageId: ID!) {
    emailTemplate(stageId: $stageId) {
      stageId
      subject
      body
      isDefault
      placeholders {
        name
        description
      }
    }
  }
`);

/** An unsaved draft rendered with sample data. */
export const TemplatePreviewQuery = graphql(`
  query TemplatePreview($input: PreviewStageEmailInput!) {
    previewStageEmail(input: $input) {
      subject
      text
    }
  }
`);

export const UpdateEmailTemplateMutation = graphql(`
  mutation UpdateEmailTemplate($input: UpdateEmailTemplateInput!) {
    updateEmailTemplate(input: $input) {
      stageId
      subject
      body
      isDefault
      placeholders {
        name
        description
      }
    }
  }
`);

export const ResetEmailTemplateMutation = graphql(`
  mutation ResetEmailTemplate($stageId: ID!) {
    resetEmailTemplate(stageId: $stageId) {
      stageId
      subject
      body
      isDefault
      placeholders {
        name
        description
      }
    }
  }
`);
