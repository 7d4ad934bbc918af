import { addDays, calendarDateInZone, formatCalendarDay } from '@candor/domain';
import { codeOf, startTestApp, TestApp } from './support/test-app';
import { expectNoErrors, Fixtures, SignedIn } from './support/fixtures';

const MOVE = `mutation($input: MoveCandidateInput!) {
  moveCandidate(input: $input) { id version expectedResponseBy stage { id name } timeline { type summary actorName } }
}`;

describe('candidates and moves', () => {
  let t: TestApp;
  let f: Fixtures;
  let admin: SignedIn;
  let job: Awaited<ReturnType<Fixtures['createJob']>>;
  const stage = (name: string) => job.stages.find((s) => s.name === name)!;
  const today = () => calendarDateInZone(t.clock.now(), 'UTC');

  beforeAll(async () => {
    t = await startTestApp();
    f = new Fixtures(t);
    // A fixed instant: "today" cannot change between a test's expectation and the API's answer.
    t.clock.set('2026-12-01T17:00:00Z');
    admin = await f.signUp('Moves');
    job = await f.createJob(admin.token);
  });
  afterAll(() => t.close());

  it('adds a candidate to the first stage with the stage default promise and a status link', async () => {
    const candidate = await f.addCandidate(admin.token, job.id, { name: '  Priya  ' });
    expect(candidate).toMatchObject({ name: 'Priya', version: 1, stage: { name: 'Applied' }, expectedResponseBy: addDays(today(), 7) });
    expect(candidate.statusUrl).toMatch(/^http:\/\/candor\.test\/status#[A-Za-z0-9_-]{43}$/);
    const token = candidate.statusUrl.split('#').pop()!;
    const rows = await t.dataSource.query('SELECT * FROM status_links WHERE candidate_id = $1', [candidate.id]);
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows[0])).not.toContain(token);
    expect(rows[0].token_encrypted).toMatch(/^v1\./);
    const timeline = await t.gql(`query($id: ID!) { candidate(id: $id) { timeline { type summary } } }`, { id: candidate.id }, admin.token);
    expect(timeline.data!.candidate.timeline).toEqual([{ type: 'CANDIDATE_ADDED', summary: 'Added in Applied' }]);
  });

  it.each([
    ['email', { email: 'nope' }],
    ['name', { name: 'x'.repeat(161) }],
    ['name', { name: '' }],
    ['expectedResponseBy', { expectedResponseBy: '2020-01-01' }],
    ['stageId', { stageId: '00000000-0000-4000-8000-000000000000' }],
  ])('refuses a bad %s and writes nothing', async (field, override) => {
    const email = `bad-${Math.random().toString(36).slice(2)}@example.com`;
    const res = await t.gql(
      `mutation($input: AddCandidateInput!) { addCandidate(input: $input) { id } }`,
      { input: { jobId: job.id, name: 'Bad', email, ...override } },
      admin.token,
    );
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions.field).toBe(field);
    expect(await f.count('candidates', 'email = $1', [email])).toBe(0);
  });

  it('refuses a calendar day that does not exist and a malformed date', async () => {
    for (const date of ['2026-02-30', '26-01-01', 'tomorrow']) {
      const res = await t.gql(
        `mutation($input: AddCandidateInput!) { addCandidate(input: $input) { id } }`,
        { input: { jobId: job.id, name: 'Dates', email: 'dates@example.com', expectedResponseBy: date } },
        admin.token,
      );
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].message).toMatch(/expectedResponseBy/);
    }
  });

  it('answers NOT_FOUND for an unknown or malformed job', async () => {
    for (const jobId of ['00000000-0000-4000-8000-000000000000', 'not-an-id']) {
      const res = await t.gql(
        `mutation($input: AddCandidateInput!) { addCandidate(input: $input) { id } }`,
        { input: { jobId, name: 'Nobody', email: 'nobody@example.com' } },
        admin.token,
      );
      expect(codeOf(res)).toBe('NOT_FOUND');
    }
  });

  it('refuses the same email twice in one job as CONFLICT', async () => {
    const first = await f.addCandidate(admin.token, job.id);
    const res = await t.gql(
      `mutation($input: AddCandidateInput!) { addCandidate(input: $input) { id } }`,
      { input: { jobId: job.id, name: 'Twin', email: first.email.toUpperCase() } },
      admin.token,
    );
    expect(codeOf(res)).toBe('CONFLICT');
  });

  it('moves a candidate: stage, promise, version, timeline and the stage-change record together', async () => {
    const candidate = await f.addCandidate(admin.token, job.id);
    const promise = addDays(today(), 5);
    const res = await t.gql(
      MOVE,
      { input: { candidateId: candidate.id, stageId: stage('Video interview').id, expectedResponseBy: promise, messageToCandidate: 'Great chat!', expectedVersion: 1 } },
      admin.token,
    );
    expectNoErrors(res);
    const moved = res.data!.moveCandidate;
    expect(moved).toMatchObject({ version: 2, expectedResponseBy: promise, stage: { name: 'Video interview' } });
    expect(moved.timeline.at(-1)).toEqual({
      type: 'STAGE_CHANGED',
      summary: `Moved from Applied to Video interview; will hear back by ${formatCalendarDay(promise)}`,
      actorName: 'Ada Admin',
    });
    const emails = await t.dataSource.query("SELECT * FROM email_messages WHERE candidate_id = $1 AND kind = 'STAGE_CHANGED'", [candidate.id]);
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({ to_address: candidate.email, subject: 'Next step for Product Designer: Video interview' });
    expect(emails[0].text).toContain('Great chat!');
  });

  it("applies the stage's default promise when none is given, none when null, and none in an outcome", async () => {
    const candidate = await f.addCandidate(admin.token, job.id);
    const byDefault = await t.gql(MOVE, { input: { candidateId: candidate.id, stageId: stage('Decision').id } }, admin.token);
    expect(byDefault.data!.moveCandidate.expectedResponseBy).toBe(addDays(today(), 5));
    const none = await t.gql(MOVE, { input: { candidateId: candidate.id, stageId: stage('Offer').id, expectedResponseBy: null } }, admin.token);
    expect(none.data!.moveCandidate.expectedResponseBy).toBeNull();
    const outcome = await t.gql(MOVE, { input: { candidateId: candidate.id, stageId: stage('Hired').id, expectedResponseBy: addDays(today(), 3) } }, admin.token);
    expect(outcome.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'expectedResponseBy' });
    const hired = await t.gql(MOVE, { input: { candidateId: candidate.id, stageId: stage('Hired').id } }, admin.token);
    expect(hired.data!.moveCandidate).toMatchObject({ expectedResponseBy: null, stage: { name: 'Hired' } });
  });

  it("computes default promises from the organization's calendar day, not UTC's (21:00 on Dec 1 in Los Angeles is Dec 2 in UTC)", async () => {
    const west = await f.signUp('West Coast', { timeZone: 'America/Los_Angeles' });
    const westJob = await f.createJob(west.token);
    const westStage = (name: string) => westJob.stages.find((s) => s.name === name)!;
    try {
      t.clock.set('2026-12-02T05:00:00Z');
      const added = await f.addCandidate(west.token, westJob.id);
      expect(added.expectedResponseBy).toBe('2026-12-08'); // Applied: 7 days from Dec 1
      const moved = await t.gql(MOVE, { input: { candidateId: added.id, stageId: westStage('Decision').id } }, west.token);
      expect(moved.data!.moveCandidate.expectedResponseBy).toBe('2026-12-06'); // Decision: 5 days from Dec 1
      // Asia/Tokyo is a day ahead of UTC at 15:30 UTC: the same rule the other way.
      const east = await f.signUp('Far East', { timeZone: 'Asia/Tokyo' });
      const eastJob = await f.createJob(east.token);
      t.clock.set('2026-12-01T15:30:00Z');
      expect((await f.addCandidate(east.token, eastJob.id)).expectedResponseBy).toBe('2026-12-09'); // 7 days from Dec 2
    } finally {
      t.clock.set('2026-12-01T17:00:00Z');
    }
  });

  it('queues no email for notify=false', async () => {
    const candidate = await f.addCandidate(admin.token, job.id);
    await t.gql(MOVE, { input: { candidateId: candidate.id, stageId: stage('Phone screen').id, notify: false } }, admin.token);
    expect(await f.count('email_messages', 'candidate_id = $1', [candidate.id])).toBe(0);
    expect(await f.count('timeline_events', "candidate_id = $1 AND type = 'STAGE_CHANGED'", [candidate.id])).toBe(1);
  });

  it('answers CONFLICT for a stale expectedVersion and changes nothing', async () => {
    const candidate = await f.addCandidate(admin.token, job.id);
    expectNoErrors(await t.gql(MOVE, { input: { candidateId: candidate.id, stageId: stage('Phone screen').id, expectedVersion: 1 } }, admin.token));
    const stale = await t.gql(MOVE, { input: { candidateId: candidate.id, stageId: stage('Offer').id, expectedVersion: 1 } }, admin.token);
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.errors![0].extensions.currentVersion).toBe(2);
    const [row] = await t.dataSource.query('SELECT stage_id, version FROM candidates WHERE id = $1', [candidate.id]);
    expect(row).toEqual({ stage_id: stage('Phone screen').id, version: 2 });
  });

  it('lets exactly one of two concurrent moves with the same expectedVersion win', async () => {
    for (let round = 0; round < 3; round++) {
      const candidate = await f.addCandidate(admin.token, job.id);
      const results = await Promise.all([
        t.gql(MOVE, { input: { candidateId: candidate.id, stageId: stage('Assessment').id, expectedVersion: 1 } }, admin.token),
        t.gql(MOVE, { input: { candidateId: candidate.id, stageId: stage('Offer').id, expectedVersion: 1 } }, admin.token),
      ]);
      const codes = results.map(codeOf).sort();
      expect(codes).toEqual(['CONFLICT', undefined].sort());
      expect(await f.count('timeline_events', "candidate_id = $1 AND type = 'STAGE_CHANGED'", [candidate.id])).toBe(1);
      expect(await f.count('email_messages', 'candidate_id = $1', [candidate.id])).toBe(1);
    }
  });

  it('leaves no trace when a move fails midway', async () => {
    const candidate = await f.addCandidate(admin.token, job.id);
    const fn = `fail_email_${candidate.id.replace(/-/g, '')}`;
    await t.dataSource.query(`
      CREATE FUNCTION ${fn}() RETURNS trigger AS $$
      BEGIN
        IF NEW.candidate_id = '${candidate.id}' THEN RAISE EXCEPTION 'disk full (simulated)'; END IF;
        RETURN NEW;
      END $$ LANGUAGE plpgsql;
      CREATE TRIGGER ${fn} BEFORE INSERT ON email_messages FOR EACH ROW EXECUTE FUNCTION ${fn}();
    `);
    try {
      const res = await t.gql(MOVE, { input: { candidateId: candidate.id, stageId: stage('Offer').id } }, admin.token);
      expect(res.errors![0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
      expect(res.errors![0].message).not.toMatch(/disk full/);
    } finally {
      await t.dataSource.query(`DROP TRIGGER ${fn} ON email_messages; DROP FUNCTION ${fn}();`);
    }
    const [row] = await t.dataSource.query('SELECT stage_id, version, expected_response_by FROM candidates WHERE id = $1', [candidate.id]);
    expect(row).toEqual({ stage_id: stage('Applied').id, version: 1, expected_response_by: candidate.expectedResponseBy });
    expect(await f.count('timeline_events', "candidate_id = $1 AND type = 'STAGE_CHANGED'", [candidate.id])).toBe(0);
  });

  it("refuses a stage of another job, the current stage, and an unknown stage", async () => {
    const candidate = await f.addCandidate(admin.token, job.id);
    const otherJob = await f.createJob(admin.token, { title: 'Other' });
    const foreign = await t.gql(MOVE, { input: { candidateId: candidate.id, stageId: otherJob.stages[1].id } }, admin.token);
    expect(foreign.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'stageId' });
    const same = await t.gql(MOVE, { input: { candidateId: candidate.id, stageId: stage('Applied').id } }, admin.token);
    expect(same.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'stageId' });
    const unknown = await t.gql(MOVE, { input: { candidateId: candidate.id, stageId: '00000000-0000-4000-8000-000000000000' } }, admin.token);
    expect(codeOf(unknown)).toBe('NOT_FOUND');
    const tooLong = await t.gql(MOVE, { input: { candidateId: candidate.id, stageId: stage('Offer').id, messageToCandidate: 'x'.repeat(4001) } }, admin.token);
    expect(tooLong.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'messageToCandidate' });
    expect(await f.count('timeline_events', "candidate_id = $1 AND type = 'STAGE_CHANGED'", [candidate.id])).toBe(0);
  });

  it('edits a candidate with a version check and records what changed', async () => {
    const candidate = await f.addCandidate(admin.token, job.id);
    const UPDATE = `mutation($input: UpdateCandidateInput!) { updateCandidate(input: $input) { name email version expectedResponseBy timeline { type } } }`;
    const promise = addDays(today(), 2);
    const res = await t.gql(UPDATE, { input: { candidateId: candidate.id, name: 'Priya N.', expectedResponseBy: promise, expectedVersion: 1 } }, admin.token);
    expectNoErrors(res);
    expect(res.data!.updateCandidate).toMatchObject({ name: 'Priya N.', version: 2, expectedResponseBy: promise });
    expect(res.data!.updateCandidate.timeline.map((e: { type: string }) => e.type)).toEqual(['CANDIDATE_ADDED', 'CANDIDATE_UPDATED', 'PROMISE_CHANGED']);
    expect(codeOf(await t.gql(UPDATE, { input: { candidateId: candidate.id, name: 'Late', expectedVersion: 1 } }, admin.token))).toBe('CONFLICT');
    expect(codeOf(await t.gql(UPDATE, { input: { candidateId: candidate.id, expectedResponseBy: addDays(today(), -1) } }, admin.token))).toBe('BAD_USER_INPUT');
  });

  it('archives and restores; an archived candidate cannot be moved', async () => {
    const candidate = await f.addCandidate(admin.token, job.id);
    const archived = await t.gql(`mutation($id: ID!) { archiveCandidate(candidateId: $id) { archivedAt } }`, { id: candidate.id }, admin.token);
    expect(archived.data!.archiveCandidate.archivedAt).toBeTruthy();
    expect(codeOf(await t.gql(MOVE, { input: { candidateId: candidate.id, stageId: stage('Offer').id } }, admin.token))).toBe('CONFLICT');
    const listed = await t.gql(`query($id: ID!) { job(id: $id) { candidates { id } all: candidates(includeArchived: true) { id } } }`, { id: job.id }, admin.token);
    expect(listed.data!.job.candidates.map((c: { id: string }) => c.id)).not.toContain(candidate.id);
    expect(listed.data!.job.all.map((c: { id: string }) => c.id)).toContain(candidate.id);
    const restored = await t.gql(`mutation($id: ID!) { restoreCandidate(candidateId: $id) { archivedAt } }`, { id: candidate.id }, admin.token);
    expect(restored.data!.restoreCandidate.archivedAt).toBeNull();
  });

  it('rotates the status link: a new token, the old hash gone', async () => {
    const candidate = await f.addCandidate(admin.token, job.id);
    const [before] = await t.dataSource.query("SELECT encode(token_hash, 'hex') AS h FROM status_links WHERE candidate_id = $1", [candidate.id]);
    const res = await t.gql(`mutation($id: ID!) { rotateStatusLink(candidateId: $id) { statusUrl } }`, { id: candidate.id }, admin.token);
    expectNoErrors(res);
    expect(res.data!.rotateStatusLink.statusUrl).not.toBe(candidate.statusUrl);
    const [after] = await t.dataSource.query("SELECT encode(token_hash, 'hex') AS h FROM status_links WHERE candidate_id = $1", [candidate.id]);
    expect(after.h).not.toBe(before.h);
    expect(await f.count('status_links', "encode(token_hash, 'hex') = $1", [before.h])).toBe(0);
  });

  it('lets hiring managers move candidates but not add them', async () => {
    const manager = await f.member(admin, 'HIRING_MANAGER');
    const candidate = await f.addCandidate(admin.token, job.id);
    expectNoErrors(await t.gql(MOVE, { input: { candidateId: candidate.id, stageId: stage('Phone screen').id } }, manager.token));
    const add = await t.gql(`mutation($input: AddCandidateInput!) { addCandidate(input: $input) { id } }`, { input: { jobId: job.id, name: 'X', email: 'x@example.com' } }, manager.token);
    expect(codeOf(add)).toBe('FORBIDDEN');
  });
});

describe('bulk moves', () => {
  let t: TestApp;
  let f: Fixtures;

  beforeAll(async () => {
    t = await startTestApp();
    f = new Fixtures(t);
  });
  afterAll(() => t.close());

  it('moves every valid candidate and reports each one that could not be moved', async () => {
    const admin = await f.signUp('Bulk moves');
    const job = await f.createJob(admin.token);
    const other = await f.createJob(admin.token, { title: 'Other job' });
    const a = await f.addCandidate(admin.token, job.id);
    const b = await f.addCandidate(admin.token, job.id);
    const foreignJob = await f.addCandidate(admin.token, other.id);
    const archived = await f.addCandidate(admin.token, job.id);
    await t.gql(`mutation($id: ID!) { archiveCandidate(candidateId: $id) { id } }`, { id: archived.id }, admin.token);
    const intruder = await f.signUp('Intruders');
    const stranger = await f.addCandidate(intruder.token, (await f.createJob(intruder.token)).id);
    const BULK = `mutation($i: BulkMoveCandidatesInput!) { bulkMoveCandidates(input: $i) { moved { id stage { name } } failures { candidateId code } } }`;
    const decision = job.stages.find((s) => s.name === 'Decision')!;
    const res = await t.gql(BULK, { i: { candidateIds: [a.id, b.id, foreignJob.id, archived.id, stranger.id, a.id], stageId: decision.id } }, admin.token);
    expectNoErrors(res);
    expect(res.data!.bulkMoveCandidates.moved).toEqual([{ id: a.id, stage: { name: 'Decision' } }, { id: b.id, stage: { name: 'Decision' } }]);
    expect(res.data!.bulkMoveCandidates.failures).toEqual([
      { candidateId: foreignJob.id, code: 'BAD_USER_INPUT' },
      { candidateId: archived.id, code: 'CONFLICT' },
      { candidateId: stranger.id, code: 'NOT_FOUND' },
    ]);
    expect(await f.count('email_messages', 'candidate_id = ANY($1)', [[a.id, b.id]])).toBe(2);
    const empty = await t.gql(BULK, { i: { candidateIds: [], stageId: decision.id } }, admin.token);
    expect(empty.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'candidateIds' });
    const tooMany = await t.gql(BULK, { i: { candidateIds: Array.from({ length: 1001 }, () => a.id), stageId: decision.id } }, admin.token);
    expect(tooMany.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'candidateIds' });
  });
});
