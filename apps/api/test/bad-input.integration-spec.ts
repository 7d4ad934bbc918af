import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  getNamedType,
  GraphQLArgument,
  GraphQLInputField,
  GraphQLInputType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
} from 'graphql';
import { addDays, calendarDateInZone, LIMITS } from '@candor/domain';
import { logWatch } from './support/log-watch';
import { documentFor } from './support/schema-operations';
import { startTestApp, TestApp } from './support/test-app';
import { expectNoErrors, Fixtures, PASSWORD } from './support/fixtures';
import { pngFile } from './support/images';

/**
 * Every field of every organization-scoped operation, one bad value at a time (overlong text,
 * malformed IDs, emails, dates, numbers out of range, unknown enum values, unsafe links): each
 * answer is a clear BAD_USER_INPUT or NOT_FOUND naming the problem, never an internal error, and
 * the organization's data is left exactly as it was. The fields come from the committed schema,
 * so a new field is fuzzed without anyone remembering to add it.
 */
const schema = buildSchema(readFileSync(join(__dirname, '..', 'schema.gql'), 'utf8'));
const LONG = 'x'.repeat(20_000);

interface Variant {
  path: string;
  value: unknown;
}

/** Bad values for one field, by its type and name. */
function badValues(name: string, type: GraphQLInputType): unknown[] {
  const named = getNamedType(type);
  const list = isListType(isNonNullType(type) ? type.ofType : type);
  const wrap = (values: unknown[]) => (list ? values.map((v) => [v]) : values);
  if (isEnumType(named)) return wrap(['BOGUS']);
  switch (named.name) {
    case 'ID':
      return wrap(['not-an-id', '00000000-0000-4000-8000-000000000000']);
    case 'Int':
      return wrap([-1, 1_000_000]);
    case 'Date':
      return wrap(['2026-02-30', 'tomorrow']);
    case 'DateTime':
      return wrap(['2026-13-01T10:00:00Z', 'next week']);
    case 'String': {
      const values: unknown[] = [LONG];
      if (/email/i.test(name)) values.push('not-an-email');
      if (/url|links/i.test(name)) values.push('javascript:alert(1)');
      if (/quietHours/.test(name)) values.push('25:99');
      if (/timeZone/.test(name)) values.push('Mars/Olympus_Mons');
      // Free text a person reads: a right-to-left override would make it read otherwise (textProblem).
      if (/name|title|message|reason|instructions|location|description|label|subject|body/i.test(name)) values.push('invoice\u202Egnp.exe');
      return wrap(values);
    }
    default:
      return []; // Boolean: GraphQL's own type check is the whole story
  }
}

/** One variant per bad value of each field of an operation's arguments (one level into inputs). */
function variantsOf(args: readonly GraphQLArgument[]): Variant[] {
  const variants: Variant[] = [];
  for (const arg of args) {
    const named = getNamedType(arg.type);
    if (isInputObjectType(named)) {
      for (const field of Object.values(named.getFields()) as GraphQLInputField[]) {
        for (const value of badValues(field.name, field.type)) variants.push({ path: `${arg.name}.${field.name}`, value });
      }
    } else {
      for (const value of badValues(arg.name, arg.type)) variants.push({ path: arg.name, value });
    }
  }
  return variants;
}

function withValue(base: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const [arg, field] = path.split('.');
  if (!field) return { ...base, [arg]: value };
  return { ...base, [arg]: { ...(base[arg] as Record<string, unknown>), [field]: value } };
}

describe('bad input, field by field', () => {
  let t: TestApp;
  let token: string;
  let organizationId: string;
  const ids = {
    jobId: '',
    stageId: '',
    stageIds: [] as string[],
    candidateId: '',
    stepId: '',
    requestStepId: '',
    memberId: '',
    otherMemberId: '',
    inviteId: '',
    emailId: '',
    statusToken: '',
    checkInId: '',
  };

  /** Everything organization A holds, as one fingerprint. */
  const fingerprint = async () => {
    const tables = ['organizations', 'members', 'jobs', 'stages', 'candidates', 'next_steps', 'timeline_events', 'email_messages', 'email_templates', 'status_links', 'invites', 'check_ins', 'candidate_responses', 'audit_events', 'organization_logos', 'candidate_promises', 'candidate_visible_updates'];
    const parts = [];
    for (const table of tables) {
      const column = table === 'organizations' ? 'id' : 'organization_id';
      const [row] = await t.dataSource.query(`SELECT count(*)::int AS n, md5(coalesce(string_agg(x::text, ',' ORDER BY x::text), '')) AS h FROM ${table} x WHERE ${column} = $1`, [organizationId]);
      parts.push(`${table}:${row.n}:${row.h}`);
    }
    return parts.join(' ');
  };

  beforeAll(async () => {
    t = await startTestApp();
    const f = new Fixtures(t);
    const owner = await f.signUp('Bad input org');
    token = owner.token;
    const job = await f.createJob(token, { title: 'Support Engineer' });
    ids.jobId = job.id;
    ids.stageId = job.stages[1].id;
    ids.stageIds = job.stages.map((s: { id: string }) => s.id);
    const candidate = await f.addCandidate(token, job.id, { name: 'Lena Fischer', email: 'lena@example.com' });
    ids.candidateId = candidate.id;
    ids.statusToken = candidate.statusUrl.split('#').pop()!;
    ids.stepId = (await f.addStep(token, candidate.id, { title: 'Writing test' })).id;
    ids.requestStepId = (await f.addStep(token, candidate.id, { title: 'Samples', requestsResponse: true })).id;
    [{ id: ids.memberId, organization_id: organizationId }] = await t.dataSource.query(
      'SELECT id, organization_id FROM members WHERE organization_id = (SELECT organization_id FROM jobs WHERE id = $1)',
      [job.id],
    );
    ids.otherMemberId = (await t.dataSource.query('SELECT id FROM members WHERE email = $1', [(await f.member(owner, 'RECRUITER')).email]))[0].id;
    const invite = await t.gql('mutation($i: InviteMemberInput!) { inviteMember(input: $i) { id } }', { i: { email: 'pending-invitee@example.com', role: 'RECRUITER' } }, token);
    ids.inviteId = invite.data!.inviteMember.id;
    [{ id: ids.emailId }] = await t.dataSource.query('SELECT id FROM email_messages WHERE organization_id = $1 LIMIT 1', [organizationId]);
    // A check-in to answer: a candidate whose promised day lapsed (yesterday, set in the database:
    // the API refuses a past day, and moving the clock would move every other case's "today").
    const waiting = await f.addCandidate(token, job.id, { name: 'Omar Haddad', email: 'omar@example.com' });
    const [{ time_zone: zone }] = await t.dataSource.query('SELECT time_zone FROM organizations WHERE id = $1', [organizationId]);
    const yesterday = addDays(calendarDateInZone(t.clock.now(), zone), -1);
    await t.dataSource.query('UPDATE candidates SET expected_response_by = $2 WHERE id = $1', [waiting.id, yesterday]);
    await t.dataSource.query("UPDATE candidate_promises SET promised_day = $2 WHERE candidate_id = $1 AND outcome = 'OPEN'", [waiting.id, yesterday]);
    const checkedIn = await t.gql('mutation($token: String!) { checkIn(token: $token, message: "Any news?") { accepted } }', { token: waiting.statusUrl.split('#').pop() });
    expectNoErrors(checkedIn);
    expect(checkedIn.data!.checkIn.accepted).toBe(true);
    [{ id: ids.checkInId }] = await t.dataSource.query('SELECT id FROM check_ins WHERE candidate_id = $1', [waiting.id]);
    await t.emailsSettled({ of: { organizationId } });
  });
  afterAll(() => t.close());

  // Valid arguments for each operation: every variant spoils exactly one field of these.
  const operations: [kind: 'query' | 'mutation', name: string, base: () => Record<string, unknown>][] = [
    ['mutation', 'createJob', () => ({ input: { title: 'New job' } })],
    ['mutation', 'updateJob', () => ({ input: { jobId: ids.jobId, title: 'Renamed' } })],
    ['mutation', 'addStage', () => ({ input: { jobId: ids.jobId, name: 'Extra', kind: 'SCREEN' } })],
    ['mutation', 'updateStage', () => ({ input: { stageId: ids.stageId, name: 'Renamed' } })],
    ['mutation', 'reorderStages', () => ({ input: { jobId: ids.jobId, stageIds: ids.stageIds } })],
    ['mutation', 'removeStage', () => ({ stageId: ids.stageId })],
    ['mutation', 'closeJob', () => ({ jobId: ids.jobId })],
    ['mutation', 'addCandidate', () => ({ input: { jobId: ids.jobId, name: 'New person', email: 'new@example.com' } })],
    ['mutation', 'updateCandidate', () => ({ input: { candidateId: ids.candidateId, name: 'Lena F.' } })],
    ['mutation', 'moveCandidate', () => ({ input: { candidateId: ids.candidateId, stageId: ids.stageId } })],
    ['mutation', 'bulkMoveCandidates', () => ({ input: { candidateIds: [ids.candidateId], stageId: ids.stageId } })],
    ['mutation', 'archiveCandidate', () => ({ candidateId: ids.candidateId })],
    ['mutation', 'rotateStatusLink', () => ({ candidateId: ids.candidateId })],
    ['mutation', 'addNextStep', () => ({ input: { candidateId: ids.candidateId, kind: 'OTHER', title: 'New step' } })],
    ['mutation', 'updateNextStep', () => ({ input: { stepId: ids.stepId, title: 'Renamed step' } })],
    ['mutation', 'reorderNextSteps', () => ({ input: { candidateId: ids.candidateId, stepIds: [ids.requestStepId, ids.stepId] } })],
    ['mutation', 'completeNextStep', () => ({ stepId: ids.stepId })],
    ['mutation', 'cancelNextStep', () => ({ stepId: ids.stepId })],
    ['mutation', 'updateEmailTemplate', () => ({ input: { stageId: ids.stageId, subject: 'Hello', body: 'Hello {{ candidate.first_name }}' } })],
    ['mutation', 'resetEmailTemplate', () => ({ stageId: ids.stageId })],
    ['mutation', 'updateOrganizationEmailTemplate', () => ({ input: { kind: 'PROMISE_EXTENDED', subject: 'New day', body: 'Hello {{ candidate.first_name }}, {{ promised_date }}' } })],
    ['mutation', 'resetOrganizationEmailTemplate', () => ({ kind: 'PROMISE_EXTENDED' })],
    ['mutation', 'updateOrganization', () => ({ input: { name: 'Renamed org' } })],
    ['mutation', 'uploadOrganizationLogo', () => ({ input: { contentBase64: pngFile(16, 16).toString('base64') } })],
    ['mutation', 'inviteMember', () => ({ input: { email: 'invitee@example.com', role: 'RECRUITER' } })],
    ['mutation', 'changeMemberRole', () => ({ input: { memberId: ids.memberId, role: 'ADMIN' } })],
    ['mutation', 'checkIn', () => ({ token: ids.statusToken, message: 'Any news?' })],
    ['mutation', 'replyToCheckIn', () => ({ input: { checkInId: ids.checkInId, message: 'Thanks for checking in: news by Friday.', promiseChangeReason: 'The panel moved.' } })],
    ['mutation', 'respondToRequest', () => ({ input: { token: ids.statusToken, stepId: ids.requestStepId, message: 'Here you go' } })],
    ['query', 'previewStageEmail', () => ({ input: { stageId: ids.stageId } })],
    ['query', 'previewOrganizationEmail', () => ({ input: { kind: 'PROMISE_EXTENDED', candidateId: ids.candidateId, subject: 'Moved to {{ promised_date }}', body: 'Why: {{ reason }}' } })],
    ['query', 'organizationEmailTemplate', () => ({ kind: 'PROMISE_EXTENDED' })],
    ['query', 'job', () => ({ id: ids.jobId })],
    ['query', 'candidate', () => ({ id: ids.candidateId })],
    ['query', 'emailTemplate', () => ({ stageId: ids.stageId })],
    ['query', 'auditLog', () => ({ limit: 20 })],
    ['mutation', 'reopenJob', () => ({ jobId: ids.jobId })],
    ['mutation', 'restoreCandidate', () => ({ candidateId: ids.candidateId })],
    ['mutation', 'clearEmailUndeliverable', () => ({ candidateId: ids.candidateId })],
    ['mutation', 'retryEmail', () => ({ emailId: ids.emailId })],
    ['mutation', 'deactivateMember', () => ({ memberId: ids.otherMemberId })],
    ['mutation', 'reactivateMember', () => ({ memberId: ids.otherMemberId })],
    ['mutation', 'removeMember', () => ({ memberId: ids.otherMemberId })],
    ['mutation', 'revokeInvite', () => ({ inviteId: ids.inviteId })],
    ['mutation', 'changePassword', () => ({ input: { currentPassword: PASSWORD, newPassword: 'a brand new passphrase for me' } })],
    ['mutation', 'confirmTwoFactorSetup', () => ({ input: { code: '123456' } })],
    ['mutation', 'regenerateRecoveryCodes', () => ({ input: { code: '123456' } })],
    ['mutation', 'disableTwoFactor', () => ({ input: { password: PASSWORD, code: '123456' } })],
    ['mutation', 'signUp', () => ({ input: { organizationName: 'Another org', name: 'Someone', email: 'someone-new@example.com', password: PASSWORD } })],
    ['mutation', 'logIn', () => ({ input: { email: 'nobody@example.com', password: PASSWORD } })],
    ['mutation', 'acceptInvite', () => ({ input: { token: 'x'.repeat(43), name: 'Someone', password: PASSWORD } })],
    ['mutation', 'requestPasswordReset', () => ({ input: { email: 'nobody@example.com' } })],
    ['mutation', 'resetPassword', () => ({ input: { token: 'x'.repeat(43), password: PASSWORD } })],
    ['query', 'promiseStats', () => ({ from: '2026-01-01T00:00:00Z', to: '2026-02-01T00:00:00Z', jobId: ids.jobId, memberId: ids.memberId })],
  ];

  /** Operations with arguments that are not fuzzed here, and why. */
  const NOT_FUZZED: Record<string, string> = {
    candidateStatus: 'its one argument is the token: any string answers NOT_FOUND (candidate-status spec, with the rate limit on guesses)',
    mailbox: 'limit is clamped to 1..200 (documented on the field), never refused',
  };

  it('fuzzes every operation that takes arguments (or says why not)', () => {
    const fuzzed = new Set([...operations.map(([, name]) => name), ...Object.keys(NOT_FUZZED)]);
    const withArguments = [
      ...Object.values(schema.getQueryType()!.getFields()),
      ...Object.values(schema.getMutationType()!.getFields()),
    ].filter((field) => field.args.length > 0);
    expect(withArguments.map((field) => field.name).filter((name) => !fuzzed.has(name))).toEqual([]);
  });

  const cases = operations.flatMap(([kind, name, base]) => {
    const field = (kind === 'query' ? schema.getQueryType() : schema.getMutationType())!.getFields()[name];
    return variantsOf(field.args).map((variant) => [`${name} ${variant.path} = ${JSON.stringify(variant.value).slice(0, 40)}`, kind, name, base, variant] as const);
  });

  it('has bad values for well over a hundred fields', () => {
    expect(cases.length).toBeGreaterThan(120);
  });

  it.each(cases)('%s is refused clearly and writes nothing', async (_, kind, name, base, variant) => {
    const before = await fingerprint();
    const res = await t.gql(documentFor(kind, name), withValue(base(), variant.path, variant.value), token);
    const codes = (res.errors ?? []).map((e) => e.extensions?.code);
    if (name === 'bulkMoveCandidates' && !res.errors) {
      // A bulk move reports per candidate: a bad candidate ID is that candidate's failure.
      expect(variant.path).toBe('input.candidateIds');
    } else {
      // A version that is not the current one is a conflict: "someone changed this meanwhile".
      const allowed = variant.path.endsWith('expectedVersion') ? ['CONFLICT'] : ['BAD_USER_INPUT', 'NOT_FOUND'];
      expect(codes.length).toBeGreaterThan(0);
      expect(codes.filter((code) => !allowed.includes(code as string))).toEqual([]);
      const field = variant.path.split('.').pop()!;
      const said = JSON.stringify(res.errors);
      if (codes[0] === 'BAD_USER_INPUT') expect(said.toLowerCase()).toContain(field.toLowerCase().replace(/s$/, ''));
    }
    expect(await fingerprint()).toBe(before);
  });

  it('the valid arguments themselves are accepted (so every refusal above came from the one bad field)', async () => {
    for (const [kind, name, base] of operations.filter(([, n]) => ['updateJob', 'addNextStep', 'previewStageEmail', 'previewOrganizationEmail', 'updateOrganization', 'uploadOrganizationLogo', 'promiseStats', 'replyToCheckIn'].includes(n))) {
      expectNoErrors(await t.gql(documentFor(kind, name), base(), token));
    }
  });

  /**
   * The promise ledger's inputs, value by value: each refusal is BAD_USER_INPUT naming the field,
   * writes nothing (the fingerprint covers the ledger's tables), and puts neither the refused text
   * nor an internal error in the log.
   */
  describe('the promise ledger', () => {
    const ADD = 'mutation($i: AddCandidateInput!) { addCandidate(input: $i) { id } }';
    const MOVE = 'mutation($i: MoveCandidateInput!) { moveCandidate(input: $i) { id } }';
    const BULK = 'mutation($i: BulkMoveCandidatesInput!) { bulkMoveCandidates(input: $i) { moved { id } failures { candidateId code message } } }';
    const UPDATE = 'mutation($i: UpdateCandidateInput!) { updateCandidate(input: $i) { id } }';
    const ORG = 'mutation($i: UpdateOrganizationInput!) { updateOrganization(input: $i) { id } }';
    const STATS = 'query($from: DateTime!, $to: DateTime!) { promiseStats(from: $from, to: $to) { made } }';
    const READ = 'query($id: ID!) { candidate(id: $id) { version expectedResponseBy promises { id outcome expectedResponseBy fallbackExtensionDays reason } } }';
    /** A text that must never reach a log line: a refused reason carries it. */
    const MARK = 'Ledger-bad-input-mark-7f3a';
    let timeZone: string;
    const day = (ahead: number) => addDays(calendarDateInZone(t.clock.now(), timeZone), ahead);

    beforeAll(async () => {
      [{ time_zone: timeZone }] = await t.dataSource.query('SELECT time_zone FROM organizations WHERE id = $1', [organizationId]);
    });

    /** Runs the call; it must be refused as BAD_USER_INPUT naming `field`, with nothing written and nothing logged. */
    const refusedCleanly = async (query: string, variables: Record<string, unknown>, field: string) => {
      // Emails an earlier case queued (an extension's) are sent first: only this call may change nothing.
      await t.emailsSettled({ of: { organizationId } });
      const before = await fingerprint();
      const logged = logWatch().lines.length;
      const res = await t.gql(query, variables, token);
      expect(res.errors?.map((e) => e.extensions.code)).toEqual(['BAD_USER_INPUT']);
      expect(JSON.stringify(res.errors)).toContain(field);
      expect(Object.values(res.data ?? {}).every((value) => value === null)).toBe(true);
      expect(await fingerprint()).toBe(before);
      const lines = logWatch().lines.slice(logged).join('\n');
      expect(lines).not.toContain(MARK);
      expect(lines).not.toMatch(/"level":"(error|fatal)"/);
      return res;
    };

    const fresh = async (expectedResponseBy: string | null = day(5)) =>
      (await new Fixtures(t).addCandidate(token, ids.jobId, { name: 'Promise Person', expectedResponseBy })).id;

    const BAD_DAYS: unknown[] = [0, -1, LIMITS.fallbackExtensionDaysMax + 1, 1.5, 'x'];

    it.each(BAD_DAYS)('fallbackExtensionDays = %p is refused on add, move, bulk move and update', async (bad) => {
      const id = await fresh();
      await refusedCleanly(ADD, { i: { jobId: ids.jobId, name: 'New', email: 'new-ledger@example.com', expectedResponseBy: day(5), fallbackExtensionDays: bad } }, 'fallbackExtensionDays');
      await refusedCleanly(MOVE, { i: { candidateId: id, stageId: ids.stageIds[1], expectedResponseBy: day(5), fallbackExtensionDays: bad } }, 'fallbackExtensionDays');
      await refusedCleanly(BULK, { i: { candidateIds: [id], stageId: ids.stageIds[1], expectedResponseBy: day(5), fallbackExtensionDays: bad } }, 'fallbackExtensionDays');
      await refusedCleanly(UPDATE, { i: { candidateId: id, fallbackExtensionDays: bad } }, 'fallbackExtensionDays');
    });

    it('fallbackExtensionDays without a promise (expectedResponseBy null) is refused: there is no day to extend', async () => {
      await refusedCleanly(ADD, { i: { jobId: ids.jobId, name: 'New', email: 'new-ledger@example.com', expectedResponseBy: null, fallbackExtensionDays: 3 } }, 'fallbackExtensionDays');
      const id = await fresh();
      await refusedCleanly(MOVE, { i: { candidateId: id, stageId: ids.stageIds[1], expectedResponseBy: null, fallbackExtensionDays: 3 } }, 'fallbackExtensionDays');
      await refusedCleanly(UPDATE, { i: { candidateId: id, expectedResponseBy: null, fallbackExtensionDays: 3 } }, 'fallbackExtensionDays');
      const without = await fresh(null);
      await refusedCleanly(UPDATE, { i: { candidateId: without, fallbackExtensionDays: 3 } }, 'fallbackExtensionDays');
    });

    it('fallbackExtensionDays into an outcome stage is refused (an outcome promises nothing)', async () => {
      const [hired, rejected] = (await t.dataSource.query(`SELECT id FROM stages WHERE job_id = $1 AND kind IN ('HIRED', 'REJECTED') ORDER BY position`, [ids.jobId])).map((r: { id: string }) => r.id);
      for (const stageId of [hired, rejected]) {
        const id = await fresh();
        await refusedCleanly(MOVE, { i: { candidateId: id, stageId, fallbackExtensionDays: 3 } }, 'fallbackExtensionDays');
        // A bulk move reports it for the candidate, moving nothing.
        const before = await fingerprint();
        const res = await t.gql(BULK, { i: { candidateIds: [id], stageId, fallbackExtensionDays: 3 } }, token);
        expect(res.errors).toBeUndefined();
        expect(res.data!.bulkMoveCandidates.moved).toEqual([]);
        expect(res.data!.bulkMoveCandidates.failures).toEqual([{ candidateId: id, code: 'BAD_USER_INPUT', message: expect.stringContaining('fallbackExtensionDays') }]);
        expect(await fingerprint()).toBe(before);
      }
    });

    it(`promiseChangeReason over ${LIMITS.promiseChangeReason} characters is refused on move and update`, async () => {
      const id = await fresh();
      const long = MARK + 'x'.repeat(LIMITS.promiseChangeReason + 1 - MARK.length);
      await refusedCleanly(MOVE, { i: { candidateId: id, stageId: ids.stageIds[1], expectedResponseBy: day(20), promiseChangeReason: long } }, 'promiseChangeReason');
      await refusedCleanly(UPDATE, { i: { candidateId: id, expectedResponseBy: day(20), promiseChangeReason: long } }, 'promiseChangeReason');
      await refusedCleanly(UPDATE, { i: { candidateId: id, expectedResponseBy: day(20), promiseChangeReason: 42 } }, 'promiseChangeReason');
    });

    it('a later day on updateCandidate without promiseChangeReason is refused, writing nothing (version, day and ledger as they were)', async () => {
      const id = await fresh(day(5));
      const before = await t.gql(READ, { id }, token);
      expect(before.data!.candidate.promises).toEqual([expect.objectContaining({ outcome: 'OPEN', expectedResponseBy: day(5) })]);
      for (const reason of [undefined, null, '', '   ']) {
        const res = await refusedCleanly(UPDATE, { i: { candidateId: id, expectedResponseBy: day(12), fallbackExtensionDays: 2, ...(reason === undefined ? {} : { promiseChangeReason: reason }) } }, 'promiseChangeReason');
        expect(res.errors![0].extensions.field).toBe('promiseChangeReason');
        expect(await t.gql(READ, { id }, token)).toMatchObject({ data: before.data });
      }
      // With a reason it goes through: the refusals above were about the reason alone.
      expect((await t.gql(UPDATE, { i: { candidateId: id, expectedResponseBy: day(12), promiseChangeReason: 'The panel meets next week.' } }, token)).errors).toBeUndefined();
      const after = await t.gql(READ, { id }, token);
      expect(after.data!.candidate.promises.map((p: { outcome: string }) => p.outcome)).toEqual(['OPEN', 'EXTENDED']);
    });

    it(`promiseStats refuses an empty or backward period, one over ${LIMITS.promiseStatsDays} days, and malformed instants`, async () => {
      const from = '2026-01-01T00:00:00.000Z';
      const later = (ms: number) => new Date(Date.parse(from) + ms).toISOString();
      await refusedCleanly(STATS, { from, to: from }, 'to');
      await refusedCleanly(STATS, { from, to: later(-1) }, 'to');
      await refusedCleanly(STATS, { from, to: later(LIMITS.promiseStatsDays * 86_400_000 + 1) }, 'to');
      expect((await t.gql(STATS, { from, to: later(LIMITS.promiseStatsDays * 86_400_000) }, token)).errors).toBeUndefined();
      for (const bad of ['2026-13-01T10:00:00Z', 'next week', '', 12, '2026-02-30T00:00:00Z']) {
        await refusedCleanly(STATS, { from: bad, to: from }, 'from');
        await refusedCleanly(STATS, { from, to: bad }, 'to');
      }
    });

    it('updateOrganization refuses a promiseExtensionTime that is not HH:MM', async () => {
      for (const bad of ['24:00', '7:00', '', '16:60', '16:00 ', MARK, 960]) await refusedCleanly(ORG, { i: { promiseExtensionTime: bad } }, 'promiseExtensionTime');
    });

    it(`updateOrganization refuses holidays over ${LIMITS.holidays} entries, impossible days and non-strings`, async () => {
      const days = (n: number) => Array.from({ length: n }, (_, i) => addDays('2027-01-01', i));
      await refusedCleanly(ORG, { i: { holidays: days(LIMITS.holidays + 1) } }, 'holidays');
      for (const bad of [['2026-02-30'], ['2026-12-25', '2026-02-30'], [20261225], [true], [null], [{ day: '2026-12-25' }], ['25/12/2026'], [MARK]]) {
        await refusedCleanly(ORG, { i: { holidays: bad } }, 'holidays');
      }
      await refusedCleanly(ORG, { i: { holidays: 42 } }, 'holidays');
      await refusedCleanly(ORG, { i: { showPromiseRecord: 'yes' } }, 'showPromiseRecord');
    });

    it(`updateOrganization refuses stepReminderHours outside 1 to ${LIMITS.stepReminderHoursMax} or not whole hours`, async () => {
      for (const bad of [0, -1, LIMITS.stepReminderHoursMax + 1, 2.5, '24', MARK, true]) await refusedCleanly(ORG, { i: { stepReminderHours: bad } }, 'stepReminderHours');
    });
  });
});
