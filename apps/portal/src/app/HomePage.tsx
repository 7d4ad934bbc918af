import { AttentionPanel } from '../modules/attention/components/AttentionPanel';
import { CreateJobForm } from '../modules/jobs/components/CreateJobForm';
import { JobList } from '../modules/jobs/components/JobList';
import { useHiringProgress } from '../modules/jobs/hooks/useHiringProgress';
import { FirstRunGuide } from '../modules/onboarding/components/FirstRunGuide';
import { PromiseFigures } from '../modules/promises/components/PromiseFigures';
import { DocumentTitle } from '../shared/components/DocumentTitle';

/**
 * The signed-in home: what candidates are waiting on, then the jobs and a way to add one. While
 * the organization has no candidates there is nothing to wait on: the first-run guide says what
 * to do instead. Below what is waiting, how well the team kept its promised reply days.
 */
export function HomePage() {
  const progress = useHiringProgress();
  return (
    <>
      <DocumentTitle title="Home · Candor" />
      <h1 className="page-title">Today</h1>
      {progress && progress.candidates === 0 ? (
        <FirstRunGuide progress={progress} />
      ) : (
        <>
          <AttentionPanel />
          <PromiseFigures breakdown />
        </>
      )}
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
