import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { roleAllows } from '@candor/domain';
import { useViewer } from '../../auth/hooks/viewer';
import type { HiringProgress } from '../../jobs/hooks/useHiringProgress';
import './onboarding.css';

interface Step {
  title: string;
  done: boolean;
  body: ReactNode;
}

/**
 * Today for an organization with nothing to track yet (no candidates): what to do, in order,
 * from creating a job to sharing a candidate's status link. Each step says whether it is done
 * in words, not by colour alone.
 */
export function FirstRunGuide({ progress }: { progress: HiringProgress }) {
  const canCreateJobs = roleAllows(useViewer().member.role, 'jobs:manage');
  const job = progress.newestOpenJob;
  const steps: Step[] = [
    {
      title: 'Create a job',
      done: progress.jobs > 0,
      body:
        progress.jobs > 0
          ? 'Done. Each new job starts with the default hiring pipeline, which you can change in its settings.'
          : canCreateJobs
            ? 'Name the role in “Create a job”. It starts with the default hiring pipeline.'
            : 'Ask a recruiter or an admin of your organization to create one.',
    },
    {
      title: 'Add candidates',
      done: false,
      body: job ? (
        <>
          On <Link to={`/jobs/${job.id}`}>the board of “{job.title}”</Link>, add each candidate with their email address.
        </>
      ) : (
        "On the job's board, add each candidate with their email address."
      ),
    },
    {
      title: 'Publish next steps and a reply date',
      done: false,
      body: "On a candidate's page, add what comes next (a call, an interview, a test) and the day they will hear back by.",
    },
    {
      title: 'Share the status link',
      done: false,
      body: "Each candidate gets a private status link with their stage emails; you can also copy it from the candidate's page.",
    },
  ];

  return (
    <section className="card first-run" aria-labelledby="first-run-heading">
      <h2 id="first-run-heading">Get started</h2>
      <p className="first-run__intro">
        Nothing to track yet. Candor shows each candidate where they stand, what comes next and when they will hear back;
        here is how to get there.
      </p>
      <ol className="first-run__steps">
        {steps.map((step) => (
          <li key={step.title} className={step.done ? 'first-run__step is-done' : 'first-run__step'}>
            <p className="first-run__step-head">
              <strong>{step.title}</strong>{' '}
              <span className={step.done ? 'badge first-run__state first-run__state--done' : 'badge first-run__state'}>{step.done ? 'Done' : 'To do'}</span>
            </p>
            <p className="first-run__step-body">{step.body}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
