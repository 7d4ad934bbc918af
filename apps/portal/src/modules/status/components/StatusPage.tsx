import { useMemo } from 'react';
import { LoadingState } from '../../../shared/components/PageState';
import { useCandidateStatus } from '../hooks/useCandidateStatus';
import { useStatusToken } from '../hooks/useStatusToken';
import { browserTimeZone } from '../utils/dates';
import { InactiveLink } from './InactiveLink';
import { LoadProblem } from './LoadProblem';
import { StatusView } from './StatusView';
import { ContactSection } from './ContactSection';
import { StatusBrandHeader } from './StatusBrandHeader';
import { accentStyle } from '../utils/brand';
import { DocumentTitle } from '../../../shared/components/DocumentTitle';

interface StatusPageProps {
  /** The candidate's IANA time zone; the browser's by default (tests pass one). */
  timeZone?: string;
}

/**
 * The candidate's status page, opened from `/status#<token>`. No login: the token in the URL
 * fragment is the only credential and is sent only as the GraphQL variable. Loaded by its own
 * entry (src/status) so it carries neither the router nor urql nor the recruiter portal.
 */
export default function StatusPage({ timeZone }: StatusPageProps) {
  const token = useStatusToken();
  const { load, retry, markInactive } = useCandidateStatus(token);
  const viewerTimeZone = useMemo(() => timeZone ?? browserTimeZone(), [timeZone]);

  let content;
  switch (load.kind) {
    case 'loading':
      content = (
        <>
          <DocumentTitle title="Your application · Candor" />
          <h1 className="visually-hidden">Your application</h1>
          <LoadingState label="Loading your status…" />
        </>
      );
      break;
    case 'inactive':
      content = <InactiveLink />;
      break;
    case 'error':
      content = <LoadProblem code={load.code} message={load.message} onRetry={retry} />;
      break;
    case 'ready':
      content = (
        <StatusView
          status={load.status}
          token={token ?? ''}
          viewerTimeZone={viewerTimeZone}
          onInactive={markInactive}
        />
      );
      break;
  }
  // The employer on the page (#12): logo, accent colour and the job's contact, once loaded.
  const brand = load.kind === 'ready' ? load.status : null;

  return (
    <div className="status-page" style={accentStyle(brand?.accentColor)}>
      <StatusBrandHeader brand={brand} />
      <main id="main" className="status-main">
        {content}
        {brand && <ContactSection contact={brand.contact} />}
      </main>
      {load.kind === 'ready' && (
        <footer className="status-footer">
          <p>This page is private to you. Please do not share its link.</p>
        </footer>
      )}
    </div>
  );
}
