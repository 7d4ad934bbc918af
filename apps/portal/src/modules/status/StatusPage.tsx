/**
 * The candidate's status page (the token follows the # of the link). Loaded as its own chunk:
 * it must stay small and must not pull in the recruiter portal.
 */
export default function StatusPage() {
  return (
    <>
      <header className="auth-header">
        <span className="brand">Candor</span>
      </header>
      <main id="main" className="auth-main">
        <title>Your application · Candor</title>
        <div className="card auth-card">
          <h1>Your application status</h1>
          <p>This page is coming soon.</p>
        </div>
      </main>
    </>
  );
}
