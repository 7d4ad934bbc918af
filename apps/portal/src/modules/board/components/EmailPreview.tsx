import { useQuery } from 'urql';
import { errorMessage } from '../../../shared/graphql-errors';
import { PreviewStageEmailQuery } from '../graphql/board.graphql';
import { useDebouncedValue } from '../hooks/useDebouncedValue';

interface EmailPreviewProps {
  stageId: string;
  candidateId: string;
  message: string;
  /** The "Hear back by" day the move will promise ("" for none). */
  hearBackBy: string;
  forName: string | null;
}

/** The stage email exactly as it would go out, refreshed as the note or the reply date changes. */
export function EmailPreview({ stageId, candidateId, message, hearBackBy, forName }: EmailPreviewProps) {
  const note = useDebouncedValue(message.trim(), 300);
  const promise = useDebouncedValue(hearBackBy, 300);
  const [{ data, fetching, error }] = useQuery({
    query: PreviewStageEmailQuery,
    variables: { input: { stageId, candidateId, messageToCandidate: note || null, expectedResponseBy: promise || null } },
  });
  const preview = data?.previewStageEmail;
  return (
    <section className="board-preview" aria-labelledby="move-preview-heading" aria-busy={fetching}>
      <h3 id="move-preview-heading">Email preview{forName ? ` (for ${forName})` : ''}</h3>
      {error && !preview ? (
        <p className="field__error">The preview could not be loaded: {errorMessage(error)}</p>
      ) : !preview ? (
        <p className="muted">Preparing the preview…</p>
      ) : (
        <>
          <p className="board-preview__subject">
            <span className="board-preview__label">Subject: </span>
            {preview.subject}
          </p>
          {/* Scrollable, so keyboard users must be able to reach it (focusable region). */}
          <div className="board-preview__text" data-testid="email-preview-text" tabIndex={0} role="region" aria-label="Email text">
            {preview.text}
          </div>
        </>
      )}
    </section>
  );
}
