import { MigrationInterface, QueryRunner } from 'typeorm';

/** The candidate's side: link expiry, check-ins, answers to requests for information. */
export class CandidateStatus1764172800000 implements MigrationInterface {
  name = 'CandidateStatus1764172800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE organizations
        ADD COLUMN status_link_expiry_days int NOT NULL DEFAULT 90 CHECK (status_link_expiry_days BETWEEN 1 AND 3650);

      ALTER TABLE next_steps ADD COLUMN requests_response boolean NOT NULL DEFAULT false;

      CREATE TABLE check_ins (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        candidate_id uuid NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        promised_date date NOT NULL,
        message varchar(1000),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT check_ins_once_per_promise UNIQUE (candidate_id, promised_date)
      );
      CREATE INDEX check_ins_organization_idx ON check_ins (organization_id, created_at);

      CREATE TABLE candidate_responses (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        candidate_id uuid NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        next_step_id uuid REFERENCES next_steps(id) ON DELETE SET NULL,
        message varchar(4000) NOT NULL,
        links text[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX candidate_responses_candidate_idx ON candidate_responses (candidate_id, created_at);
      CREATE INDEX candidate_responses_organization_idx ON candidate_responses (organization_id, created_at);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TABLE candidate_responses, check_ins;
      ALTER TABLE next_steps DROP COLUMN requests_response;
      ALTER TABLE organizations DROP COLUMN status_link_expiry_days;
    `);
  }
}
