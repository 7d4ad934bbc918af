import { Injectable, Logger } from '@nestjs/common';
import { FINAL_STAGE_KINDS } from '@candor/domain';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock';
import { GraphqlOperation } from './graphql-operation';
import { RouteClass } from './log-redaction';

/**
 * How an email's delivery attempt ended (candor_email_sends_total{result}); `paused`: the address
 * is marked undeliverable (a bounce or complaint), so the email waits for a corrected address.
 */
export type EmailSendResult = 'sent' | 'retried' | 'failed' | 'refused' | 'cancelled' | 'paused';
/** How a look-up by status-link token ended (candor_status_lookups_total{result}). */
export type StatusLookupResult = 'found' | 'not_found' | 'rate_limited';

const EMAIL_RESULTS: readonly EmailSendResult[] = ['sent', 'retried', 'failed', 'refused', 'cancelled', 'paused'];
const STATUS_RESULTS: readonly StatusLookupResult[] = ['found', 'not_found', 'rate_limited'];
const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

interface DatabaseFigures {
  queued: number;
  held: number;
  oldestQueuedSeconds: number;
  overduePromises: number;
}

/**
 * Candor's Prometheus metrics (prom-client), in a registry of their own. Every label set is
 * bounded: operations by knownOperationNames, routes by class, results by name; nothing is
 * labelled per organization, member or candidate. Database figures (the email outbox, overdue
 * promises, across all organizations) are read when scraped, in one statement.
 */
@Injectable()
export class Metrics {
  readonly registry = new Registry();
  private readonly logger = new Logger('Metrics');
  /** The database figures of the scrape under way (read once per scrape, before the gauges are collected). */
  private figures: DatabaseFigures | null = null;

  private readonly httpRequests = new Counter({
    name: 'candor_http_requests_total',
    help: 'HTTP requests answered, by route class, method and status class.',
    labelNames: ['route', 'method', 'status'] as const,
    registers: [this.registry],
  });
  private readonly httpDuration = new Histogram({
    name: 'candor_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by route class.',
    labelNames: ['route'] as const,
    buckets: SECONDS,
    registers: [this.registry],
  });
  private readonly graphqlRequests = new Counter({
    name: 'candor_graphql_requests_total',
    help: 'GraphQL requests, by operation name (known names only, else "other"), type and outcome (ok: no errors).',
    labelNames: ['operation', 'type', 'outcome'] as const,
    registers: [this.registry],
  });
  private readonly graphqlDuration = new Histogram({
    name: 'candor_graphql_request_duration_seconds',
    help: 'Time to answer a GraphQL request, by operation name and type.',
    labelNames: ['operation', 'type'] as const,
    buckets: SECONDS,
    registers: [this.registry],
  });
  private readonly emailSends = new Counter({
    name: 'candor_email_sends_total',
    help: 'Email delivery attempts by result: sent, retried (a temporary failure), failed (gave up), refused (the server refused it for good), cancelled (no longer due).',
    labelNames: ['result'] as const,
    registers: [this.registry],
  });
  private readonly statusLookups = new Counter({
    name: 'candor_status_lookups_total',
    help: 'Look-ups by status-link token (status page, check-in, answer, calendar): found, not_found, rate_limited.',
    labelNames: ['result'] as const,
    registers: [this.registry],
  });

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {
    collectDefaultMetrics({ register: this.registry });
    for (const result of EMAIL_RESULTS) this.emailSends.inc({ result }, 0);
    for (const result of STATUS_RESULTS) this.statusLookups.inc({ result }, 0);
    const figure = (name: string, help: string, read: (figures: DatabaseFigures) => number) =>
      new Gauge({
        name,
        help,
        registers: [this.registry],
        collect: function (this: Gauge) {
          const figures = metrics.figures;
          if (figures) this.set(read(figures));
          else this.reset();
        },
      });
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const metrics = this;
    figure('candor_email_outbox_queued', 'Emails handed to the job queue and not yet sent, failed or cancelled (all organizations).', (f) => f.queued);
    figure('candor_email_outbox_held', 'Emails waiting for their time (quiet hours, a delay) before they are queued.', (f) => f.held);
    figure('candor_email_outbox_oldest_queued_age_seconds', 'Age of the oldest queued email since it was queued (0 when none).', (f) => f.oldestQueuedSeconds);
    figure('candor_promises_overdue', 'Candidates whose promised reply date has passed (their organization\'s day), not archived, not in a final stage.', (f) => f.overduePromises);
  }

  /** One answered HTTP request; a GraphQL one is also counted per operation. */
  observeRequest(route: RouteClass, method: string, statusCode: number, seconds: number, operation?: GraphqlOperation): void {
    this.httpRequests.inc({ route, method, status: `${Math.floor(statusCode / 100)}xx` });
    this.httpDuration.observe({ route }, seconds);
    if (!operation) return;
    const outcome = operation.ok && statusCode < 400 ? 'ok' : 'error';
    this.graphqlRequests.inc({ operation: operation.label, type: operation.type, outcome });
    this.graphqlDuration.observe({ operation: operation.label, type: operation.type }, seconds);
  }

  emailSend(result: EmailSendResult): void {
    this.emailSends.inc({ result });
  }

  statusLookup(result: StatusLookupResult): void {
    this.statusLookups.inc({ result });
  }

  /**
   * The Prometheus text exposition of every metric, the database figures read first (one
   * statement per scrape). When the database does not answer, those gauges are left out.
   */
  async exposition(): Promise<{ contentType: string; body: string }> {
    this.figures = await this.readFigures();
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }

  private async readFigures(): Promise<DatabaseFigures | null> {
    try {
      // Queued and sending emails are few and found by the in-flight index; overdue promises by
      // the promise index (candidates with a promised date, not archived).
      const [row] = await this.dataSource.query(
        `SELECT
           (SELECT count(*) FROM email_messages WHERE status = 'SENDING' OR (status = 'SCHEDULED' AND queued_at IS NOT NULL))::int AS queued,
           (SELECT count(*) FROM email_messages WHERE status = 'SCHEDULED' AND queued_at IS NULL)::int AS held,
           (SELECT COALESCE(EXTRACT(EPOCH FROM ($1::timestamptz - min(queued_at))), 0)
              FROM email_messages WHERE status = 'SENDING' OR (status = 'SCHEDULED' AND queued_at IS NOT NULL))::float8 AS oldest,
           (SELECT count(*) FROM candidates c
              JOIN organizations o ON o.id = c.organization_id
              JOIN stages s ON s.id = c.stage_id
             WHERE c.archived_at IS NULL AND c.expected_response_by IS NOT NULL
               AND c.expected_response_by < ($1::timestamptz AT TIME ZONE o.time_zone)::date
               AND s.kind <> ALL ($2::text[]))::int AS overdue`,
        [this.clock.now(), [...FINAL_STAGE_KINDS]],
      );
      return { queued: row.queued, held: row.held, oldestQueuedSeconds: Math.max(0, row.oldest), overduePromises: row.overdue };
    } catch (error) {
      this.logger.warn(`The database figures of /metrics could not be read: ${(error as { code?: string }).code ?? (error as Error).message}`);
      return null;
    }
  }
}
