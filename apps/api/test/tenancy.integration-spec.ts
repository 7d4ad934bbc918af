import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, getNamedType, GraphQLField, GraphQLInputObjectType, GraphQLInputType, isInputObjectType } from 'graphql';
import { startTestApp, TestApp } from './support/test-app';
import { addDays, calendarDateInZone } from '@candor/domain';
import { expectNoErrors, Fixtures } from './support/fixtures';
import { pngFile } from './support/images';

/** Operations that take an ID somewhere in their arguments, read from the committed schema. */
function operationsTakingIds(): string[] {
  const schema = buildSchema(readFileSync(join(__dirname, '..', 'schema.gql'), 'utf8'));
  const takesId = (type: GraphQLInputType, seen = new Set<string>()): boolean => {
    const named = getNamedType(type);
    if (named.name === 'ID') return true;
    if (!isInputObjectType(named) || seen.has(named.name)) return false;
    seen.add(named.name);
    return Object.values((named as GraphQLInputObjectType).getFields()).some((field) => takesId(field.type, seen));
  };
  const fields: GraphQLField<unknown, unknown>[] = [
    ...Object.values(schema.getQueryType()!.getFields()),
    ...Object.values(schema.getMutationType()!.getFields()),
  ];
  return fields.filter((field) => field.args.some((arg) => takesId(arg.type))).map((field) => field.name);
}

/** ID-taking operations outside the session's tenancy, and where their scoping is tested instead. */
const SCOPED_ELSEWHERE: Record<string, string> = {
  respondToRequest: "the status token's candidate only (candidate-status spec: another candidate's step is NOT_FOUND)",
};

/** A member of organization B tries every operation on organization A's IDs: all NOT_FOUND, A unchanged. */
describe('tenancy', () => {
  let t: TestApp;
  let f: Fixtures;
  const a = { jobId: '', stageId: '', otherStageId: '', candidateId: '', statusToken: '', stepId: '', memberId: '', emailId: '', inviteId: '', organizationId: '', checkInId: '' };
  const b = { jobId: '', stageId: '', candidateId: '' };
  let intruder: string;
  let snapshot: string;

  const snapshotOfA = async () =>
    JSON.stringify([
      await t.dataSource.query(
        `SELECT m.role, m.deactivated_at, m.removed_at, (SELECT count(*) FROM sessions s WHERE s.member_id = m.id AND s.revoked_at IS NULL) AS sessions
         FROM members m WHERE m.organization_id = $1 ORDER BY m.id`,
        [a.organizationId],
      ),
      await t.dataSource.query('SELECT revoked_at, accepted_at FROM invites WHERE organization_id = $1 ORDER BY id', [a.organizationId]),
      await t.dataSource.query(
        `SELECT j.title, j.status, s.name, s.position, c.name AS candidate, c.version, c.stage_id, c.email_undeliverable_cleared_at, n.title AS step, n.state,
           (SELECT count(*) FROM timeline_events e WHERE e.candidate_id = c.id) AS events,
           (SELECT encode(token_hash, 'hex') FROM status_links l WHERE l.candidate_id = c.id) AS link
         FROM jobs j JOIN stages s ON s.job_id = j.id JOIN candidates c ON c.job_id = j.id JOIN next_steps n ON n.candidate_id = c.id
         WHERE j.id = $1 ORDER BY s.position`,
        [a.jobId],
      ),
      // A's check-in, unanswered.
      await t.dataSource.query('SELECT id, reply_message, replied_at, replied_by_id, reply_new_day FROM check_ins WHERE organization_id = $1 ORDER BY id', [a.organizationId]),
      // The promise ledger: every record of A, as it stands.
      await t.dataSource.query(
        `SELECT id, candidate_id, promised_day, outcome, fallback_extension_days, reason, made_by_member_id, settled_at, extended_by_id
           FROM candidate_promises WHERE organization_id = $1 ORDER BY made_at, id`,
        [a.organizationId],
      ),
    ]);

  beforeAll(async () => {
    t = await startTestApp();
    f = new Fixtures(t);
    const owner = await f.signUp('Organization A');
    const job = await f.createJob(owner.token);
    a.jobId = job.id;
    a.stageId = job.stages[0].id;
    a.otherStageId = job.stages[2].id;
    const candidate = await f.addCandidate(owner.token, job.id);
    a.candidateId = candidate.id;
    // A's candidate's address bounced: clearing that mark is a write B must not be able to make.
    await t.dataSource.query(`INSERT INTO undeliverable_addresses (address, kind, reason, source, first_seen_at, last_seen_at) VALUES (lower($1), 'BOUNCE', '5.1.1', 'DSN', now(), now())`, [candidate.email]);
    a.statusToken = candidate.statusUrl.split('#').pop()!;
    a.stepId = (await f.addStep(owner.token, a.candidateId)).id;
    expectNoErrors(await t.gql('mutation($i: MoveCandidateInput!) { moveCandidate(input: $i) { id } }', { i: { candidateId: a.candidateId, stageId: job.stages[1].id } }, owner.token));
    [{ id: a.emailId }] = await t.dataSource.query('SELECT id FROM email_messages WHERE candidate_id = $1', [a.candidateId]);
    [{ id: a.memberId, organization_id: a.organizationId }] = await t.dataSource.query(
      'SELECT id, organization_id FROM members WHERE organization_id = (SELECT organization_id FROM jobs WHERE id = $1)',
      [a.jobId],
    );
    // A's candidate checks in after a lapsed promise (yesterday, set in the database: the API
    // refuses a past day), so B has a check-in of A to try to answer.
    const [{ time_zone: zone }] = await t.dataSource.query('SELECT time_zone FROM organizations WHERE id = $1', [a.organizationId]);
    const yesterday = addDays(calendarDateInZone(t.clock.now(), zone), -1);
    await t.dataSource.query('UPDATE candidates SET expected_response_by = $2 WHERE id = $1', [a.candidateId, yesterday]);
    await t.dataSource.query("UPDATE candidate_promises SET promised_day = $2 WHERE candidate_id = $1 AND outcome = 'OPEN'", [a.candidateId, yesterday]);
    const checkedIn = await t.gql('mutation($token: String!) { checkIn(token: $token, message: "Any news?") { accepted } }', { token: a.statusToken });
    expectNoErrors(checkedIn);
    expect(checkedIn.data!.checkIn.accepted).toBe(true);
    [{ id: a.checkInId }] = await t.dataSource.query('SELECT id FROM check_ins WHERE candidate_id = $1', [a.candidateId]);
    await f.member(owner, 'RECRUITER');
    const invite = await t.gql('mutation($i: InviteMemberInput!) { inviteMember(input: $i) { id } }', { i: { email: 'pending@example.com', role: 'ADMIN' } }, owner.token);
    expectNoErrors(invite);
    a.inviteId = invite.data!.inviteMember.id;
    intruder = (await f.signUp('Organization B')).token;
    const own = await f.createJob(intruder, { title: 'B job' });
    b.jobId = own.id;
    b.stageId = own.stages[1].id;
    b.candidateId = (await f.addCandidate(intruder, own.id, { name: 'B person', email: 'b-person@example.com' })).id;
    snapshot = await snapshotOfA();
  });
  afterAll(() => t.close());

  const STATS = `query($from: DateTime!, $to: DateTime!, $jobId: ID, $memberId: ID) {
    promiseStats(from: $from, to: $to, jobId: $jobId, memberId: $memberId) { made ended kept byJob { jobId jobTitle } byMember { memberId memberName } }
  }`;
  const period = () => ({ from: new Date(Date.now() - 7 * 86_400_000).toISOString(), to: new Date(Date.now() + 7 * 86_400_000).toISOString() });
  const dayAhead = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

  const operations: [string, string, () => Record<string, unknown>][] = [
    ['job', 'query($id: ID!) { job(id: $id) { id title } }', () => ({ id: a.jobId })],
    ['candidate', 'query($id: ID!) { candidate(id: $id) { id email statusUrl } }', () => ({ id: a.candidateId })],
    ['updateJob', 'mutation($i: UpdateJobInput!) { updateJob(input: $i) { id } }', () => ({ i: { jobId: a.jobId, title: 'Mine' } })],
    ['closeJob', 'mutation($id: ID!) { closeJob(jobId: $id) { id } }', () => ({ id: a.jobId })],
    ['reopenJob', 'mutation($id: ID!) { reopenJob(jobId: $id) { id } }', () => ({ id: a.jobId })],
    ['addStage', 'mutation($i: AddStageInput!) { addStage(input: $i) { id } }', () => ({ i: { jobId: a.jobId, name: 'Spy', kind: 'SCREEN' } })],
    ['updateStage', 'mutation($i: UpdateStageInput!) { updateStage(input: $i) { id } }', () => ({ i: { stageId: a.stageId, name: 'Spy' } })],
    ['reorderStages', 'mutation($i: ReorderStagesInput!) { reorderStages(input: $i) { id } }', () => ({ i: { jobId: a.jobId, stageIds: [a.stageId] } })],
    ['removeStage', 'mutation($id: ID!) { removeStage(stageId: $id) { id } }', () => ({ id: a.otherStageId })],
    ['addCandidate', 'mutation($i: AddCandidateInput!) { addCandidate(input: $i) { id } }', () => ({ i: { jobId: a.jobId, name: 'Spy', email: 'spy@example.com' } })],
    ['updateCandidate', 'mutation($i: UpdateCandidateInput!) { updateCandidate(input: $i) { id } }', () => ({ i: { candidateId: a.candidateId, name: 'Spy' } })],
    ['moveCandidate', 'mutation($i: MoveCandidateInput!) { moveCandidate(input: $i) { id } }', () => ({ i: { candidateId: a.candidateId, stageId: a.otherStageId } })],
    ['archiveCandidate', 'mutation($id: ID!) { archiveCandidate(candidateId: $id) { id } }', () => ({ id: a.candidateId })],
    ['restoreCandidate', 'mutation($id: ID!) { restoreCandidate(candidateId: $id) { id } }', () => ({ id: a.candidateId })],
    ['clearEmailUndeliverable', 'mutation($id: ID!) { clearEmailUndeliverable(candidateId: $id) { id } }', () => ({ id: a.candidateId })],
    ['rotateStatusLink', 'mutation($id: ID!) { rotateStatusLink(candidateId: $id) { statusUrl } }', () => ({ id: a.candidateId })],
    ['addNextStep', 'mutation($i: AddNextStepInput!) { addNextStep(input: $i) { id } }', () => ({ i: { candidateId: a.candidateId, kind: 'OTHER', title: 'Spy' } })],
    ['updateNextStep', 'mutation($i: UpdateNextStepInput!) { updateNextStep(input: $i) { id } }', () => ({ i: { stepId: a.stepId, title: 'Spy' } })],
    ['reorderNextSteps', 'mutation($i: ReorderNextStepsInput!) { reorderNextSteps(input: $i) { id } }', () => ({ i: { candidateId: a.candidateId, stepIds: [a.stepId] } })],
    ['completeNextStep', 'mutation($id: ID!) { completeNextStep(stepId: $id) { id } }', () => ({ id: a.stepId })],
    ['cancelNextStep', 'mutation($id: ID!) { cancelNextStep(stepId: $id) { id } }', () => ({ id: a.stepId })],
    ['emailTemplate', 'query($id: ID!) { emailTemplate(stageId: $id) { subject body } }', () => ({ id: a.stageId })],
    ['updateEmailTemplate', 'mutation($i: UpdateEmailTemplateInput!) { updateEmailTemplate(input: $i) { subject } }', () => ({ i: { stageId: a.stageId, subject: 'Spy', body: 'Spy' } })],
    ['resetEmailTemplate', 'mutation($id: ID!) { resetEmailTemplate(stageId: $id) { subject } }', () => ({ id: a.stageId })],
    ['previewStageEmail', 'query($i: PreviewStageEmailInput!) { previewStageEmail(input: $i) { subject text } }', () => ({ i: { stageId: a.stageId } })],
    ['previewOrganizationEmail (their candidate)', 'query($i: PreviewOrganizationEmailInput!) { previewOrganizationEmail(input: $i) { subject text } }', () => ({ i: { kind: 'PROMISE_EXTENDED', candidateId: a.candidateId } })],
    ['previewStageEmail (own stage, their candidate)', 'query($i: PreviewStageEmailInput!) { previewStageEmail(input: $i) { subject text } }', () => ({ i: { stageId: b.stageId, candidateId: a.candidateId } })],
    ['bulkMoveCandidates', 'mutation($i: BulkMoveCandidatesInput!) { bulkMoveCandidates(input: $i) { moved { id } } }', () => ({ i: { candidateIds: [a.candidateId], stageId: a.otherStageId } })],
    ['moveCandidate (own candidate, their stage)', 'mutation($i: MoveCandidateInput!) { moveCandidate(input: $i) { id } }', () => ({ i: { candidateId: b.candidateId, stageId: a.otherStageId } })],
    ['closeJob (own job, their outcome stage)', 'mutation($id: ID!, $s: ID) { closeJob(jobId: $id, finalStageId: $s) { id } }', () => ({ id: b.jobId, s: a.otherStageId })],
    ['changeMemberRole', 'mutation($i: ChangeMemberRoleInput!) { changeMemberRole(input: $i) { id } }', () => ({ i: { memberId: a.memberId, role: 'HIRING_MANAGER' } })],
    ['retryEmail', 'mutation($id: ID!) { retryEmail(emailId: $id) { id } }', () => ({ id: a.emailId })],
    ['deactivateMember', 'mutation($id: ID!) { deactivateMember(memberId: $id) { id } }', () => ({ id: a.memberId })],
    ['reactivateMember', 'mutation($id: ID!) { reactivateMember(memberId: $id) { id } }', () => ({ id: a.memberId })],
    ['removeMember', 'mutation($id: ID!) { removeMember(memberId: $id) { id } }', () => ({ id: a.memberId })],
    ['revokeInvite', 'mutation($id: ID!) { revokeInvite(inviteId: $id) { id } }', () => ({ id: a.inviteId })],
    ['replyToCheckIn', 'mutation($i: ReplyToCheckInInput!) { replyToCheckIn(input: $i) { id reply { message } } }', () => ({ i: { checkInId: a.checkInId, message: 'Spy' } })],
    [
      'replyToCheckIn (with a new day and a reason)',
      'mutation($i: ReplyToCheckInInput!) { replyToCheckIn(input: $i) { id } }',
      () => ({ i: { checkInId: a.checkInId, message: 'Spy', expectedResponseBy: dayAhead(20), promiseChangeReason: 'We need longer.' } }),
    ],
    ['promiseStats (their job)', STATS, () => ({ ...period(), jobId: a.jobId })],
    ['promiseStats (their member)', STATS, () => ({ ...period(), memberId: a.memberId })],
    ['promiseStats (own job, their member)', STATS, () => ({ ...period(), jobId: b.jobId, memberId: a.memberId })],
    [
      'moveCandidate (with a pre-approval and a reason)',
      'mutation($i: MoveCandidateInput!) { moveCandidate(input: $i) { id promises { id } } }',
      () => ({ i: { candidateId: a.candidateId, stageId: a.otherStageId, expectedResponseBy: dayAhead(20), fallbackExtensionDays: 3, promiseChangeReason: 'We need longer.' } }),
    ],
    [
      'updateCandidate (with a pre-approval and a reason)',
      'mutation($i: UpdateCandidateInput!) { updateCandidate(input: $i) { id promises { id } } }',
      () => ({ i: { candidateId: a.candidateId, expectedResponseBy: dayAhead(20), fallbackExtensionDays: 3, promiseChangeReason: 'We need longer.' } }),
    ],
    [
      'updateCandidate (a pre-approval only)',
      'mutation($i: UpdateCandidateInput!) { updateCandidate(input: $i) { id } }',
      () => ({ i: { candidateId: a.candidateId, fallbackExtensionDays: 5 } }),
    ],
  ];

  it('covers every operation that takes an ID', () => {
    const covered = new Set([...operations.map(([name]) => name.split(' ')[0]), ...Object.keys(SCOPED_ELSEWHERE)]);
    expect(operationsTakingIds().filter((name) => !covered.has(name))).toEqual([]);
  });

  it("an organization's own email templates are its alone: B's save and reset leave A's as they were", async () => {
    const TEMPLATE = 'query { organizationEmailTemplate(kind: PROMISE_EXTENDED) { subject isDefault } }';
    const UPDATE = 'mutation($i: UpdateOrganizationEmailTemplateInput!) { updateOrganizationEmailTemplate(input: $i) { subject } }';
    const [{ id: ownerId }] = await t.dataSource.query('SELECT id FROM members WHERE organization_id = $1 AND role = $2 LIMIT 1', [a.organizationId, 'ADMIN']);
    await t.dataSource.query(
      `INSERT INTO organization_email_templates (organization_id, kind, subject, body, updated_by_id, updated_at) VALUES ($1, 'PROMISE_EXTENDED', 'A words', 'A body', $2, now())`,
      [a.organizationId, ownerId],
    );
    try {
      expect((await t.gql(TEMPLATE, {}, intruder)).data!.organizationEmailTemplate).toEqual({ subject: 'A new date for news about {{ job.title }}', isDefault: true });
      expectNoErrors(await t.gql(UPDATE, { i: { kind: 'PROMISE_EXTENDED', subject: 'B words', body: 'B body' } }, intruder));
      expectNoErrors(await t.gql('mutation { resetOrganizationEmailTemplate(kind: PROMISE_EXTENDED) { subject } }', {}, intruder));
      expect(await t.dataSource.query('SELECT subject, body FROM organization_email_templates WHERE organization_id = $1', [a.organizationId])).toEqual([{ subject: 'A words', body: 'A body' }]);
    } finally {
      await t.dataSource.query('DELETE FROM organization_email_templates WHERE organization_id = $1', [a.organizationId]);
    }
  });

  it("a bulk move of A's candidate with a pre-approval fails for that candidate (NOT_FOUND), writing nothing of A", async () => {
    const res = await t.gql(
      'mutation($i: BulkMoveCandidatesInput!) { bulkMoveCandidates(input: $i) { moved { id } failures { candidateId code } } }',
      { i: { candidateIds: [a.candidateId], stageId: b.stageId, expectedResponseBy: dayAhead(20), fallbackExtensionDays: 3 } },
      intruder,
    );
    expectNoErrors(res);
    expect(res.data!.bulkMoveCandidates).toEqual({ moved: [], failures: [{ candidateId: a.candidateId, code: 'NOT_FOUND' }] });
    expect(await snapshotOfA()).toBe(snapshot);
  });

  it("never shows B a promise of A: not in Candidate.promises, not in promiseStats", async () => {
    const ofA: { id: string }[] = await t.dataSource.query('SELECT id FROM candidate_promises WHERE organization_id = $1', [a.organizationId]);
    expect(ofA.length).toBeGreaterThan(0); // A has records to leak
    const res = await t.gql(
      `query($id: ID!, $from: DateTime!, $to: DateTime!) {
        jobs { candidates { id promises { id stageName reason madeBy { id name } } } }
        candidate(id: $id) { promises { id madeBy { id } } }
        promiseStats(from: $from, to: $to) { made byJob { jobId jobTitle } byMember { memberId memberName } }
      }`,
      { id: b.candidateId, ...period() },
      intruder,
    );
    expectNoErrors(res);
    const said = JSON.stringify(res.data);
    for (const { id } of ofA) expect(said).not.toContain(id);
    expect(said).not.toContain(a.memberId);
    expect(said).not.toContain(a.jobId);
    expect(said).not.toMatch(/Organization A|Product Designer/);
    // B sees its own: the promise its own candidate was given on being added.
    const ofB: { id: string }[] = await t.dataSource.query('SELECT id FROM candidate_promises WHERE candidate_id = $1', [b.candidateId]);
    expect(res.data!.candidate.promises.map((p: { id: string }) => p.id).sort()).toEqual(ofB.map((p) => p.id).sort());
    expect(res.data!.promiseStats.byJob.map((j: { jobId: string }) => j.jobId)).toEqual([b.jobId]);
    expect(await snapshotOfA()).toBe(snapshot);
  });

  it("a bulk move of organization A's candidate into B's own stage fails for that candidate, moving nothing", async () => {
    const res = await t.gql(
      'mutation($i: BulkMoveCandidatesInput!) { bulkMoveCandidates(input: $i) { moved { id } failures { candidateId code } } }',
      { i: { candidateIds: [a.candidateId, b.candidateId], stageId: b.stageId } },
      intruder,
    );
    expectNoErrors(res);
    expect(res.data!.bulkMoveCandidates.moved.map((c: { id: string }) => c.id)).toEqual([b.candidateId]);
    expect(res.data!.bulkMoveCandidates.failures).toEqual([{ candidateId: a.candidateId, code: 'NOT_FOUND' }]);
    expect(await snapshotOfA()).toBe(snapshot);
  });

  // Each case stands alone: it checks that organization A is exactly as it was, whatever ran before it.
  it.each(operations)('%s with organization A IDs answers NOT_FOUND, leaks nothing and changes nothing of A', async (_, query, variables) => {
    const res = await t.gql(query, variables(), intruder);
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0].extensions.code).toBe('NOT_FOUND');
    expect(Object.values(res.data ?? {}).every((value) => value === null)).toBe(true);
    expect(res.errors![0].message).not.toMatch(/Organization A|Margaret|Product Designer/);
    expect(await snapshotOfA()).toBe(snapshot);
  });

  it("keeps each organization's branding its own: B's logo, colour and job contact never reach A's candidates or change A", async () => {
    const STATUS = 'query($token: String!) { candidateStatus(token: $token) { logoUrl accentColor contact { name } } }';
    const brandingOfA = () =>
      t.dataSource.query(
        `SELECT o.accent_color, o.step_reminder_hours, (SELECT count(*)::int FROM organization_logos l WHERE l.organization_id = o.id) AS logos, j.contact_name
           FROM organizations o JOIN jobs j ON j.organization_id = o.id WHERE o.id = $1`,
        [a.organizationId],
      );
    const before = await brandingOfA();
    expectNoErrors(await t.gql('mutation($i: UploadOrganizationLogoInput!) { uploadOrganizationLogo(input: $i) { id } }', { i: { contentBase64: pngFile(4, 4).toString('base64') } }, intruder));
    expectNoErrors(await t.gql('mutation($i: UpdateOrganizationInput!) { updateOrganization(input: $i) { id } }', { i: { accentColor: '#102030', stepReminderHours: 3 } }, intruder));
    expectNoErrors(await t.gql('mutation($i: UpdateJobInput!) { updateJob(input: $i) { id } }', { i: { jobId: b.jobId, contactName: 'B contact', contactEmail: 'b@example.com' } }, intruder));
    expect(await brandingOfA()).toEqual(before);
    expect(await snapshotOfA()).toBe(snapshot);
    // A's candidate sees none of it (B could not rotate A's link: the snapshot above says so).
    const status = await t.gql(STATUS, { token: a.statusToken });
    expectNoErrors(status);
    expect(status.data!.candidateStatus).toEqual({ logoUrl: null, accentColor: null, contact: null });
    expectNoErrors(await t.gql('mutation { removeOrganizationLogo { id } }', {}, intruder));
    expect(await brandingOfA()).toEqual(before);
  });

  it("shows organization B none of A's jobs, members, invites, audit entries or attention items", async () => {
    const res = await t.gql('{ jobs { id } members { email } needsAttention { candidate { id } } mailbox(limit: 100) { to } invites { id } auditLog { id targetId } }', {}, intruder);
    expect(res.data!.invites).toEqual([]);
    expect(JSON.stringify(res.data!.auditLog)).not.toContain(a.inviteId);
    expect(JSON.stringify(res.data!.auditLog)).not.toContain(a.candidateId);
    expect(res.data!.jobs.map((job: { id: string }) => job.id)).toEqual([b.jobId]);
    expect(res.data!.mailbox.every((mail: { to: string }) => !mail.to.includes('candidate'))).toBe(true);
    expect(res.data!.members).toHaveLength(1);
    expect(res.data!.needsAttention).toEqual([]);
  });
});
