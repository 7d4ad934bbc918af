import { useClock } from '../../../shared/hooks/useClock';
import { CheckInReplyForm, SentReply } from './CheckInReply';
import type { CandidateDetails } from './types';

/** What the candidate sent (check-ins, answers) and what happened, oldest first. */
export function ActivitySection({ candidate, onChanged }: { candidate: CandidateDetails; onChanged: () => void }) {
  const clock = useClock();
  const stepTitles = new Map(candidate.nextSteps.map((step) => [step.id, step.title]));
  const nothingReceived = candidate.checkIns.length === 0 && candidate.responses.length === 0;
  return (
    <>
      <section className="card candidate-section" aria-labelledby="received-heading">
        <h2 id="received-heading">Check-ins and answers</h2>
        {nothingReceived && <p className="muted">The candidate has not checked in or sent anything yet.</p>}
        {candidate.checkIns.length > 0 && (
          <>
            <h3>Check-ins</h3>
            <ul className="plain-list received-list">
              {candidate.checkIns.map((checkIn) => (
                <li key={checkIn.id} className="received-item">
                  <p className="received-item__meta">
                    Checked in {clock.instant(checkIn.createdAt)}, after the promised date{' '}
                    {clock.day(checkIn.promisedDate)} passed.
                  </p>
                  {checkIn.message ? (
                    <blockquote className="received-item__message">{checkIn.message}</blockquote>
                  ) : (
                    <p className="muted">No message.</p>
                  )}
                  {checkIn.reply ? (
                    <SentReply reply={checkIn.reply} />
                  ) : (
                    <CheckInReplyForm
                      checkInId={checkIn.id}
                      candidate={candidate}
                      idPrefix={`check-in-${checkIn.id}`}
                      onReplied={onChanged}
                    />
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
        {candidate.responses.length > 0 && (
          <>
            <h3>Answers</h3>
            <ul className="plain-list received-list">
              {candidate.responses.map((response) => {
                const step = response.nextStepId ? stepTitles.get(response.nextStepId) : undefined;
                return (
                  <li key={response.id} className="received-item">
                    <p className="received-item__meta">
                      Sent {clock.instant(response.createdAt)}
                      {step && <> for “{step}”</>}
                    </p>
                    <blockquote className="received-item__message">{response.message}</blockquote>
                    {response.links.length > 0 && (
                      <ul className="received-item__links">
                        {response.links.map((link) => (
                          <li key={link}>
                            {/^https?:\/\//i.test(link) ? (
                              <a href={link} target="_blank" rel="noopener noreferrer" className="break-anywhere">
                                {link}
                              </a>
                            ) : (
                              <span className="break-anywhere">{link}</span>
                            )}
                          </li>
                        ))}
                      </ul>
                    )}
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </section>
      <section className="card candidate-section" aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">Timeline</h2>
        {candidate.timeline.length === 0 ? (
          <p className="muted">Nothing has happened yet.</p>
        ) : (
          <ol className="plain-list timeline">
            {candidate.timeline.map((event) => (
              <li key={event.id} className="timeline__item">
                <p className="timeline__summary">{event.summary}</p>
                <p className="timeline__meta muted">
                  <time dateTime={event.at}>{clock.instant(event.at)}</time>
                  {event.actorName && <> · by {event.actorName}</>}
                </p>
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}
