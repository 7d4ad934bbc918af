import { ErrorCode } from '@candor/domain';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import type { CheckInMutation, CheckInMutationVariables } from '../../../generated/graphql';
import { Field } from '../../../shared/components/Field';
import { FormAlert } from '../../../shared/components/FormAlert';
import { graphqlRequest, StatusApiError, toFieldErrors, UNKNOWN_MESSAGE } from '../graphql/request';
import { CHECK_IN_MUTATION } from '../graphql/status.graphql';
import { formatCalendarDate } from '../utils/dates';

export const CHECK_IN_MESSAGE_LIMIT = 1000;
const LABELS = { message: 'Message (optional)' };

type Errors = { fields: Partial<Record<keyof typeof LABELS, string>>; form: string | null };

/** The promised day passed without news: the candidate may check in once, politely. */
interface CheckInFormProps {
  token: string;
  onInactive: () => void;
  /** Called with the message sent (null for none) once the team has it. */
  onCheckedIn?: (message: string | null) => void;
}

export function CheckInForm({ token, onInactive, onCheckedIn }: CheckInFormProps) {
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const result = useRef<HTMLParagraphElement>(null);
  const inFlight = useRef(false);
  const [sending, setSending] = useState(false);
  const [outcome, setOutcome] = useState<{ text: string; accepted: boolean } | null>(null);
  const [errors, setErrors] = useState<Errors | null>(null);

  useEffect(() => {
    if (outcome) result.current?.focus();
  }, [outcome]);

  useEffect(() => {
    if (!errors) return;
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (inFlight.current) return;
    const message = String(new FormData(event.currentTarget).get('message') ?? '').trim();
    if (message.length > CHECK_IN_MESSAGE_LIMIT) {
      setErrors({ fields: { message: `Your message must be at most ${CHECK_IN_MESSAGE_LIMIT} characters.` }, form: null });
      return;
    }

    inFlight.current = true;
    setSending(true);
    try {
      const data = await graphqlRequest<CheckInMutation, CheckInMutationVariables>(CHECK_IN_MUTATION, {
        token,
        message: message || null,
      });
      const { accepted, nextAllowedOn } = data.checkIn;
      setErrors(null);
      if (accepted) onCheckedIn?.(message || null);
      setOutcome({
        accepted,
        text: accepted
          ? 'Thanks, the team has been told you checked in.'
          : nextAllowedOn
            ? `You can check in from ${formatCalendarDate(nextAllowedOn)}.`
            : 'You have already checked in for this date.',
      });
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

  if (outcome) {
    return (
      <p
        ref={result}
        className={outcome.accepted ? 'status-confirmation' : 'status-note'}
        role="status"
        tabIndex={-1}
      >
        {outcome.text}
      </p>
    );
  }

  return (
    <>
      <p>
        The day the team gave you has passed without news, so it is fine to check in now. The team will be told at
        once; you can add a short message if you like.
      </p>
      <form ref={form} className="form" onSubmit={onSubmit} noValidate aria-label="Check in">
        <FormAlert message={errors?.form ?? null} />
        <Field
          id={`${id}-message`}
          label={LABELS.message}
          hint={`Up to ${CHECK_IN_MESSAGE_LIMIT} characters.`}
          error={errors?.fields.message}
        >
          {(control) => (
            <textarea
              className="input textarea"
              name="message"
              rows={3}
              maxLength={CHECK_IN_MESSAGE_LIMIT}
              {...control}
            />
          )}
        </Field>
        <div>
          <button type="submit" className="button button--primary" aria-disabled={sending || undefined}>
            {sending ? 'Checking in…' : 'Check in'}
          </button>
        </div>
      </form>
    </>
  );
}
