import { ErrorCode, LIMITS } from '@candor/domain';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { Field } from '../../../shared/components/Field';
import { FormAlert } from '../../../shared/components/FormAlert';
import { errorCode, toFormErrors } from '../../../shared/graphql-errors';
import { useClock } from '../../../shared/hooks/useClock';
import { ReplyToCheckInMutation } from '../graphql/candidate.graphql';

const LABELS = {
  message: 'Your reply',
  expectedResponseBy: 'New promised reply date',
  promiseChangeReason: 'Why the day moves later',
};
type FieldName = keyof typeof LABELS;

export const REPLY_CONFLICT_MESSAGE =
  'This check-in was answered or the candidate changed while you were writing. We loaded the latest details; check them and send again if it still needs a reply.';

/** The team's reply to a check-in, as the portal reads it. */
export interface ReplyDetails {
  message: string;
  sentAt: string;
  newExpectedResponseBy?: string | null;
}

/** The reply once sent: when, the words, and the new day when one came with it (the portal's clock). */
export function SentReply({ reply }: { reply: ReplyDetails }) {
  const clock = useClock();
  return (
    <div className="check-in-reply" data-testid="check-in-reply">
      <p className="received-item__meta">
        The team replied {clock.instant(reply.sentAt)}
        {reply.newExpectedResponseBy && <>, promising news by {clock.day(reply.newExpectedResponseBy)}</>}.
      </p>
      <blockquote className="received-item__message">{reply.message}</blockquote>
    </div>
  );
}

interface Props {
  /** The check-in to answer. */
  checkInId: string;
  /** The candidate as the page read it: their version (the lock, with a new day) and the promise now. */
  candidate: { version: number; expectedResponseBy?: string | null; promiseState: string };
  /** Distinguishes the form's ids when several are on one page. */
  idPrefix: string;
  /** After a reply was sent (or the check-in turned out answered): the page reloads. */
  onReplied: () => void;
}

/**
 * Answers a candidate's check-in: the reply (they read it on their page and by email), an optional
 * new promised day and, when that day is later than an open promise they still wait for, why
 * (the reply itself is the reason when left empty). Once sent, the reply shows instead.
 */
export function CheckInReplyForm({ checkInId, candidate, idPrefix, onReplied }: Props) {
  const [message, setMessage] = useState('');
  const [day, setDay] = useState('');
  const [reason, setReason] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [sent, setSent] = useState<ReplyDetails | null>(null);
  const [{ fetching }, reply] = useMutation(ReplyToCheckInMutation);
  const clock = useClock();
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (Object.values(fieldErrors).some(Boolean)) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [fieldErrors]);

  const current = candidate.expectedResponseBy ?? '';
  // A later day than the open promise the candidate still waits for extends it: they are told why.
  const laterThan = day && current && candidate.promiseState !== 'OVERDUE' && day > current ? current : null;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (fetching) return;
    setFieldErrors({});
    setFormError(null);
    if (!message.trim()) {
      setFieldErrors({ message: 'Write the reply the candidate will read.' });
      return;
    }
    const result = await reply({
      input: {
        checkInId,
        message: message.trim(),
        ...(day ? { expectedResponseBy: day, expectedVersion: candidate.version } : {}),
        ...(laterThan && reason.trim() ? { promiseChangeReason: reason.trim() } : {}),
      },
    });
    if (result.error || !result.data) {
      if (errorCode(result.error) === ErrorCode.CONFLICT) {
        setFormError(REPLY_CONFLICT_MESSAGE);
        onReplied();
        return;
      }
      const errors = toFormErrors(result.error, LABELS);
      setFieldErrors(errors.fields);
      setFormError(errors.form);
      return;
    }
    setSent(result.data.replyToCheckIn.reply ?? null);
    onReplied();
  }

  if (sent) {
    return (
      <div role="status">
        <p className="form-status">Reply sent: the candidate is emailed it and sees it on their status page.</p>
        <SentReply reply={sent} />
      </div>
    );
  }

  return (
    <form ref={form} className="form check-in-reply-form" onSubmit={onSubmit} noValidate aria-label="Reply to the check-in">
      <FormAlert message={formError} />
      <Field
        id={`${idPrefix}-message`}
        label={LABELS.message}
        hint="The candidate reads it on their status page and in an email."
        error={fieldErrors.message}
      >
        {(control) => (
          <textarea
            {...control}
            className="input textarea"
            rows={3}
            maxLength={LIMITS.checkInReply}
            value={message}
            onChange={(event) => setMessage(event.target.value)}
            required
          />
        )}
      </Field>
      <Field
        id={`${idPrefix}-day`}
        label={LABELS.expectedResponseBy}
        hint={`Optional: a day in ${clock.zoneLabel()} the candidate will hear back by, told with the reply.`}
        error={fieldErrors.expectedResponseBy}
      >
        {(control) => (
          <input
            {...control}
            className="input input--date"
            type="date"
            value={day}
            onChange={(event) => setDay(event.target.value)}
          />
        )}
      </Field>
      {laterThan && (
        <Field
          id={`${idPrefix}-reason`}
          label={LABELS.promiseChangeReason}
          hint={`The candidate was promised news by ${clock.day(laterThan)}. Leave empty to give the reply as the reason.`}
          error={fieldErrors.promiseChangeReason}
        >
          {(control) => (
            <textarea
              {...control}
              className="input textarea"
              rows={2}
              maxLength={LIMITS.promiseChangeReason}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
            />
          )}
        </Field>
      )}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={fetching}>
          {fetching ? 'Sending…' : 'Send reply'}
        </button>
      </div>
    </form>
  );
}
