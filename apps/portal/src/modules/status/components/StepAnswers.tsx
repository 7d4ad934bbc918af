import { LIMITS } from '@candor/domain';
import { useEffect, useRef, useState } from 'react';
import { formatSentAt } from '../utils/dates';
import { AnswerForm, type SentAnswer } from './AnswerForm';

interface StepAnswersProps {
  stepId: string;
  stepTitle: string;
  /** What the candidate already sent, oldest first. */
  answers: SentAnswer[];
  /** The team still waits for an answer (the step is ahead); otherwise the answers are only shown. */
  open: boolean;
  token: string;
  viewerTimeZone: string;
  onInactive: () => void;
}

/**
 * A request's answers as the candidate sent them, and the way to send one (or add to it, up to
 * LIMITS.answersPerStep): the form shows at once while nothing is sent, behind a button after.
 */
export function StepAnswers({ stepId, stepTitle, answers: sentBefore, open, token, viewerTimeZone, onInactive }: StepAnswersProps) {
  const [answers, setAnswers] = useState(sentBefore);
  const [formOpen, setFormOpen] = useState(sentBefore.length === 0);
  const [justSent, setJustSent] = useState(false);
  const thanks = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (justSent) thanks.current?.focus();
  }, [justSent]);

  function onSent(answer: SentAnswer) {
    setAnswers((list) => [...list, answer]);
    setFormOpen(false);
    setJustSent(true);
  }

  const full = answers.length >= LIMITS.answersPerStep;
  return (
    <div className="step__answers">
      {answers.length > 0 && (
        <>
          <h4>{answers.length === 1 ? 'Your answer' : 'Your answers'}</h4>
          <ol className="answers">
            {answers.map((answer, index) => (
              <li key={`${answer.sentAt}-${index}`} className="answer">
                <p className="answer__when muted status-small">Sent {formatSentAt(answer.sentAt, viewerTimeZone)}</p>
                <p className="status-text">{answer.message}</p>
                {answer.links.length > 0 && (
                  <ul className="answer__links">
                    {answer.links.map((link) => (
                      <li key={link}>{link}</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        </>
      )}
      {justSent && (
        <p ref={thanks} className="status-confirmation" role="status" tabIndex={-1}>
          Thank you, your answer has been sent to the team.
        </p>
      )}
      {open && !full && formOpen && (
        <AnswerForm stepId={stepId} stepTitle={stepTitle} token={token} onSent={onSent} onInactive={onInactive} />
      )}
      {open && !full && !formOpen && (
        <button type="button" className="button button--secondary button--small" onClick={() => setFormOpen(true)}>
          Add to your answer<span className="visually-hidden"> – {stepTitle}</span>
        </button>
      )}
      {open && full && <p className="status-note">You have sent as many answers as this step takes. To add more, please write to the team.</p>}
    </div>
  );
}
