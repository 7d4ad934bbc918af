import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useClient, useQuery } from 'urql';
import { LoadError } from '../../../shared/components/LoadError';
import { LoadingState } from '../../../shared/components/PageState';
import { useClock } from '../../../shared/hooks/useClock';
import { type BoardJob, type BoardStage, firstShownStage, toColumns } from '../board-model';
import { BoardQuery } from '../graphql/board.graphql';
import '../board.css';
import '../board-controls.css';
import { JobSettingsDisclosure } from '../../job-settings/components/JobSettingsDisclosure';
import { AddCandidate } from './AddCandidateForm';
import { BoardColumns } from './BoardColumns';
import { columnHeadingId } from './BoardColumnView';
import { BoardList } from './BoardList';
import { MoveDialog, type MoveSummary } from './MoveDialog';
import { OverdueSummary } from './StageNavigation';
import { DocumentTitle } from '../../../shared/components/DocumentTitle';

// An empty board holds no Candidate to watch: refetch whenever any candidate changes.
const BOARD_CONTEXT = { additionalTypenames: ['Candidate'] };

interface DialogState {
  candidateIds: string[];
  bulk: boolean;
  stageId: string;
}

type View = 'board' | 'list';

/** The stage after `currentStageId` in the pipeline (or the first other stage): where a move usually goes. */
function suggestedTarget(stages: BoardStage[], currentStageId: string | undefined): string {
  const ordered = [...stages].sort((a, b) => a.position - b.position);
  const index = ordered.findIndex((stage) => stage.id === currentStageId);
  const next = ordered[index + 1] ?? ordered.find((stage) => stage.id !== currentStageId) ?? ordered[0];
  return next?.id ?? '';
}

/** The recruiter's pipeline for one job: a board (a column per stage, a card per candidate) or a sortable list. */
export function BoardPage() {
  const { jobId = '' } = useParams();
  const client = useClient();
  const clock = useClock();
  const [params, setParams] = useSearchParams();
  const view: View = params.get('view') === 'list' ? 'list' : 'board';
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: BoardQuery,
    variables: { id: jobId },
    context: BOARD_CONTEXT,
  });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [dialog, setDialog] = useState<DialogState | null>(null);
  const [summary, setSummary] = useState<MoveSummary | null>(null);
  const [pickedStageId, setPickedStageId] = useState<string | null>(null);

  const refresh = useCallback(async (): Promise<BoardJob | null> => {
    const result = await client
      .query(BoardQuery, { id: jobId }, { ...BOARD_CONTEXT, requestPolicy: 'network-only' })
      .toPromise();
    return result.data?.job ?? null;
  }, [client, jobId]);

  const job = data?.job ?? null;
  // After a move the card is drawn anew in its new column; its Move button gets the focus back.
  const focusAfterRefresh = useRef<string | null>(null);
  useEffect(() => {
    const candidateId = focusAfterRefresh.current;
    if (!candidateId) return;
    const active = document.activeElement;
    if (active && active !== document.body && active.isConnected) return;
    focusAfterRefresh.current = null;
    document.getElementById(`board-move-${candidateId}`)?.focus();
  }, [job]);
  // "Show this stage" (the overdue summary): once it is drawn, its heading is scrolled to and focused.
  const [focusStage, setFocusStage] = useState<{ stageId: string } | null>(null);
  useEffect(() => {
    if (!focusStage) return;
    const heading = document.getElementById(columnHeadingId(focusStage.stageId));
    heading?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
    heading?.focus({ preventScroll: true });
  }, [focusStage]);
  const columns = useMemo(() => (job ? toColumns(job) : []), [job]);
  // One "now" per render of the data, so every card counts days the same way.
  const now = useMemo(() => (job ? new Date() : new Date(0)), [job]);

  if (!data) {
    if (fetching) return <LoadingState label="Loading the pipeline…" />;
    return (
      <LoadError title="We could not load this pipeline" error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
    );
  }

  if (!job) {
    return (
      <div className="empty-state">
        <DocumentTitle title="Job not found · Candor" />
        <h1>Job not found</h1>
        <p>This job does not exist in your organization, or it was removed.</p>
        <p>
          <Link to="/">Back to all jobs</Link>
        </p>
      </div>
    );
  }

  const currentJob = job;
  const present = new Set(job.candidates.map((c) => c.id));
  const selectedIds = [...selected].filter((id) => present.has(id));
  const shownStageId = columns.some((c) => c.stage.id === pickedStageId) ? (pickedStageId as string) : (firstShownStage(columns) ?? '');

  function select(candidateId: string, value: boolean) {
    setSelected((previous) => {
      const next = new Set(previous);
      if (value) next.add(candidateId);
      else next.delete(candidateId);
      return next;
    });
  }

  function openMove(candidateId: string, stageId?: string) {
    const candidate = currentJob.candidates.find((c) => c.id === candidateId);
    setDialog({
      candidateIds: [candidateId],
      bulk: false,
      stageId: stageId ?? suggestedTarget(currentJob.stages, candidate?.stage.id),
    });
  }

  function openBulkMove() {
    const first = currentJob.candidates.find((c) => c.id === selectedIds[0]);
    setDialog({ candidateIds: selectedIds, bulk: true, stageId: suggestedTarget(currentJob.stages, first?.stage.id) });
  }

  function onDrop(candidateId: string, stageId: string) {
    const candidate = currentJob.candidates.find((c) => c.id === candidateId);
    if (!candidate || candidate.stage.id === stageId) return;
    openMove(candidateId, stageId);
  }

  function onMoved(result: MoveSummary) {
    const wasBulk = dialog?.bulk ?? false;
    focusAfterRefresh.current = dialog && !dialog.bulk ? dialog.candidateIds[0] : null;
    setDialog(null);
    setSummary(result);
    // On a phone the board follows the candidate to their new stage, where the focus goes back to them.
    if (!wasBulk) setPickedStageId(result.stageId);
    if (wasBulk) setSelected(new Set(result.failures.map((f) => f.candidateId)));
  }

  function showStage(stageId: string) {
    if (view === 'list') setParams({}, { replace: true });
    setPickedStageId(stageId);
    setFocusStage({ stageId });
  }

  function chooseView(next: View) {
    setParams(next === 'list' ? { view: 'list' } : {}, { replace: true });
  }

  const open = job.status === 'OPEN';
  return (
    <div className="board-page">
      <DocumentTitle title={`${job.title} · Pipeline · Candor`} />
      <p className="board-back">
        <Link to="/">All jobs</Link>
      </p>
      <div className="board-head">
        <h1 className="page-title board-head__title">{job.title}</h1>
        <span className={open ? 'badge badge--open' : 'badge badge--closed'}>{open ? 'Open' : 'Closed'}</span>
      </div>
      <p className="muted board-intro">
        Times are {clock.zoneLabel()}
        {clock.browserDiffers() && <>, with yours ({clock.browserZoneName()}) in brackets where it differs</>}.{' '}
        <Link to={`/templates/${job.id}`}>Edit the emails each stage sends</Link> ·{' '}
        <Link to={`/jobs/${job.id}/funnel`}>See the funnel</Link>
      </p>

      <div className="board-actions">
        {open && <AddCandidate jobId={job.id} onAdded={() => reexecute({ requestPolicy: 'network-only' })} />}
        <JobSettingsDisclosure job={job} />
      </div>
      {!open && <p className="board-closed-note">This job is closed: reopen it in Job settings to add candidates.</p>}

      <div role="status" className="board-summary-region">
        {summary && (
          <div className={summary.failures.length > 0 ? 'board-summary board-summary--partial' : 'board-summary'}>
            <p>{summary.message}</p>
            {summary.failures.length > 0 && (
              <ul>
                {summary.failures.map((failure) => (
                  <li key={failure.candidateId}>
                    <strong>{failure.name}</strong>: {failure.message}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>

      <div className="board-controls">
        <div className="board-view-switch" role="group" aria-label="View">
          {(['board', 'list'] as const).map((option) => (
            <button
              key={option}
              type="button"
              className="button button--secondary button--small"
              aria-pressed={view === option}
              onClick={() => chooseView(option)}
            >
              {option === 'board' ? 'Board' : 'List'}
            </button>
          ))}
        </div>
        <OverdueSummary columns={columns} onShow={showStage} />
      </div>

      {selectedIds.length > 0 && (
        <div className="board-toolbar" aria-label="Selected candidates" role="group">
          <span className="board-toolbar__count">{selectedIds.length} selected</span>
          <button type="button" className="button button--primary button--small" onClick={openBulkMove}>
            Move {selectedIds.length} selected
          </button>
          <button type="button" className="button button--secondary button--small" onClick={() => setSelected(new Set())}>
            Clear selection
          </button>
        </div>
      )}

      {job.candidates.length === 0 && (
        <div className="empty-state board-empty">
          <h2>No candidates yet</h2>
          <p>Candidates you add to this job appear here, in the stage they are in.</p>
        </div>
      )}

      {view === 'list' ? (
        <BoardList job={job} now={now} selected={selected} onSelect={select} onMove={openMove} />
      ) : (
        <BoardColumns
          title={job.title}
          columns={columns}
          now={now}
          shownStageId={shownStageId}
          onShowStage={setPickedStageId}
          selected={selected}
          onSelect={select}
          onMove={openMove}
          onDrop={onDrop}
        />
      )}

      {dialog && (
        <MoveDialog
          key={`${dialog.candidateIds.join(',')}:${dialog.stageId}`}
          job={job}
          candidateIds={dialog.candidateIds}
          bulk={dialog.bulk}
          initialStageId={dialog.stageId}
          onClose={() => setDialog(null)}
          onMoved={onMoved}
          refresh={refresh}
        />
      )}
    </div>
  );
}

export default BoardPage;
