import type { CandidateStatus } from '../hooks/useCandidateStatus';
import { Section } from './Section';

type Stage = CandidateStatus['stages'][number];

const STATE_LABELS = { DONE: 'Done', CURRENT: 'You are here', UPCOMING: 'Upcoming' } as const;

interface StagesSectionProps {
  stages: Stage[];
  currentStage: Stage;
  /** There is an outcome: its words are in the Outcome section, so the stage does not repeat them. */
  decided?: boolean;
}

/** The pipeline in the candidate's words, the current stage highlighted (and not by colour alone). */
export function StagesSection({ stages, currentStage, decided = false }: StagesSectionProps) {
  const hasCurrent = stages.some((stage) => stage.state === 'CURRENT');
  const list: Stage[] = stages.length > 0 ? stages : [{ ...currentStage, state: 'CURRENT' }];
  return (
    <Section title="Where you stand">
      <ol className="stages">
        {list.map((stage, index) => {
          // The API marks the current stage; should it not, the current stage's name does.
          const current = hasCurrent ? stage.state === 'CURRENT' : stage.name === currentStage.name;
          const state = current ? 'CURRENT' : stage.state === 'CURRENT' ? 'UPCOMING' : stage.state;
          return (
            <li
              key={`${index}-${stage.name}`}
              className={`stage stage--${state.toLowerCase()}`}
              aria-current={current ? 'step' : undefined}
            >
              <span className="stage__marker" aria-hidden="true">
                {state === 'DONE' ? '✓' : index + 1}
              </span>
              <div className="stage__body">
                <span className="stage__name">{stage.name}</span>
                <span className="stage__state">{decided && current ? 'Decision' : STATE_LABELS[state]}</span>
                {current && !decided && stage.description && <p className="stage__description status-text">{stage.description}</p>}
              </div>
            </li>
          );
        })}
      </ol>
    </Section>
  );
}
