import type { CombinedError } from 'urql';
import { useMutation, useQuery } from 'urql';
import type { EmailTemplateQuery, OrganizationEmailKind } from '../../../generated/graphql';
import {
  OrganizationEmailPreviewQuery,
  ResetEmailTemplateMutation,
  ResetOrganizationEmailTemplateMutation,
  TemplatePreviewQuery,
  UpdateEmailTemplateMutation,
  UpdateOrganizationEmailTemplateMutation,
} from '../graphql/templates.graphql';

/** What the editor shows and keeps of a template: its words, whether they are the default, its placeholders. */
export type EditableTemplate = Pick<EmailTemplateQuery['emailTemplate'], 'subject' | 'body' | 'isDefault' | 'placeholders'>;

/** The answer of a save or reset: the template as saved, or why not. */
export interface TemplateResult {
  error?: CombinedError;
  template?: EditableTemplate;
}

/** How one editor reads its preview, saves and resets, whatever email it edits. */
export interface TemplateOperations {
  preview: { fetching: boolean; error?: CombinedError; email?: { subject: string; text: string } };
  saving: boolean;
  save(subject: string, body: string): Promise<TemplateResult>;
  resetting: boolean;
  reset(): Promise<TemplateResult>;
}

/** A stage's email: previewed with sample data, saved and reset by stage. */
export function useStageTemplateOperations(stageId: string, previewSubject: string, previewBody: string): TemplateOperations {
  const [preview] = useQuery({ query: TemplatePreviewQuery, variables: { input: { stageId, subject: previewSubject, body: previewBody } } });
  const [saveState, save] = useMutation(UpdateEmailTemplateMutation);
  const [resetState, reset] = useMutation(ResetEmailTemplateMutation);
  return {
    preview: { fetching: preview.fetching, error: preview.error, email: preview.data?.previewStageEmail },
    saving: saveState.fetching,
    save: async (subject, body) => {
      const result = await save({ input: { stageId, subject, body } });
      return { error: result.error, template: result.data?.updateEmailTemplate };
    },
    resetting: resetState.fetching,
    reset: async () => {
      const result = await reset({ stageId });
      return { error: result.error, template: result.data?.resetEmailTemplate };
    },
  };
}

/** One of the organization's emails that belong to no stage: previewed with sample data, saved and reset by kind. */
export function useOrganizationTemplateOperations(kind: OrganizationEmailKind, previewSubject: string, previewBody: string): TemplateOperations {
  const [preview] = useQuery({ query: OrganizationEmailPreviewQuery, variables: { input: { kind, subject: previewSubject, body: previewBody } } });
  const [saveState, save] = useMutation(UpdateOrganizationEmailTemplateMutation);
  const [resetState, reset] = useMutation(ResetOrganizationEmailTemplateMutation);
  return {
    preview: { fetching: preview.fetching, error: preview.error, email: preview.data?.previewOrganizationEmail },
    saving: saveState.fetching,
    save: async (subject, body) => {
      const result = await save({ input: { kind, subject, body } });
      return { error: result.error, template: result.data?.updateOrganizationEmailTemplate };
    },
    resetting: resetState.fetching,
    reset: async () => {
      const result = await reset({ kind });
      return { error: result.error, template: result.data?.resetOrganizationEmailTemplate };
    },
  };
}
