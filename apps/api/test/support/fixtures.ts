import { randomAddress, TestApp, uniqueEmail } from './test-app';

export const PASSWORD = 'correct horse battery';

export interface SignedIn {
  token: string;
  email: string;
}

/** Data-making helpers that go through the public GraphQL API, as an outside client would. */
export class Fixtures {
  constructor(private readonly t: TestApp) {}

  async signUp(organizationName = 'Acme', extra: Record<string, unknown> = {}): Promise<SignedIn> {
    const email = uniqueEmail('admin');
    const res = await this.t.gql(
      `mutation($input: SignUpInput!) { signUp(input: $input) { accessToken } }`,
      { input: { organizationName, name: 'Ada Admin', email, password: PASSWORD, ...extra } },
      undefined,
      // Every organization signs up from its own address, as different clients would (sign-ups are limited per address).
      randomAddress(),
    );
    expectNoErrors(res);
    return { token: res.data!.signUp.accessToken, email };
  }

  /** A member of the admin's organization with the given role, signed in. */
  async member(admin: SignedIn, role: 'ADMIN' | 'RECRUITER' | 'HIRING_MANAGER'): Promise<SignedIn> {
    const email = uniqueEmail(role.toLowerCase());
    const invite = await this.t.gql(
      `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { inviteUrl } }`,
      { input: { email, role } },
      admin.token,
    );
    expectNoErrors(invite);
    const token = invite.data!.inviteMember.inviteUrl.split('#').pop();
    const accepted = await this.t.gql(
      `mutation($input: AcceptInviteInput!) { acceptInvite(input: $input) { accessToken } }`,
      { input: { token, name: `A ${role}`, password: PASSWORD } },
      undefined,
      randomAddress(),
    );
    expectNoErrors(accepted);
    return { token: accepted.data!.acceptInvite.accessToken, email };
  }

  /** A new session for an existing member (from an address of its own). */
  async logIn(email: string, password = PASSWORD): Promise<string> {
    const res = await this.t.gql(`mutation($input: LogInInput!) { logIn(input: $input) { accessToken } }`, { input: { email, password } }, undefined, randomAddress());
    expectNoErrors(res);
    return res.data!.logIn.accessToken;
  }

  async createJob(token: string, input: Record<string, unknown> = { title: 'Product Designer' }) {
    const res = await this.t.gql(
      `mutation($input: CreateJobInput!) { createJob(input: $input) { id title status stages { id name kind position defaultResponseDays } } }`,
      { input },
      token,
    );
    expectNoErrors(res);
    return res.data!.createJob as {
      id: string;
      title: string;
      stages: { id: string; name: string; kind: string; position: number; defaultResponseDays: number | null }[];
    };
  }

  async addCandidate(token: string, jobId: string, input: Record<string, unknown> = {}) {
    const res = await this.t.gql(
      `mutation($input: AddCandidateInput!) {
        addCandidate(input: $input) { id name email version expectedResponseBy statusUrl stage { id name } }
      }`,
      // Quiet by default: most tests count the emails of later changes; the add's own email is tested in the emails spec.
      { input: { jobId, name: 'Margaret Okafor', email: uniqueEmail('candidate'), notify: false, ...input } },
      token,
    );
    expectNoErrors(res);
    return res.data!.addCandidate as {
      id: string;
      name: string;
      email: string;
      version: number;
      expectedResponseBy: string | null;
      statusUrl: string;
      stage: { id: string; name: string };
    };
  }

  async addStep(token: string, candidateId: string, input: Record<string, unknown> = {}) {
    const res = await this.t.gql(
      `mutation($input: AddNextStepInput!) { addNextStep(input: $input) { id kind title startsAt dueAt state position } }`,
      { input: { candidateId, kind: 'WRITTEN_TEST', title: 'Writing test', ...input } },
      token,
    );
    expectNoErrors(res);
    return res.data!.addNextStep as { id: string; kind: string; title: string; startsAt: string | null; dueAt: string | null };
  }

  async count(table: string, where = 'true', params: unknown[] = []): Promise<number> {
    const rows = await this.t.dataSource.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`, params);
    return rows[0].n;
  }
}

export function expectNoErrors(res: { errors?: unknown; status: number }): void {
  if (res.errors) throw new Error(`Unexpected GraphQL errors: ${JSON.stringify(res.errors)}`);
  expect(res.status).toBe(200);
}
