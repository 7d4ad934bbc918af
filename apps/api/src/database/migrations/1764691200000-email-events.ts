import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An organization may name a Reply-To address for candidate emails (`reply_to`, a shared inbox;
 * none by default, so replies never reach a member unasked). A stage email records what happened (the stage the candidate entered and the mover's message)
 * so that it is rendered and addressed when it is sent, from the data as it is then
 * (EmailRecomposer). An email whose stage is gone, or that the candidate has left, is cancelled.
 */
export class EmailEvents1764691200000 implements MigrationInterface {
  name = 'EmailEvents1764691200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE email_messages
        ADD COLUMN stage_id uuid REFERENCES stages (id) ON DELETE SET NULL,
        ADD COLUMN message_to_candidate text;
      ALTER TABLE organizations ADD COLUMN reply_to varchar(254);
      -- Stage emails written before: the stage is not known, so they are sent as rendered, to the
      -- candidate's address at the time of sending.
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE email_messages DROP COLUMN message_to_candidate, DROP COLUMN stage_id`);
    await db.query(`ALTER TABLE organizations DROP COLUMN reply_to`);
  }
}
