import { Link } from 'react-router';
import { DocumentTitle } from '../shared/components/DocumentTitle';

export function NotFoundPage() {
  return (
    <main id="main" className="container narrow">
      <DocumentTitle title="Page not found · Candor" />
      <h1>Page not found</h1>
      <p>There is nothing at this address. Check the link, or go back to the start.</p>
      <p>
        <Link to="/">Go to Candor</Link>
      </p>
    </main>
  );
}
