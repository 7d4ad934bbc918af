import { randomBytes } from 'node:crypto';
import type { Page } from '@playwright/test';

/** A recruiter driving the public GraphQL API, as an outside script would. */
export class RecruiterApi {
  private token = '';

  constructor(private readonly baseUrl: string) {}

  async gql<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.token ? { authorization: `Bearer ${this.token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = await res.json();
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data as T;
  }

  async signUp(organizationName: string, timeZone = 'America/Los_Angeles'): Promise<void> {
    const email = `recruiter-${randomBytes(5).toString('hex')}@example.com`;
    const data = await this.gql(
      'mutation($i: SignUpInput!) { signUp(input: $i) { accessToken } }',
      { i: { organizationName, name: 'Sam Rivera', email, password: 'correct horse battery', timeZone } },
    );
    this.token = data.signUp.accessToken;
  }
}

/** GraphQL through the page's own session cookie, as the portal does. */
export async function gqlInPage(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const res = await page.request.post('/graphql', { data: { query, variables }, headers: { 'content-type': 'application/json' } });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}
