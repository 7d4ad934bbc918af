import { MigrationInterface, QueryRunner } from 'typeorm';

/** The recruiting core: organizations, members, sessions, jobs, stages, candidates, steps, timeline. */
export class RecruitingCore1764086400000 implements MigrationInterface {
  name = 'RecruitingCore1764086400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE organizations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(120) NOT NULL,
        time_zone varchar(64) NOT NULL DEFAULT 'UTC',
        created_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE members (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        email varchar(254) NOT NULL,
        name varchar(120) NOT NULL,
        role varchar(20) NOT NULL CHECK (role IN ('ADMIN', 'RECRUITER', 'HIRING_MANAGER')),
        password_hash text,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX members_email_key ON members (lower(email));
      CREATE INDEX members_organization_idx ON members (organization_id);

      CREATE TABLE invites (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        email varchar(254) NOT NULL,
        role varchar(20) NOT NULL CHECK (role IN ('ADMIN', 'RECRUITER', 'HIRING_MANAGER')),
        token_hash bytea NOT NULL UNIQUE,
        invited_by_id uuid REFERENCES members(id) ON DELETE SET NULL,
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX invites_organization_idx ON invites (organization_id);

      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        member_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        token_hash bytea NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX sessions_member_idx ON sessions (member_id);

      CREATE TABLE jobs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        title varchar(160) NOT NULL,
        status varchar(10) NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'CLOSED')),
        created_at timestamptz NOT NULL DEFAULT now(),
        closed_at timestamptz
      );
      CREATE INDEX jobs_organization_idx ON jobs (organization_id, created_at);

      CREATE TABLE stages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        job_id uuid NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
        name varchar(60) NOT NULL,
        kind varchar(20) NOT NULL CHECK (kind IN ('APPLIED', 'SCREEN', 'INTERVIEW', 'ASSESSMENT', 'ONSITE',
          'DECISION', 'OFFER', 'HIRED', 'REJECTED', 'WITHDRAWN')),
        position int NOT NULL CHECK (position >= 0),
        candidate_label varchar(60) NOT NULL,
        candidate_description varchar(1000) NOT NULL DEFAULT '',
        visible_to_candidates boolean NOT NULL DEFAULT true,
        notify_candidates boolean NOT NULL DEFAULT true,
        default_response_days int CHECK (default_response_days BETWEEN 0 AND 90),
        CONSTRAINT stages_job_position_key UNIQUE (job_id, position) DEFERRABLE INITIALLY DEFERRED
      );
      CREATE UNIQUE INDEX stages_job_name_key ON stages (job_id, lower(name));

      CREATE TABLE candidates (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        job_id uuid NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
        stage_id uuid NOT NULL REFERENCES stages(id) ON DELETE RESTRICT,
        name varchar(160) NOT NULL,
        email varchar(254) NOT NULL,
        expected_response_by date,
        version int NOT NULL DEFAULT 1,
        stage_entered_at timestamptz NOT NULL DEFAULT now(),
        archived_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX candidates_job_idx ON candidates (job_id, created_at);
      CREATE INDEX candidates_stage_idx ON candidates (stage_id);
      CREATE INDEX candidates_promise_idx ON candidates (organization_id, expected_response_by)
        WHERE archived_at IS NULL AND expected_response_by IS NOT NULL;
      CREATE UNIQUE INDEX candidates_job_email_key ON candidates (job_id, lower(email)) WHERE archived_at IS NULL;

      CREATE TABLE status_links (
        candidate_id uuid PRIMARY KEY REFERENCES candidates(id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        token_hash bytea NOT NULL UNIQUE,
        token_encrypted text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE next_steps (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        candidate_id uuid NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        kind varchar(20) NOT NULL CHECK (kind IN ('PHONE_SCREEN', 'VIDEO_INTERVIEW', 'IN_PERSON', 'WRITTEN_TEST',
          'PERSONALITY_TEST', 'TAKE_HOME', 'DECISION', 'OTHER')),
        title varchar(160) NOT NULL,
        starts_at timestamptz,
        due_at timestamptz,
        duration_minutes int CHECK (duration_minutes BETWEEN 1 AND 1440),
        location varchar(300),
        meeting_url varchar(2000) CHECK (meeting_url ~ '^https?://'),
        instructions varchar(4000),
        visible_to_candidate boolean NOT NULL DEFAULT true,
        position int NOT NULL,
        state varchar(10) NOT NULL DEFAULT 'PLANNED' CHECK (state IN ('PLANNED', 'DONE', 'CANCELLED')),
        sequence int NOT NULL DEFAULT 0,
        completed_at timestamptz,
        cancelled_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX next_steps_candidate_idx ON next_steps (candidate_id, position);
      CREATE INDEX next_steps_attention_idx ON next_steps (organization_id, starts_at, due_at) WHERE state = 'PLANNED';

      CREATE TABLE timeline_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        candidate_id uuid NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        type varchar(40) NOT NULL,
        at timestamptz NOT NULL,
        actor_member_id uuid REFERENCES members(id) ON DELETE SET NULL,
        data jsonb NOT NULL DEFAULT '{}'
      );
      CREATE INDEX timeline_events_candidate_idx ON timeline_events (candidate_id, at);

      -- Durable records of changes that others act on later (the stage-change emails):
      -- written in the same transaction as the change itself.
      CREATE TABLE outbox_events (
        id bigserial PRIMARY KEY,
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        candidate_id uuid REFERENCES candidates(id) ON DELETE CASCADE,
        type varchar(40) NOT NULL,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        processed_at timestamptz
      );
      CREATE INDEX outbox_events_pending_idx ON outbox_events (id) WHERE processed_at IS NULL;

      CREATE TABLE email_messages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        candidate_id uuid REFERENCES candidates(id) ON DELETE CASCADE,
        to_address varchar(254) NOT NULL,
        subject varchar(300) NOT NULL,
        status varchar(10) NOT NULL CHECK (status IN ('SCHEDULED', 'SENDING', 'SENT', 'FAILED', 'CANCELLED')),
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX email_messages_candidate_idx ON email_messages (candidate_id, created_at);

      -- rate-limiter-flexible's table (RateLimiterPostgres with tableCreated: true).
      CREATE TABLE rate_limits (
        key varchar(255) PRIMARY KEY,
        points integer NOT NULL DEFAULT 0,
        expire bigint
      );
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TABLE rate_limits, email_messages, outbox_events, timeline_events, next_steps, status_links,
        candidates, stages, jobs, sessions, invites, members, organizations;
    `);
  }
}
