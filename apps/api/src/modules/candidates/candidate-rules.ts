import { isFinalStageKind, promiseDateProblem, suggestedResponseDate } from '@candor/domain';
import { DomainException } from '../../common/domain.exception';
import { StageEntity } from '../jobs/stage.entity';
import { CandidateEntity } from './candidate.entity';

/**
 * The promised reply day a candidate gets on entering `stage`: the one given, none (null), or
 * when omitted (undefined) the stage's default. An outcome stage carries no promise.
 */
export function promiseForStage(
  stage: StageEntity,
  given: string | null | undefined,
  now: Date,
  timeZone: string,
): string | null {
  if (isFinalStageKind(stage.kind)) {
    if (given) {
      throw DomainException.badInput([
        { field: 'expectedResponseBy', message: `must be empty: "${stage.name}" is an outcome, there is nothing to hear back about` },
      ]);
    }
    return null;
  }
  if (given === undefined) return suggestedResponseDate(stage.defaultResponseDays, now, timeZone);
  if (given !== null) assertPromiseDate(given, now, timeZone);
  return given;
}

export function assertPromiseDate(date: string, now: Date, timeZone: string): void {
  const problem = promiseDateProblem(date, now, timeZone);
  if (problem) throw DomainException.badInput([{ field: 'expectedResponseBy', message: problem }]);
}

/** Optimistic lock check on a candidate row that the caller holds locked. */
export function assertVersion(candidate: CandidateEntity, expectedVersion: number | undefined): void {
  if (expectedVersion !== undefined && expectedVersion !== candidate.version) {
    throw DomainException.conflict(
      `Someone else changed ${candidate.name} in the meantime (version ${candidate.version}, you had ${expectedVersion}). ` +
        'Reload to see the latest, then try again.',
      { currentVersion: candidate.version },
    );
  }
}

export function assertActive(candidate: CandidateEntity): void {
  if (candidate.archivedAt) {
    throw DomainException.conflict(`${candidate.name} is archived. Restore the candidate first.`);
  }
}

/** A pre-approved extension needs a promised day to extend. */
export function assertFallbackHasPromise(day: string | null, fallbackExtensionDays: number | null | undefined): void {
  if (fallbackExtensionDays != null && !day) {
    throw DomainException.badInput([{ field: 'fallbackExtensionDays', message: 'needs a promised reply day (expectedResponseBy) to extend' }]);
  }
}
