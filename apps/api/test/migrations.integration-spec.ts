import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { dataSourceOptions, MIGRATIONS } from '../src/database/data-source-options';
import { fileDatabaseUrl } from './support/file-database';

/**
 * Migrations that carry data forward, run from the schema before them on rows written then:
 * stages reached backfilled from the timeline, and time zones renamed to their current names.
 */
describe('migrations carry existing data forward', () => {
  const source = async (count: number) => {
    const dataSource = new DataSource({ ...dataSourceOptions(await fileDatabaseUrl()), migrations: MIGRATIONS.slice(0, count) });
    await dataSource.initialize();
    return dataSource;
  };

  it('backfills the stages each candidate went through and renames old time zone aliases', async () => {
    const before = MIGRATIONS.findIndex((m) => m.name === 'StagesReached1764777600000');
    expect(before).toBeGreaterThan(0);
    const old = await source(before);
    await old.runMigrations({ transaction: 'each' });
    const [org] = await old.query(`INSERT INTO organizations (name, time_zone) VALUES ('Old Co', 'Asia/Calcutta') RETURNING id`);
    const [other] = await old.query(`INSERT INTO organizations (name, time_zone) VALUES ('Amsterdam Co', 'Europe/Amsterdam') RETURNING id`);
    const [job] = await old.query(`INSERT INTO jobs (organization_id, title, status) VALUES ($1, 'Editor', 'OPEN') RETURNING id`, [org.id]);
    const stages: string[] = [];
    for (const [position, name] of ['Applied', 'Phone screen', 'Assessment', 'Interview'].entries()) {
      const [row] = await old.query(
        `INSERT INTO stages (organization_id, job_id, name, kind, position, candidate_label) VALUES ($1, $2, $3, 'INTERVIEW', $4, $3) RETURNING id`,
        [org.id, job.id, name, position],
      );
      stages.push(row.id);
    }
    const candidate = async (stageId: string, events: Array<[string, Record<string, string>]>) => {
      const [row] = await old.query(
        `INSERT INTO candidates (organization_id, job_id, stage_id, name, email, version, stage_entered_at, updated_at)
         VALUES ($1, $2, $3, 'C', $4, 1, now(), now()) RETURNING id`,
        [org.id, job.id, stageId, `${randomUUID()}@example.com`],
      );
      for (const [type, data] of events) {
        await old.query(`INSERT INTO timeline_events (organization_id, candidate_id, type, at, data) VALUES ($1, $2, $3, now(), $4)`, [org.id, row.id, type, data]);
      }
      return row.id as string;
    };
    const [applied, phone, assessment, interview] = stages;
    // Added, then moved straight to the interview: the phone screen and assessment never happened.
    const skipped = await candidate(interview, [['CANDIDATE_ADDED', { stageId: applied }], ['STAGE_CHANGED', { fromStageId: applied, toStageId: interview }]]);
    // Into the interview by mistake and back: replayed through the same rule as a move now, the interview was not gone through.
    const undone = await candidate(phone, [
      ['CANDIDATE_ADDED', { stageId: applied }],
      ['STAGE_CHANGED', { fromStageId: applied, toStageId: phone }],
      ['STAGE_CHANGED', { fromStageId: phone, toStageId: interview }],
      ['STAGE_CHANGED', { fromStageId: interview, toStageId: phone }],
    ]);
    // No timeline at all (written before timelines): what the page showed before, the stages up to the current one.
    const silent = await candidate(assessment, []);
    await old.destroy();

    const current = await source(MIGRATIONS.length);
    await current.runMigrations({ transaction: 'each' });
    const reached = async (id: string) => (await current.query(`SELECT reached_stage_ids FROM candidates WHERE id = $1`, [id]))[0].reached_stage_ids;
    expect(await reached(skipped)).toEqual([applied, interview]);
    expect(await reached(silent)).toEqual([applied, phone, assessment]);
    expect(await reached(undone)).toEqual([applied, phone]);
    const zones = await current.query(`SELECT id, time_zone FROM organizations WHERE id = ANY($1) ORDER BY name`, [[org.id, other.id]]);
    expect(zones.map((z: { time_zone: string }) => z.time_zone)).toEqual(['Europe/Amsterdam', 'Asia/Kolkata']);
    await current.destroy();
  });
});
