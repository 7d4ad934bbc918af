import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import type { NeedsAttentionQuery as NeedsAttentionData } from '../../../generated/graphql';
import { ErrorState, LoadingState } from '../../../shared/components/PageState';
import type { PortalClock } from '../../../shared/dates';
import { errorMessage } from '../../../shared/graphql-errors';
import { useClock } from '../../../shared/hooks/useClock';
import { NeedsAttentionQuery } from '../graphql/attention.graphql';
import { CheckInReplyForm } from '../../candidates/components/CheckInReply';
import './attention.css';

type Item = NeedsAttentionData['needsAttention'][number];

/** The item in words, e.g. "Overdue: promised Priya news by Tue, Nov 24, 2026", times on the portal's clock. */
export function describeAttention(item: Item, clock: PortalClock): string {
  const name = item.candidate.name;
  const day = item.dueOn ? clock.day(item.dueOn) : null;
  switch (item.reason) {
    case 'PROMISE_OVERDUE':
      return `Overdue: promised ${name} news by ${day ?? 'a past date'}`;
    case 'PROMISE_AUTO_EXTENDED':
      return `Candor told ${name} the team needs until ${day ?? 'the new day'}; decide by then. It will not be extended again.`;
    case 'PROMISE_DUE_SOON':
      return `Due soon: promised ${name} news by ${day ?? 'soon'}`;
    case 'STEP_PAST_NOT_DONE': {
      const step = item.nextStep?.title ?? 'A step';
      // When the step began (a call's start, a task's due time), as the step itself says; the
      // item's own dueAt is when it ended.
      const startsAt = item.nextStep?.startsAt ?? null;
      const at = startsAt ?? item.nextStep?.dueAt ?? item.dueAt ?? null;
      const when = at ? `, ${startsAt ? 'started' : 'due'} ${clock.instant(at)}` : '';
      return `Step not marked done: “${step}” with ${name}${when}`;
    }
    case 'CHECK_IN_OVERDUE':
      return `Check-in unanswered for a business day: ${name} asked for news${item.receivedAt ? ` on ${clock.instant(item.receivedAt)}` : ''}`;
    case 'CHECK_IN_WAITING':
      return `Check-in waiting: ${name} asked for news${item.receivedAt ? ` on ${clock.instant(item.receivedAt)}` : ''}`;
    case 'RESPONSE_WAITING':
      return `Answer waiting: ${name} sent information${item.receivedAt ? ` on ${clock.instant(item.receivedAt)}` : ''}`;
    case 'EMAIL_UNDELIVERABLE': {
      const what = item.candidate.emailUndeliverable?.kind === 'COMPLAINT' ? `${name} reported an email as spam` : `mail to ${name} bounced`;
      return `Emails paused: ${what}${item.receivedAt ? ` on ${clock.instant(item.receivedAt)}` : ''}`;
    }
    default:
      return `${name} needs attention`;
  }
}

/**
 * A check-in unanswered for a business day leads, then promises Candor extended on a pre-approval
 * (the last chance before a second lapse), as the API orders them; the rest keep the API's order.
 */
export function autoExtendedFirst(items: readonly Item[]): Item[] {
  const first = (item: Item) => (item.reason === 'CHECK_IN_OVERDUE' ? 0 : item.reason === 'PROMISE_AUTO_EXTENDED' ? 1 : 2);
  return [...items].sort((a, b) => first(a) - first(b));
}

/** What the team owes candidates right now, on the home page above the jobs. */
export function AttentionPanel() {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: NeedsAttentionQuery });
  const clock = useClock();
  const items = autoExtendedFirst(data?.needsAttention ?? []);
  // A check-in answered here leaves the list; this says so meanwhile.
  const [repliedTo, setRepliedTo] = useState<string | null>(null);

  let body;
  if (!data && (fetching || !error)) {
    body = <LoadingState label="Loading what needs attention…" />;
  } else if (!data) {
    body = (
      <ErrorState
        title="We could not load what needs attention"
        message={errorMessage(error)}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      />
    );
  } else if (items.length === 0) {
    body = <p className="attention__empty">Nothing is waiting. Every promise is on track.</p>;
  } else {
    body = (
      <ul className="attention__list">
        {items.map((item, index) => (
          <li
            key={`${item.reason}-${item.candidate.id}-${item.nextStep?.id ?? index}`}
            className={`attention__item attention__item--${item.reason.toLowerCase().replace(/_/g, '-')}`}
          >
            <Link className="attention__link" to={`/candidates/${item.candidate.id}`}>
              {describeAttention(item, clock)}
            </Link>
            <span className="attention__job">{item.candidate.job.title}</span>
            {item.checkIn && (item.reason === 'CHECK_IN_WAITING' || item.reason === 'CHECK_IN_OVERDUE') && (
              <details className="attention__reply">
                <summary>Reply to {item.candidate.name}</summary>
                {item.checkIn.message && <blockquote className="received-item__message">{item.checkIn.message}</blockquote>}
                <CheckInReplyForm
                  checkInId={item.checkIn.id}
                  candidate={item.candidate}
                  idPrefix={`attention-${item.checkIn.id}`}
                  onReplied={() => {
                    setRepliedTo(item.candidate.name);
                    reexecute({ requestPolicy: 'network-only' });
                  }}
                />
              </details>
            )}
          </li>
        ))}
      </ul>
    );
  }

  return (
    <section className="card attention" aria-labelledby="attention-heading">
      <h2 id="attention-heading" className="attention__heading">
        Needs attention
        {data && items.length > 0 && <span className="attention__count"> ({items.length})</span>}
      </h2>
      <p role="status" className="form-status">
        {repliedTo && `Reply sent to ${repliedTo}: they are emailed it and see it on their status page.`}
      </p>
      {body}
    </section>
  );
}

export default AttentionPanel;
