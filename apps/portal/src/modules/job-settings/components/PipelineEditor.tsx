import { useState } from 'react';
import { useMutation } from 'urql';
import type { SettingsStageFragment as SettingsStage } from '../../../generated/graphql';
import { FormAlert } from '../../../shared/components/FormAlert';
import { errorMessage } from '../../../shared/graphql-errors';
import { RemoveStageMutation, ReorderStagesMutation } from '../graphql/job-settings.graphql';
import { AddStageForm } from './AddStageForm';
import { StageItem } from './StageItem';

interface Props {
  jobId: string;
  stages: SettingsStage[];
  /** How many current candidates each stage holds, by stage id. */
  inStage: ReadonlyMap<string, number>;
}

/** The job's stages in order: edit, move, remove, add. */
export function PipelineEditor({ jobId, stages, inStage }: Props) {
  const ordered = [...stages].sort((a, b) => a.position - b.position);
  const [announcement, setAnnouncement] = useState('');
  const [reorderError, setReorderError] = useState<string | null>(null);
  const [removeErrors, setRemoveErrors] = useState<Record<string, string>>({});
  const [{ fetching: reordering }, reorderStages] = useMutation(ReorderStagesMutation);
  const [, removeStage] = useMutation(RemoveStageMutation);

  async function move(index: number, offset: -1 | 1) {
    const target = index + offset;
    if (reordering || target < 0 || target >= ordered.length) return;
    const ids = ordered.map((stage) => stage.id);
    [ids[index], ids[target]] = [ids[target], ids[index]];
    const result = await reorderStages({ input: { jobId, stageIds: ids } });
    if (result.error) {
      setReorderError(errorMessage(result.error));
      return;
    }
    setReorderError(null);
    setAnnouncement(
      `“${ordered[index].name}” is now stage ${target + 1} of ${ordered.length}.`,
    );
  }

  async function remove(stage: SettingsStage) {
    const result = await removeStage({ stageId: stage.id });
    if (result.error) {
      setRemoveErrors((previous) => ({ ...previous, [stage.id]: errorMessage(result.error) }));
      return false;
    }
    setRemoveErrors(({ [stage.id]: _removed, ...rest }) => rest);
    setAnnouncement(`“${stage.name}” was removed.`);
    document.getElementById('job-settings-pipeline-heading')?.focus();
    return true;
  }

  return (
    <div className="job-settings__pipeline">
      <h3 id="job-settings-pipeline-heading" tabIndex={-1}>
        Pipeline
      </h3>
      <p className="muted">Candidates move through these stages in this order.</p>
      <FormAlert message={reorderError} />
      <ol className="stage-list" aria-labelledby="job-settings-pipeline-heading">
        {ordered.map((stage, index) => (
          <StageItem
            key={stage.id}
            stage={stage}
            index={index}
            total={ordered.length}
            candidates={inStage.get(stage.id) ?? 0}
            removeError={removeErrors[stage.id] ?? null}
            onMove={(offset) => move(index, offset)}
            onRemove={() => remove(stage)}
            onSaved={(name) => setAnnouncement(`“${name}” was saved.`)}
          />
        ))}
      </ol>
      <AddStageForm jobId={jobId} onAdded={(name) => setAnnouncement(`“${name}” was added.`)} />
      <p role="status" className="form-status">
        {announcement}
      </p>
    </div>
  );
}
