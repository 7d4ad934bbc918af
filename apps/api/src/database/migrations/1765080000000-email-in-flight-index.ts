import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The emails in flight (queued and not yet finished, or being sent), found without reading the
 * whole outbox: /metrics counts them and reads the oldest's age at every scrape.
 */
export class EmailInFlightIndex1765080000000 implements MigrationInterface {
  name = 'EmailInFlightIndex1765080000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE INDEX email_messages_in_flight_idx ON email_messages (queued_at)
        WHERE status = 'SENDING' OR (status = 'SCHEDULED' AND queued_at IS NOT NULL);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP INDEX email_messages_in_flight_idx');
  }
}
