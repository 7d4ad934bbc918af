import { LoaderRegistry } from '../src/modules/loaders/loader-registry';
import { expectNoErrors, Fixtures } from './support/fixtures';
import { startTestApp, TestApp } from './support/test-app';

/**
 * The batch loaders behind nested GraphQL fields are handed IDs by their parents, which the
 * session's organization already scoped. They filter by organization on their own anyway: a
 * loader of organization B handed organization A's IDs directly loads nothing. Each loader is
 * first shown to load those IDs for A, so the empty answer for B means the filter, not bad IDs.
 */
describe('loaders are scoped to the organization even when handed a foreign ID', () => {
  let t: TestApp;
  const a = { organizationId: '', jobId: '', candidateId: '', memberId: '' };
  let organizationB = '';

  /** Which of organization A's IDs each loader is keyed by. Every loader of LoaderRegistry is listed. */
  const KEYS: Record<string, keyof typeof a> = {
    job: 'jobId',
    member: 'memberId',
    statusLink: 'candidateId',
    stagesByJob: 'jobId',
    candidatesByJob: 'jobId',
    allCandidatesByJob: 'jobId',
    nextStepsByCandidate: 'candidateId',
    timelineByCandidate: 'candidateId',
    checkInsByCandidate: 'candidateId',
    responsesByCandidate: 'candidateId',
    emailsByCandidate: 'candidateId',
    promisesByJob: 'jobId',
    promisesByCandidate: 'candidateId',
    stageStaysByJob: 'jobId',
    undeliverableByCandidate: 'candidateId',
  };

  beforeAll(async () => {
    t = await startTestApp();
    const f = new Fixtures(t);
    t.clock.set('2026-11-25T10:00:00Z'); // the promise below is ahead of this instant, whatever the real date
    const owner = await f.signUp('Organization A');
    const job = await f.createJob(owner.token);
    const candidate = await f.addCandidate(owner.token, job.id, { expectedResponseBy: '2027-01-15' });
    await f.addStep(owner.token, candidate.id);
    expectNoErrors(await t.gql('mutation($i: MoveCandidateInput!) { moveCandidate(input: $i) { id } }', { i: { candidateId: candidate.id, stageId: job.stages[1].id } }, owner.token));
    const organizationId = await orgOf(job.id);
    // A check-in and a response, written directly: what the loaders read, without the status page's rules.
    await t.dataSource.query(`INSERT INTO check_ins (organization_id, candidate_id, promised_date, message) VALUES ($1, $2, '2027-01-15', 'Any news?')`, [organizationId, candidate.id]);
    await t.dataSource.query(`INSERT INTO candidate_responses (organization_id, candidate_id, message) VALUES ($1, $2, 'Here it is')`, [organizationId, candidate.id]);
    // The candidate's address bounced (what undeliverableByCandidate reads).
    await t.dataSource.query(`INSERT INTO undeliverable_addresses (address, kind, reason, source, first_seen_at, last_seen_at) VALUES (lower($1), 'BOUNCE', '5.1.1', 'DSN', now(), now())`, [candidate.email]);
    Object.assign(a, { organizationId, jobId: job.id, candidateId: candidate.id });
    [{ id: a.memberId }] = await t.dataSource.query('SELECT id FROM members WHERE organization_id = $1', [a.organizationId]);
    const intruder = await f.signUp('Organization B');
    [{ organization_id: organizationB }] = await t.dataSource.query('SELECT organization_id FROM members WHERE email = $1', [intruder.email]);
  });
  afterAll(() => t.close());

  const orgOf = async (jobId: string) => (await t.dataSource.query('SELECT organization_id FROM jobs WHERE id = $1', [jobId]))[0].organization_id as string;
  const loaderNames = () =>
    Object.entries(Object.getOwnPropertyDescriptors(LoaderRegistry.prototype))
      .filter(([, descriptor]) => typeof descriptor.get === 'function')
      .map(([name]) => name);
  const load = (organizationId: string, name: string) => {
    const registry = new LoaderRegistry(t.dataSource, () => organizationId) as unknown as Record<string, { load(id: string): Promise<unknown> }>;
    return registry[name].load(a[KEYS[name]]);
  };
  const found = (value: unknown) => (Array.isArray(value) ? value.length > 0 : value !== undefined && value !== null);

  it('lists every loader', () => {
    expect(loaderNames().sort()).toEqual(Object.keys(KEYS).sort());
  });

  it.each(Object.keys(KEYS))("%s loads organization A's rows for A and nothing for B", async (name) => {
    expect(found(await load(a.organizationId, name))).toBe(true);
    expect(found(await load(organizationB, name))).toBe(false);
  });
});
