import { ErrorCode } from '@candor/domain';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import type { EmailTemplateQuery, TemplatesJobQuery } from '../../../generated/graphql';
import { Field } from '../../../shared/components/Field';
import { FormAlert } from '../../../shared/components/FormAlert';
import { errorCode, errorMessage, type FormErrors, toFormErrors } from '../../../shared/graphql-errors';
import { useFocusFirstError } from '../../../shared/hooks/useFocusFirstError';
import {
  ResetEmailTemplateMutation,
  TemplatePreviewQuery,
  UpdateEmailTemplateMutation,
} from '../graphql/templates.graphql';
import { useDebouncedValue } from '../../../shared/hooks/useDebouncedValue';

export type TemplateStage = NonNullable<TemplatesJobQuery['job']>['stages'][number];
type Template = EmailTemplateQuery['emailTemplate'];

const LABELS = { subject: 'Subject', body: 'Body' };
type TemplateField = keyof typeof LABELS;
const PREVIEW_DELAY_MS = 400;

function placeholderText(name: string): string {
  return name.startsWith('{') ? name : `{{ ${name} }}`;
}

interface Props {
  stage: TemplateStage;
  template: Template;
}

/** Subject and body of one stage's email, its placeholders, and a live preview with sample data. */
export function TemplateEditor({ stage, template }: Props) {
  const form = useRef<HTMLFormElement>(null);
  const [saved, setSaved] = useState(template);
  const [subject, setSubject] = useState(template.subject);
  const [body, setBody] = useState(template.body);
  const [saveErrors, setSaveErrors] = useState<FormErrors<TemplateField> | null>(null);
  const [status, setStatus] = useState('');
  const [confirmingReset, setConfirmingReset] = useState(false);
  const [saveState, save] = useMutation(UpdateEmailTemplateMutation);
  const [resetState, reset] = useMutation(ResetEmailTemplateMutation);
  useFocusFirstError(form, saveErrors);

  const previewSubject = useDebouncedValue(subject, PREVIEW_DELAY_MS);
  const previewBody = useDebouncedValue(body, PREVIEW_DELAY_MS);
  const [preview] = useQuery({
    query: TemplatePreviewQuery,
    variables: { input: { stageId: stage.id, subject: previewSubject, body: previewBody } },
  });
  const previewInvalid = errorCode(preview.error) === ErrorCode.BAD_USER_INPUT;
  const previewErrors = previewInvalid ? toFormErrors(preview.error, LABELS) : null;
  const fieldErrors: Partial<Record<TemplateField, string>> = {
    ...previewErrors?.fields,
    ...saveErrors?.fields,
  };
  const dirty = subject !== saved.subject || body !== saved.body;

  const resetButton = useRef<HTMLButtonElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  useEffect(() => {
    if (confirmingReset) confirmButton.current?.focus();
    else if (wasConfirming.current) resetButton.current?.focus();
    wasConfirming.current = confirmingReset;
  }, [confirmingReset]);

  function edit(field: TemplateField, value: string) {
    if (field === 'subject') setSubject(value);
    else setBody(value);
    setStatus('');
    if (saveErrors?.fields[field]) {
      setSaveErrors({ ...saveErrors, fields: { ...saveErrors.fields, [field]: undefined } });
    }
  }

  function applyTemplate(next: Template) {
    setSaved(next);
    setSubject(next.subject);
    setBody(next.body);
    setSaveErrors(null);
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saveState.fetching) return;
    setStatus('');
    const result = await save({ input: { stageId: stage.id, subject, body } });
    if (result.error || !result.data) {
      setSaveErrors(toFormErrors(result.error, LABELS));
      return;
    }
    applyTemplate(result.data.updateEmailTemplate);
    setStatus('Template saved.');
  }

  async function onReset() {
    if (resetState.fetching) return;
    setStatus('');
    const result = await reset({ stageId: stage.id });
    setConfirmingReset(false);
    if (result.error || !result.data) {
      setSaveErrors({ fields: {}, form: errorMessage(result.error) });
      return;
    }
    applyTemplate(result.data.resetEmailTemplate);
    setStatus('The default template is back.');
  }

  return (
    <div className="template-layout">
      <section className="card template-editor" aria-labelledby="template-editor-heading">
        <h2 id="template-editor-heading">
          Email for “{stage.name}”{' '}
          <span className="template-editor__state">{saved.isDefault ? '(default template)' : '(customized)'}</span>
        </h2>
        {!stage.notifyCandidates && (
          <p className="template-notice">
            Candidates are not emailed when they enter this stage. This template is used once emails are turned on
            for it.
          </p>
        )}
        <form ref={form} className="form" onSubmit={onSubmit} aria-label={`Email template for ${stage.name}`} noValidate>
          <FormAlert message={saveErrors?.form ?? null} />
          <Field id="template-subject" label={LABELS.subject} error={fieldErrors.subject}>
            {(control) => (
              <input
                className="input"
                name="subject"
                value={subject}
                onChange={(event) => edit('subject', event.target.value)}
                {...control}
              />
            )}
          </Field>
          <Field
            id="template-body"
            label={LABELS.body}
            hint="Plain text. Use the placeholders below for details that differ per candidate."
            error={fieldErrors.body}
          >
            {(control) => (
              <textarea
                className="input textarea template-editor__body"
                name="body"
                rows={14}
                value={body}
                onChange={(event) => edit('body', event.target.value)}
                {...control}
              />
            )}
          </Field>
          <div className="template-actions">
            <button type="submit" className="button button--primary">
              {saveState.fetching ? 'Saving…' : 'Save template'}
            </button>
            {dirty && <span className="template-actions__note">Unsaved changes</span>}
          </div>
          <p className="form-status" role="status">
            {status}
          </p>
        </form>
        {!saved.isDefault && (
          <div className="template-reset">
            {confirmingReset ? (
              <div role="group" aria-label="Reset to default">
                <p className="template-reset__question">
                  Replace this stage’s email with the default template? Your changes are lost.
                </p>
                <div className="template-actions">
                  <button
                    ref={confirmButton}
                    type="button"
                    className="button button--secondary button--small template-button--danger"
                    onClick={onReset}
                  >
                    {resetState.fetching ? 'Resetting…' : 'Yes, use the default'}
                  </button>
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    onClick={() => setConfirmingReset(false)}
                  >
                    Keep my template
                  </button>
                </div>
              </div>
            ) : (
              <button
                ref={resetButton}
                type="button"
                className="button button--secondary button--small"
                onClick={() => setConfirmingReset(true)}
              >
                Reset to default
              </button>
            )}
          </div>
        )}
        <h3 id="placeholders-heading">Placeholders</h3>
        <dl className="placeholder-list" aria-labelledby="placeholders-heading">
          {saved.placeholders.map((placeholder) => (
            <div key={placeholder.name} className="placeholder-list__row">
              <dt>
                <code>{placeholderText(placeholder.name)}</code>
              </dt>
              <dd>{placeholder.description}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section className="card template-preview" aria-labelledby="template-preview-heading">
        <h2 id="template-preview-heading">Preview</h2>
        <p className="muted template-preview__note">With sample candidate details. Updates as you type.</p>
        {previewInvalid ? (
          <p className="template-notice">Fix the problem marked in the template to see the preview again.</p>
        ) : preview.error ? (
          <p className="template-notice">We could not show the preview: {errorMessage(preview.error)}</p>
        ) : preview.data ? (
          <div className="email-preview" aria-busy={preview.fetching || undefined}>
            <p className="email-preview__subject">
              <span className="email-preview__label">Subject: </span>
              {preview.data.previewStageEmail.subject}
            </p>
            <div className="email-preview__text" data-testid="email-preview-text">
              {preview.data.previewStageEmail.text}
            </div>
          </div>
        ) : (
          <p className="muted">Loading the preview…</p>
        )}
      </section>
    </div>
  );
}
