import { DataSource } from 'typeorm';
import { ListCounts } from './query-cost';

/** How long an organization's list sizes are reused, in ms. */
const FRESH_FOR_MS = 30_000;
const MAX_ORGANIZATIONS_CACHED = 1000;

const COUNTS_SQL = `
  SELECT
    (SELECT count(*) FROM jobs WHERE organization_id = $1)::int AS "jobs",
    (SELECT count(*) FROM members WHERE organization_id = $1)::int AS "members",
    (SELECT coalesce(max(n), 0) FROM (SELECT count(*) AS n FROM candidates WHERE organization_id = $1 GROUP BY job_id) c)::int AS "candidatesPerJob",
    (SELECT coalesce(max(n), 0) FROM (SELECT count(*) AS n FROM next_steps WHERE organization_id = $1 GROUP BY candidate_id) c)::int AS "stepsPerCandidate",
    (SELECT coalesce(max(n), 0) FROM (SELECT count(*) AS n FROM timeline_events WHERE organization_id = $1 GROUP BY candidate_id) c)::int AS "eventsPerCandidate",
    (SELECT coalesce(max(n), 0) FROM (SELECT count(*) AS n FROM email_messages WHERE organization_id = $1 AND candidate_id IS NOT NULL GROUP BY candidate_id) c)::int AS "emailsPerCandidate",
    (SELECT coalesce(max(n), 0) FROM (SELECT count(*) AS n FROM check_ins WHERE organization_id = $1 GROUP BY candidate_id) c)::int AS "checkInsPerCandidate",
    (SELECT coalesce(max(n), 0) FROM (SELECT count(*) AS n FROM candidate_responses WHERE organization_id = $1 GROUP BY candidate_id) c)::int AS "responsesPerCandidate",
    (SELECT coalesce(max(n), 0) FROM (SELECT count(*) AS n FROM candidate_promises WHERE organization_id = $1 GROUP BY candidate_id) c)::int AS "promisesPerCandidate"`;

/**
 * The largest lists an organization has (jobs, candidates per job, steps per candidate, ...),
 * read in one statement when a query's worst case is over the cost limit, and kept for 30 s.
 * Lists can grow within that time; the declared bounds still cap every estimate.
 */
export class ListCountsCache {
  private readonly cache = new Map<string, { at: number; counts: Promise<ListCounts> }>();

  constructor(private readonly dataSource: DataSource) {}

  of(organizationId: string, now = Date.now()): Promise<ListCounts> {
    const hit = this.cache.get(organizationId);
    if (hit && now - hit.at < FRESH_FOR_MS) return hit.counts;
    if (this.cache.size >= MAX_ORGANIZATIONS_CACHED) this.cache.delete(this.cache.keys().next().value!);
    const counts = this.dataSource.query(COUNTS_SQL, [organizationId]).then((rows: ListCounts[]) => rows[0]);
    counts.catch(() => this.cache.delete(organizationId));
    this.cache.set(organizationId, { at: now, counts });
    return counts;
  }
}
