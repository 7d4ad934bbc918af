import { MEMBER_ROLES, MemberRole, OPERATION_ACCESS, rolesAllowed } from '@candor/domain';
import { allOperations, documentFor, OperationKind, placeholderVariables } from './support/schema-operations';
import { codeOf, startTestApp, TestApp } from './support/test-app';
import { expectNoErrors, Fixtures, SignedIn } from './support/fixtures';

/**
 * The role matrix, tested: every operation of schema.gql is called by a member of each role and
 * without a session, and each answer is checked against OPERATION_ACCESS (libs/domain). A role
 * that may not call an operation gets FORBIDDEN and changes nothing; a role that may gets past
 * the access check (to a validation or look-up answer, with placeholder arguments); without a
 * session only public operations get through. A new operation is tested here without anyone
 * remembering to add it.
 */
describe('the role matrix', () => {
  let t: TestApp;
  const members = {} as Record<MemberRole, SignedIn>;
  let organizationId: string;
  let job: Awaited<ReturnType<Fixtures['createJob']>>;

  const fingerprint = async () => {
    const [row] = await t.dataSource.query(
      `SELECT md5(string_agg(t, '|' ORDER BY t)) AS h FROM (
         SELECT x::text AS t FROM jobs x WHERE organization_id = $1 UNION ALL
         SELECT x::text FROM stages x JOIN jobs j ON j.id = x.job_id WHERE j.organization_id = $1 UNION ALL
         SELECT x::text FROM candidates x WHERE organization_id = $1 UNION ALL
         SELECT x::text FROM candidate_promises x WHERE organization_id = $1 UNION ALL
         SELECT x::text FROM members x WHERE organization_id = $1 UNION ALL
         SELECT x::text FROM invites x WHERE organization_id = $1 UNION ALL
         SELECT x::text FROM organizations x WHERE id = $1 UNION ALL
         SELECT x::text FROM email_templates x WHERE organization_id = $1 UNION ALL
         SELECT x::text FROM status_links x WHERE organization_id = $1 UNION ALL
         SELECT x::text FROM organization_logos x WHERE organization_id = $1 UNION ALL
         SELECT x::text FROM audit_events x WHERE organization_id = $1) all_rows`,
      [organizationId],
    );
    return row.h as string;
  };

  beforeAll(async () => {
    t = await startTestApp();
    const f = new Fixtures(t);
    members.ADMIN = await f.signUp('Role matrix');
    members.RECRUITER = await f.member(members.ADMIN, 'RECRUITER');
    members.HIRING_MANAGER = await f.member(members.ADMIN, 'HIRING_MANAGER');
    job = await f.createJob(members.ADMIN.token);
    await f.addCandidate(members.ADMIN.token, job.id);
    [{ organization_id: organizationId }] = await t.dataSource.query('SELECT organization_id FROM jobs WHERE id = $1', [job.id]);
  });
  afterAll(() => t.close());

  // logOut ends the caller's session: it gets a session of its own below.
  const operations = allOperations().filter(({ name }) => name !== 'logOut');
  const cases = operations.flatMap(({ kind, name }) => MEMBER_ROLES.map((role) => [name, role, kind] as [string, MemberRole, OperationKind]));

  it('covers every operation of the schema, each listed in OPERATION_ACCESS', () => {
    expect(allOperations().map((op) => op.name).filter((name) => !(name in OPERATION_ACCESS))).toEqual([]);
    expect(cases.length).toBe((allOperations().length - 1) * MEMBER_ROLES.length);
  });

  it.each(cases)('%s as %s', async (name, role, kind) => {
    const allowed = rolesAllowed(name).includes(role);
    const before = allowed ? '' : await fingerprint();
    const res = await t.gql(documentFor(kind, name), placeholderVariables(kind, name), members[role].token);
    if (allowed) {
      expect(['FORBIDDEN', 'UNAUTHENTICATED', 'INTERNAL_SERVER_ERROR']).not.toContain(codeOf(res));
    } else {
      expect(codeOf(res)).toBe('FORBIDDEN');
      expect(res.errors![0].message).toMatch(new RegExp(role));
      expect(await fingerprint()).toBe(before);
    }
  });

  it.each(operations.map(({ kind, name }) => [name, kind] as const))('%s without a session', async (name, kind) => {
    const res = await t.gql(documentFor(kind, name), placeholderVariables(kind, name));
    if (OPERATION_ACCESS[name] === 'PUBLIC') expect(['UNAUTHENTICATED', 'FORBIDDEN', 'INTERNAL_SERVER_ERROR']).not.toContain(codeOf(res));
    else expect(codeOf(res)).toBe('UNAUTHENTICATED');
  });

  it.each(MEMBER_ROLES)('logOut as %s ends that session only', async (role) => {
    const f = new Fixtures(t);
    const extra = await f.logIn(members[role].email);
    expectNoErrors(await t.gql('mutation { logOut }', {}, extra));
    expect(codeOf(await t.gql('{ me { member { id } } }', {}, extra))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql('{ me { member { id } } }', {}, members[role].token))).toBeUndefined();
  });

  it('lets a hiring manager preview saved templates but not drafts (ARGUMENT_ACCESS)', async () => {
    const [{ id: stageId }] = await t.dataSource.query('SELECT s.id FROM stages s JOIN jobs j ON j.id = s.job_id WHERE j.organization_id = $1 LIMIT 1', [organizationId]);
    const PREVIEW = 'query($i: PreviewStageEmailInput!) { previewStageEmail(input: $i) { subject } }';
    expect(codeOf(await t.gql(PREVIEW, { i: { stageId } }, members.HIRING_MANAGER.token))).toBeUndefined();
    for (const draft of [{ body: 'Hi' }, { subject: 'Hi' }]) {
      const res = await t.gql(PREVIEW, { i: { stageId, ...draft } }, members.HIRING_MANAGER.token);
      expect(codeOf(res)).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(PREVIEW, { i: { stageId, ...draft } }, members.RECRUITER.token))).toBeUndefined();
    }
    const ORGANIZATION_PREVIEW = 'query($i: PreviewOrganizationEmailInput!) { previewOrganizationEmail(input: $i) { subject } }';
    expect(codeOf(await t.gql(ORGANIZATION_PREVIEW, { i: { kind: 'PROMISE_EXTENDED' } }, members.HIRING_MANAGER.token))).toBeUndefined();
    for (const draft of [{ body: 'Hi' }, { subject: 'Hi' }]) {
      expect(codeOf(await t.gql(ORGANIZATION_PREVIEW, { i: { kind: 'PROMISE_EXTENDED', ...draft } }, members.HIRING_MANAGER.token))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(ORGANIZATION_PREVIEW, { i: { kind: 'PROMISE_EXTENDED', ...draft } }, members.RECRUITER.token))).toBeUndefined();
    }
  });

  it.each(['RECRUITER', 'HIRING_MANAGER'] as const)('only an admin sets stepReminderHours: as %s FORBIDDEN, nothing written', async (role) => {
    const SET = 'mutation($h: Int) { updateOrganization(input: { stepReminderHours: $h }) { stepReminderHours } }';
    const before = await fingerprint();
    const res = await t.gql(SET, { h: 2 }, members[role].token);
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await fingerprint()).toBe(before);
    const off = await t.gql(SET, { h: null }, members.ADMIN.token);
    expectNoErrors(off);
    expect(off.data!.updateOrganization.stepReminderHours).toBeNull();
    expectNoErrors(await t.gql(SET, { h: 24 }, members.ADMIN.token));
  });

  describe('the promise ledger', () => {
    const STATS = `query($from: DateTime!, $to: DateTime!, $jobId: ID, $memberId: ID) {
      promiseStats(from: $from, to: $to, jobId: $jobId, memberId: $memberId) { made ended kept byJob { jobId } byMember { memberId memberName } }
    }`;
    const MOVE = 'mutation($i: MoveCandidateInput!) { moveCandidate(input: $i) { id version expectedResponseBy promises { outcome fallbackExtensionDays madeBy { name } } } }';
    const UPDATE = 'mutation($i: UpdateCandidateInput!) { updateCandidate(input: $i) { id } }';
    const period = () => ({ from: new Date(Date.now() - 86_400_000).toISOString(), to: new Date(Date.now() + 86_400_000).toISOString() });
    const dayAhead = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

    it.each(MEMBER_ROLES)('promiseStats as %s: the figures of the organization, by job and by member', async (role) => {
      const [{ id: memberId }] = await t.dataSource.query('SELECT id FROM members WHERE organization_id = $1 AND role = $2 ORDER BY created_at LIMIT 1', [organizationId, 'ADMIN']);
      const whole = await t.gql(STATS, period(), members[role].token);
      expectNoErrors(whole);
      // The candidate added in beforeAll got the entry stage's default reply day: one promise, made by the admin.
      expect(whole.data!.promiseStats.made).toBeGreaterThanOrEqual(1);
      expect(whole.data!.promiseStats.byJob.map((j: { jobId: string }) => j.jobId)).toContain(job.id);
      const filtered = await t.gql(STATS, { ...period(), jobId: job.id, memberId }, members[role].token);
      expectNoErrors(filtered);
      expect(filtered.data!.promiseStats.byMember.map((m: { memberId: string }) => m.memberId)).toEqual([memberId]);
    });

    it('promiseStats without a session is UNAUTHENTICATED and answers no figures', async () => {
      const res = await t.gql(STATS, period());
      expect(codeOf(res)).toBe('UNAUTHENTICATED');
      expect(res.data?.promiseStats ?? null).toBeNull();
    });

    it('a hiring manager may move a candidate with a pre-approved extension (fallbackExtensionDays), recorded as theirs', async () => {
      const candidate = await new Fixtures(t).addCandidate(members.ADMIN.token, job.id);
      const res = await t.gql(MOVE, { i: { candidateId: candidate.id, stageId: job.stages[1].id, expectedResponseBy: dayAhead(5), fallbackExtensionDays: 3, notify: false } }, members.HIRING_MANAGER.token);
      expectNoErrors(res);
      const [latest] = res.data!.moveCandidate.promises;
      expect(latest).toEqual({ outcome: 'OPEN', fallbackExtensionDays: 3, madeBy: { name: 'A HIRING_MANAGER' } });
      // The same in a bulk move.
      const other = await new Fixtures(t).addCandidate(members.ADMIN.token, job.id);
      const bulk = await t.gql(
        'mutation($i: BulkMoveCandidatesInput!) { bulkMoveCandidates(input: $i) { moved { id promises { fallbackExtensionDays } } failures { code } } }',
        { i: { candidateIds: [other.id], stageId: job.stages[1].id, expectedResponseBy: dayAhead(5), fallbackExtensionDays: 2, notify: false } },
        members.HIRING_MANAGER.token,
      );
      expectNoErrors(bulk);
      expect(bulk.data!.bulkMoveCandidates.failures).toEqual([]);
      expect(bulk.data!.bulkMoveCandidates.moved[0].promises[0].fallbackExtensionDays).toBe(2);
    });

    it('a hiring manager may not set a pre-approval or a later day through updateCandidate: FORBIDDEN, nothing written', async () => {
      const candidate = await new Fixtures(t).addCandidate(members.ADMIN.token, job.id);
      for (const input of [
        { candidateId: candidate.id, fallbackExtensionDays: 3 },
        { candidateId: candidate.id, expectedResponseBy: dayAhead(30), promiseChangeReason: 'The panel meets later than planned.' },
      ]) {
        const before = await fingerprint();
        const res = await t.gql(UPDATE, { i: input }, members.HIRING_MANAGER.token);
        expect(codeOf(res)).toBe('FORBIDDEN');
        expect(await fingerprint()).toBe(before);
      }
      // A recruiter may: the refusal above was the role's.
      expectNoErrors(await t.gql(UPDATE, { i: { candidateId: candidate.id, fallbackExtensionDays: 3 } }, members.RECRUITER.token));
    });
  });
});
