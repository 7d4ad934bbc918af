import { historySuggestedDate, promiseShorterThanUsual } from '@candor/domain';
import { useClock } from '../../../shared/hooks/useClock';
import { formatDayCount, usuallyAbout } from '../promise-words';
import './promises.css';

interface Props {
  /** The stage the promise is given in. */
  stageName: string;
  /** Its typical days to a candidate-visible update (Stage.typicalDaysToUpdate); null without enough history. */
  typicalDays: number | null | undefined;
  /** The promised day being chosen ("YYYY-MM-DD", "" for none). */
  promisedDay: string;
  /** Takes the day history suggests. */
  onUseSuggested: (day: string) => void;
}

/**
 * What history says about a stage while a promised day is chosen: how long it usually takes to
 * bring news, the day that suggests today (historySuggestedDate, libs/domain) with a button to take
 * it, and a warning while the chosen day is shorter than usual (promiseShorterThanUsual).
 */
export function PromiseGuidance({ stageName, typicalDays, promisedDay, onUseSuggested }: Props) {
  const clock = useClock();
  if (typicalDays == null) return null;
  const now = new Date();
  // At least a day, as the words say ("about 1 day" for news the same day): a promise for today is no promise.
  const suggested = historySuggestedDate(Math.max(1, typicalDays), now, clock.zone);
  const shorter = promisedDay !== '' && promiseShorterThanUsual(promisedDay, typicalDays, now, clock.zone);
  return (
    <div className="promise-guidance">
      <p className="promise-typical">
        “{stageName}”: {usuallyAbout(typicalDays)} to news. History suggests {clock.day(suggested)}.{' '}
        {promisedDay !== suggested && (
          <button type="button" className="button button--secondary button--small" onClick={() => onUseSuggested(suggested)}>
            Use {clock.day(suggested)}
          </button>
        )}
      </p>
      {shorter && (
        <p className="promise-warning" role="status" data-testid="promise-shorter">
          {clock.day(promisedDay)} is sooner than this stage usually takes (about {formatDayCount(Math.max(1, Math.round(typicalDays)))}). Promise a day you
          can keep, or pre-approve an extension below.
        </p>
      )}
    </div>
  );
}
