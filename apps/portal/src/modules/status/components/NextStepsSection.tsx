import type { StatusStep } from '../hooks/useCandidateStatus';
import { NextStepItem } from './NextStepItem';
import { Section } from './Section';

interface NextStepsSectionProps {
  steps: StatusStep[];
  token: string;
  viewerTimeZone: string;
  organizationTimeZone: string;
  onInactive: () => void;
}

export function NextStepsSection({ steps, token, viewerTimeZone, organizationTimeZone, onInactive }: NextStepsSectionProps) {
  const dated = steps.some((step) => step.startsAt || step.dueAt);
  return (
    <Section title="What comes next">
      {steps.length === 0 ? (
        <p>There are no further steps planned right now.</p>
      ) : (
        <>
          {dated && <p className="muted status-small">Times are shown in your time zone ({viewerTimeZone}).</p>}
          <ol className="steps">
            {steps.map((step) => (
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
        </>
      )}
    </Section>
  );
}
