import { QueryFailedError } from 'typeorm';
import { DomainException } from './domain.exception';

/** PostgreSQL's unique_violation: two writers raced for the same unique value. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { code?: string })?.code === '23505';
}

/** Runs `work`; a unique violation inside it (a lost race) becomes the given CONFLICT. */
export async function withUniqueAsConflict<T>(conflict: () => DomainException, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict();
    throw error;
  }
}
