import { useId, useState } from 'react';
import { JobSettingsPanel } from './JobSettingsPanel';
import '../job-settings.css';

interface Props {
  job: { id: string; title: string };
}

/** A "Job settings" button on the board that shows the settings panel below it. */
export function JobSettingsDisclosure({ job }: Props) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <div className="job-settings-disclosure">
      <button
        type="button"
        className="button button--secondary button--small"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen((value) => !value)}
      >
        <span aria-hidden="true" className="job-settings-disclosure__icon">
          {open ? '▾' : '▸'}
        </span>
        Job settings
      </button>
      {open && (
        <div id={panelId}>
          <JobSettingsPanel jobId={job.id} />
        </div>
      )}
    </div>
  );
}
