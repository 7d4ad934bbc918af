import { Link } from 'react-router';
import { useQuery } from 'urql';
import type { NeedsAttentionQuery as NeedsAttentionData } from '../../../generated/graphql';
import { ErrorState, LoadingState } from '../../../shared/components/PageState';
import { errorMessage } from '../../../shared/graphql-errors';
import { formatDay, formatInstant } from '../../candidates/utils/dates';
import { NeedsAttentionQuery } from '../graphql/attention.graphql';
import './attention.css';

type Item = NeedsAttentionData['needsAttention'][number];

/** The item in words, e.g. "Overdue: promised Priya news by Tue, Nov 24". */
export function describeAttention(item: Item): string {
  const name = item.candidate.name;
  const day = item.dueOn ? formatDay(item.dueOn) : null;
  switch (item.reason) {
    case 'PROMISE_OVERDUE':
      return `Overdue: promised ${name} news by ${day ?? 'a past date'}`;
    case 'PROMISE_DUE_SOON':
      return `Due soon: promised ${name} news by ${day ?? 'soon'}`;
    case 'STEP_PAST_NOT_DONE': {
      const step = item.nextStep?.title ?? 'A step';
      const when = item.dueAt ? ` (${formatInstant(item.dueAt)})` : '';
      return `Step not marked done: “${step}” with ${name}${when}`;
    }
    case 'CHECK_IN_WAITING':
      return `Check-in waiting: ${name} asked for news${item.receivedAt ? ` on ${formatInstant(item.receivedAt)}` : ''}`;
    case 'RESPONSE_WAITING':
      return `Answer waiting: ${name} sent information${item.receivedAt ? ` on ${formatInstant(item.receivedAt)}` : ''}`;
    default:
      return `${name} needs attention`;
  }
}

/** What the team owes candidates right now, on the home page above the jobs. */
export function AttentionPanel() {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: NeedsAttentionQuery });
  const items = data?.needsAttention ?? [];

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
              {describeAttention(item)}
            </Link>
            <span className="attention__job">{item.candidate.job.title}</span>
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
      {body}
    </section>
  );
}

export default AttentionPanel;
