import type { StatusStep } from '../hooks/useCandidateStatus';
import { NextStepItem } from './NextStepItem';
import { Section } from './Section';
import { zoneDisplayName } from '../utils/dates';

interface NextStepsSectionProps {
  steps: StatusStep[];
  token: string;
  viewerTimeZone: string;
  organizationTimeZone: string;
  onInactive: () => void;
}

/**
 * What comes next, in the order it happens (the API sends steps by date, those still ahead
 * first), then what is done or has gone by, apart under "Behind you".
 */
export function NextStepsSection({ steps, token, viewerTimeZone, organizationTimeZone, onInactive }: NextStepsSectionProps) {
  const dated = steps.some((step) => step.startsAt || step.dueAt);
  const ahead = steps.filter((step) => !step.past);
  const behind = steps.filter((step) => step.past);
  const list = (items: StatusStep[]) => (
    <ol className="steps">
      {items.map((step) => (
        <NextStepItem
          key={step.id}
          step={step}
          token={token}
          viewerTimeZone={viewerTimeZone}
          organizationTimeZone={organizationTimeZone}
          onInactive={onInactive}
        />
      ))}
    </ol>
  );
  return (
    <Section title="What comes next">
      {dated && <p className="muted status-small">Times are shown in your time zone ({zoneDisplayName(viewerTimeZone)}).</p>}
      {ahead.length === 0 ? <p>There are no further steps planned right now.</p> : list(ahead)}
      {behind.length > 0 && (
        <>
          <h3 className="steps__behind-title">Behind you</h3>
          {list(behind)}
        </>
      )}
    </Section>
  );
}
