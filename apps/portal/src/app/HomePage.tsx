import { AttentionPanel } from '../modules/attention/components/AttentionPanel';
import { JobsPage } from '../modules/jobs/components/JobsPage';

/** The signed-in home: what candidates are waiting on, then the jobs. */
export function HomePage() {
  return (
    <>
      <AttentionPanel />
      <JobsPage />
    </>
  );
}
