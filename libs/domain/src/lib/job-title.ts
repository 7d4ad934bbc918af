/**
 * A job title as people tell titles apart: Unicode-normalized (NFKC: a full-width or composed
 * letter is its plain form), every run of white space one space, none at the ends, and case
 * folded (upper then lower case, so "STRASSE" and "Straße" are one title). "  Data  Analyst"
 * and "data analyst" have the same key.
 */
export function jobTitleKey(title: string): string {
  return title.normalize('NFKC').replace(/\s+/g, ' ').trim().toUpperCase().toLowerCase();
}

/** The first of `jobs` whose title is `title` by jobTitleKey, or undefined. */
export function jobWithSameTitle<T extends { title: string }>(jobs: readonly T[], title: string): T | undefined {
  const key = jobTitleKey(title);
  return jobs.find((job) => jobTitleKey(job.title) === key);
}
