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

/** One of the organization's emails that belong to no stage (a promised reply day moved later). */
export const OrganizationEmailTemplateQuery = graphql(`
  query OrganizationEmailTemplate($kind: OrganizationEmailKind!) {
    organizationEmailTemplate(kind: $kind) {
      kind
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

/** An unsaved draft of such an email rendered with sample data. */
export const OrganizationEmailPreviewQuery = graphql(`
  query OrganizationEmailPreview($input: PreviewOrganizationEmailInput!) {
    previewOrganizationEmail(input: $input) {
      subject
      text
    }
  }
`);

export const UpdateOrganizationEmailTemplateMutation = graphql(`
  mutation UpdateOrganizationEmailTemplate($input: UpdateOrganizationEmailTemplateInput!) {
    updateOrganizationEmailTemplate(input: $input) {
      kind
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

export const ResetOrganizationEmailTemplateMutation = graphql(`
  mutation ResetOrganizationEmailTemplate($kind: OrganizationEmailKind!) {
    resetOrganizationEmailTemplate(kind: $kind) {
      kind
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
