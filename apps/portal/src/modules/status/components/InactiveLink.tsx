import { DocumentTitle } from '../../../shared/components/DocumentTitle';

/** A calm dead end for unknown, replaced or expired links (and addresses without a token). */
export function InactiveLink() {
  return (
    <div className="card status-notice">
      <DocumentTitle title="Link no longer active · Candor" />
      <h1>This link is no longer active</h1>
      <p>
        Status links stop working when the hiring team sends a newer one, or some time after a decision. Please ask
        the hiring team for the latest link to your application status.
      </p>
    </div>
  );
}
