import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <main id="main" className="container narrow">
      <title>Page not found · Candor</title>
      <h1>Page not found</h1>
      <p>There is nothing at this address. Check the link, or go back to the start.</p>
      <p>
        <Link to="/">Go to Candor</Link>
      </p>
    </main>
  );
}
