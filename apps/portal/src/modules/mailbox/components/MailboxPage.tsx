import { useQuery } from 'urql';
import { LoadError } from '../../../shared/components/LoadError';
import { LoadingState } from '../../../shared/components/PageState';
import { useClock } from '../../../shared/hooks/useClock';
import { MailboxQuery } from '../graphql/mailbox.graphql';
import './mailbox.css';
import { DocumentTitle } from '../../../shared/components/DocumentTitle';

const STATUS_WORDS: Record<string, string> = {
  SCHEDULED: 'Scheduled',
  SENDING: 'Sending',
  SENT: 'Sent',
  FAILED: 'Failed',
  CANCELLED: 'Cancelled',
  PAUSED: 'Paused',
};

/** The organization's latest 50 emails; with the dev mailbox, this is where they "arrive". */
export function MailboxPage() {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: MailboxQuery });
  const clock = useClock();
  const refresh = () => reexecute({ requestPolicy: 'network-only' });

  let body;
  if (!data && (fetching || !error)) {
    body = <LoadingState label="Loading emails…" />;
  } else if (!data) {
    body = <LoadError title="We could not load the mailbox" error={error} onRetry={refresh} />;
  } else {
    body = (
      <>
        {data.mailTransport === 'smtp' ? (
          <p className="mailbox__note">
            Emails are delivered to your SMTP server. They are listed here for reference only.
          </p>
        ) : (
          <p className="mailbox__note">
            Development mailbox: no email leaves this machine. Every email Candor would send is kept here.
          </p>
        )}
        <div className="mailbox__toolbar">
          <p className="muted mailbox__count">
            {data.mailbox.length === 1 ? '1 email' : `${data.mailbox.length} emails`}, newest first
          </p>
          <button type="button" className="button button--secondary button--small" onClick={refresh}>
            {fetching ? 'Refreshing…' : 'Refresh'}
          </button>
        </div>
        {data.mailbox.length === 0 ? (
          <p className="mailbox__empty">No emails yet.</p>
        ) : (
          <ul className="mailbox__list" aria-label="Emails">
            {data.mailbox.map((message) => (
              <li key={message.id} className="mailbox__item">
                <details className="mail">
                  <summary className="mail__summary">
                    <span className="mail__subject">{message.subject}</span>
                    <span className="mail__meta">
                      To <span className="mail__to">{message.to}</span> ·{' '}
                      {STATUS_WORDS[message.status] ?? message.status} ·{' '}
                      <time dateTime={message.sentAt ?? message.createdAt}>
                        {clock.instant(message.sentAt ?? message.createdAt)}
                      </time>
                    </span>
                  </summary>
                  <pre className="mail__text">{message.text}</pre>
                </details>
              </li>
            ))}
          </ul>
        )}
      </>
    );
  }

  return (
    <div className="mailbox">
      <DocumentTitle title="Mailbox · Candor" />
      <h1 className="page-title">{data?.mailTransport === 'smtp' ? 'Sent emails' : 'Dev mailbox'}</h1>
      {body}
    </div>
  );
}

export default MailboxPage;
