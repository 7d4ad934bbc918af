import { ErrorCode } from '@candor/domain';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import type { RespondToRequestMutation, RespondToRequestMutationVariables } from '../../../generated/graphql';
import { Field } from '../../../shared/components/Field';
import { FormAlert } from '../../../shared/components/FormAlert';
import { graphqlRequest, StatusApiError, toFieldErrors, UNKNOWN_MESSAGE } from '../graphql/request';
import { RESPOND_TO_REQUEST_MUTATION } from '../graphql/status.graphql';

export const ANSWER_LIMITS = { message: 4000, links: 5 } as const;
const LABELS = { message: 'Your answer', links: 'Links (one per line)' };

type Errors = { fields: Partial<Record<keyof typeof LABELS, string>>; form: string | null };

/** An answer as the page shows it back. */
export interface SentAnswer {
  sentAt: string;
  message: string;
  links: string[];
}

interface AnswerFormProps {
  stepId: string;
  stepTitle: string;
  token: string;
  /** Called with what was sent once the API took it. */
  onSent: (answer: SentAnswer) => void;
  onInactive: () => void;
}

/** The candidate sends the information or work samples a step asks for (again, to add to or correct an answer). */
export function AnswerForm({ stepId, stepTitle, token, onSent, onInactive }: AnswerFormProps) {
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const inFlight = useRef(false);
  const [sending, setSending] = useState(false);
  const [errors, setErrors] = useState<Errors | null>(null);

  useEffect(() => {
    if (!errors) return;
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (inFlight.current) return;
    const data = new FormData(event.currentTarget);
    const message = String(data.get('message') ?? '').trim();
    const links = String(data.get('links') ?? '')
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean);

    const problems = validate(message, links);
    if (problems) {
      setErrors(problems);
      return;
    }

    inFlight.current = true;
    setSending(true);
    try {
      const result = await graphqlRequest<RespondToRequestMutation, RespondToRequestMutationVariables>(
        RESPOND_TO_REQUEST_MUTATION,
        { input: { token, stepId, message, links } },
      );
      if (result.respondToRequest.accepted) {
        setErrors(null);
        onSent({ sentAt: new Date().toISOString(), message, links });
      } else {
        setErrors({ fields: {}, form: 'The team is no longer waiting for an answer to this step. Please reload the page.' });
      }
    } catch (error) {
      if (error instanceof StatusApiError && error.code === ErrorCode.NOT_FOUND) {
        onInactive();
        return;
      }
      setErrors(error instanceof StatusApiError ? toFieldErrors(error, LABELS) : { fields: {}, form: UNKNOWN_MESSAGE });
    } finally {
      inFlight.current = false;
      setSending(false);
    }
  }

  const fields = errors?.fields ?? {};
  return (
    <form ref={form} className="form step__form" onSubmit={onSubmit} noValidate aria-label={`Answer: ${stepTitle}`}>
      <FormAlert message={errors?.form ?? null} />
      <Field
        id={`${id}-message`}
        label={LABELS.message}
        hint={`Up to ${ANSWER_LIMITS.message} characters.`}
        error={fields.message}
      >
        {(control) => (
          <textarea
            className="input textarea"
            name="message"
            rows={5}
            maxLength={ANSWER_LIMITS.message}
            required
            {...control}
          />
        )}
      </Field>
      <Field
        id={`${id}-links`}
        label={LABELS.links}
        hint={`Optional: up to ${ANSWER_LIMITS.links} links starting with https:// or http://, e.g. to work samples.`}
        error={fields.links}
      >
        {(control) => (
          <textarea
            className="input textarea"
            name="links"
            rows={3}
            inputMode="url"
            autoCapitalize="none"
            autoCorrect="off"
            spellCheck={false}
            {...control}
          />
        )}
      </Field>
      <div>
        <button type="submit" className="button button--primary" aria-disabled={sending || undefined}>
          {sending ? 'Sending…' : 'Send answer'}
        </button>
      </div>
    </form>
  );
}

function validate(message: string, links: string[]): Errors | null {
  const fields: Errors['fields'] = {};
  if (!message) fields.message = 'Please write your answer.';
  else if (message.length > ANSWER_LIMITS.message) {
    fields.message = `Your answer must be at most ${ANSWER_LIMITS.message} characters.`;
  }
  if (links.length > ANSWER_LIMITS.links) fields.links = `Please add at most ${ANSWER_LIMITS.links} links.`;
  else {
    const bad = links.findIndex((link) => !isWebLink(link));
    if (bad >= 0) fields.links = `Line ${bad + 1} is not a web link: links start with https:// or http://.`;
  }
  return Object.keys(fields).length > 0 ? { fields, form: null } : null;
}

function isWebLink(value: string): boolean {
  if (!/^https?:\/\//i.test(value)) return false;
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}
