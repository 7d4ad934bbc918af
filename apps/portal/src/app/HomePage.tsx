import { AttentionPanel } from '../modules/attention/components/AttentionPanel';
import { CreateJobForm } from '../modules/jobs/components/CreateJobForm';
import { JobList } from '../modules/jobs/components/JobList';
import { DocumentTitle } from '../shared/components/DocumentTitle';

/** The signed-in home: what candidates are waiting on, then the jobs and a way to add one. */
export function HomePage() {
  return (
    <>
      <DocumentTitle title="Home · Candor" />
      <h1 className="page-title">Today</h1>
      <AttentionPanel />
      <div className="jobs-layout">
        <div className="jobs-layout__aside">
          <CreateJobForm />
        </div>
        <section aria-labelledby="jobs-heading" className="jobs-layout__main">
          <h2 id="jobs-heading">Jobs</h2>
          <JobList />
        </section>
      </div>
    </>
  );
}
