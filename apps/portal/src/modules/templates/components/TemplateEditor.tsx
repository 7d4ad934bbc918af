import { ErrorCode } from '@candor/domain';
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import type { TemplatesJobQuery } from '../../../generated/graphql';
import { Field } from '../../../shared/components/Field';
import { FormAlert } from '../../../shared/components/FormAlert';
import { errorCode, errorMessage, type FormErrors, toFormErrors } from '../../../shared/graphql-errors';
import { useFocusFirstError } from '../../../shared/hooks/useFocusFirstError';
import { useDebouncedValue } from '../../../shared/hooks/useDebouncedValue';
import type { EditableTemplate as Template, TemplateOperations } from '../hooks/useTemplateOperations';

export type TemplateStage = NonNullable<TemplatesJobQuery['job']>['stages'][number];

const LABELS = { subject: 'Subject', body: 'Body' };
type TemplateField = keyof typeof LABELS;
const PREVIEW_DELAY_MS = 400;

function placeholderText(name: string): string {
  return name.startsWith('{') ? name : `{{ ${name} }}`;
}

interface Props<T> {
  /** What is edited: a stage's ID, an organization email's kind (given to `useOperations`). */
  target: T;
  /** The email's name in the heading and the form's label, e.g. “Interview”. */
  name: string;
  template: Template;
  /** A notice above the form (e.g. that the stage sends no email). */
  notice?: ReactNode;
  /** What the reset asks before it replaces the saved words. */
  resetQuestion: string;
  /** The preview, save and reset of this kind of email (a hook: the same function for the editor's life). */
  useOperations: (target: T, previewSubject: string, previewBody: string) => TemplateOperations;
}

/** Subject and body of one email, its placeholders, and a live preview with sample data. */
export function TemplateEditor<T>({ target, name, template, notice, resetQuestion, useOperations }: Props<T>) {
  const form = useRef<HTMLFormElement>(null);
  const [saved, setSaved] = useState(template);
  const [subject, setSubject] = useState(template.subject);
  const [body, setBody] = useState(template.body);
  const [saveErrors, setSaveErrors] = useState<FormErrors<TemplateField> | null>(null);
  const [status, setStatus] = useState('');
  const [confirmingReset, setConfirmingReset] = useState(false);
  useFocusFirstError(form, saveErrors);

  const previewSubject = useDebouncedValue(subject, PREVIEW_DELAY_MS);
  const previewBody = useDebouncedValue(body, PREVIEW_DELAY_MS);
  const operations = useOperations(target, previewSubject, previewBody);
  const preview = operations.preview;
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
    if (operations.saving) return;
    setStatus('');
    const result = await operations.save(subject, body);
    if (result.error || !result.template) {
      setSaveErrors(toFormErrors(result.error, LABELS));
      return;
    }
    applyTemplate(result.template);
    setStatus('Template saved.');
  }

  async function onReset() {
    if (operations.resetting) return;
    setStatus('');
    const result = await operations.reset();
    setConfirmingReset(false);
    if (result.error || !result.template) {
      setSaveErrors({ fields: {}, form: errorMessage(result.error) });
      return;
    }
    applyTemplate(result.template);
    setStatus('The default template is back.');
  }

  return (
    <div className="template-layout">
      <section className="card template-editor" aria-labelledby="template-editor-heading">
        <h2 id="template-editor-heading">
          Email for “{name}”{' '}
          <span className="template-editor__state">{saved.isDefault ? '(default template)' : '(customized)'}</span>
        </h2>
        {notice}
        <form ref={form} className="form" onSubmit={onSubmit} aria-label={`Email template for ${name}`} noValidate>
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
              {operations.saving ? 'Saving…' : 'Save template'}
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
                <p className="template-reset__question">{resetQuestion}</p>
                <div className="template-actions">
                  <button
                    ref={confirmButton}
                    type="button"
                    className="button button--secondary button--small template-button--danger"
                    onClick={onReset}
                  >
                    {operations.resetting ? 'Resetting…' : 'Yes, use the default'}
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
        ) : preview.email ? (
          <div className="email-preview" aria-busy={preview.fetching || undefined}>
            <p className="email-preview__subject">
              <span className="email-preview__label">Subject: </span>
              {preview.email.subject}
            </p>
            <div className="email-preview__text" data-testid="email-preview-text">
              {preview.email.text}
            </div>
          </div>
        ) : (
          <p className="muted">Loading the preview…</p>
        )}
      </section>
    </div>
  );
}
