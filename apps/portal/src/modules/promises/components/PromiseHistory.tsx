import type { PromiseOutcome } from '../../../generated/graphql';
import { useClock } from '../../../shared/hooks/useClock';
import { formatDayCount, OUTCOME_WORDS } from '../promise-words';
import './promises.css';

/** One promised reply day as the ledger keeps it (Candidate.promises). */
export interface PromiseEntry {
  id: string;
  expectedResponseBy: string;
  outcome: PromiseOutcome;
  stageName: string;
  automatic: boolean;
  reason?: string | null;
  daysLate?: number | null;
  madeBy?: { name: string } | null;
}

const BADGE: Record<PromiseOutcome, string> = {
  OPEN: 'badge badge--open-promise',
  KEPT: 'badge badge--kept',
  EXTENDED: 'badge badge--extended',
  BROKEN: 'badge badge--broken',
};

/** Who gave it: the member, or Candor on a member's pre-approval. */
function givenBy(entry: PromiseEntry): string {
  const who = entry.madeBy?.name;
  if (entry.automatic) return `Candor (pre-approved by ${who ?? 'a former member'})`;
  return who ?? 'A former member';
}

/** Every promised reply day the candidate was given, newest first: day, outcome, stage, who, reason, days late. */
export function PromiseHistory({ promises }: { promises: readonly PromiseEntry[] }) {
  const clock = useClock();
  return (
    <section className="card candidate-section" aria-labelledby="promise-history-heading">
      <h2 id="promise-history-heading">Promise history</h2>
      {promises.length === 0 ? (
        <p className="muted">No reply date has been promised yet.</p>
      ) : (
        <div className="promise-history__scroll" role="region" aria-label="Promised reply days, newest first" tabIndex={0}>
          <table className="promise-history__table">
            <caption className="visually-hidden">Promised reply days, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Promised day</th>
                <th scope="col">Outcome</th>
                <th scope="col">Stage</th>
                <th scope="col">Given by</th>
                <th scope="col">Reason</th>
                <th scope="col">Late</th>
              </tr>
            </thead>
            <tbody>
              {promises.map((entry) => (
                <tr key={entry.id}>
                  <th scope="row">{clock.day(entry.expectedResponseBy)}</th>
                  <td>
                    <span className={BADGE[entry.outcome]}>{OUTCOME_WORDS[entry.outcome]}</span>
                  </td>
                  <td>{entry.stageName}</td>
                  <td>{givenBy(entry)}</td>
                  <td>{entry.reason ?? '—'}</td>
                  <td>{entry.daysLate != null ? formatDayCount(entry.daysLate) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
