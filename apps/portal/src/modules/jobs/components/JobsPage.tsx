import { CreateJobForm } from './CreateJobForm';
import { JobList } from './JobList';

/** The signed-in home: the organization's jobs and a way to add one. */
export function JobsPage() {
  return (
    <>
      <title>Jobs · Candor</title>
      <h1 className="page-title">Jobs</h1>
      <div className="jobs-layout">
        <div className="jobs-layout__aside">
          <CreateJobForm />
        </div>
        <section aria-label="Your jobs" className="jobs-layout__main">
          <JobList />
        </section>
      </div>
    </>
  );
}
