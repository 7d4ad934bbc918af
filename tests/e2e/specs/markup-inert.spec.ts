import { expect, Page, test } from '@playwright/test';
import { Client } from 'pg';

// Script and markup typed into every free-text field a recruiter or candidate fills come out as
// plain text: on the board, the candidate page, the mailbox, the status page, and in the emails.

/** Markup that would run if rendered as HTML; short enough for the 60-character fields. */
const MARK = (n: number) => `<img src=x onerror=__pwned=${n}>`;
/** And a script tag, for the longer fields. */
const SCRIPT = (n: number) => `${MARK(n)}<script>window.__pwned=${n}</script>`;

async function gql(page: Page, query: string, variables: Record<string, unknown> = {}) {
  const res = await page.request.post('/graphql', { data: { query, variables }, headers: { 'content-type': 'application/json' } });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

async function expectInert(page: Page, visibleText: string): Promise<void> {
  await expect(page.getByText(visibleText, { exact: false }).first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await page.locator('body script').count()).toBe(0);
}

test.use({ baseURL: process.env.E2E_BASE_URL });

test('markup in every free-text field stays text in the portal, on the status page and in emails', async ({ page, browser }) => {
  page.on('dialog', (dialog) => {
    throw new Error(`A script ran and opened a dialog: ${dialog.message()}`);
  });
  await gql(page, 'mutation($i: SignUpInput!) { signUp(input: $i) { accessToken } }', {
    i: { organizationName: `Org ${SCRIPT(1)}`, name: `Rec ${SCRIPT(2)}`, email: `xss-${Date.now()}@example.com`, password: 'correct horse battery' },
  });
  const { createJob: job } = await gql(page, 'mutation($t: String!) { createJob(input: { title: $t }) { id stages { id name } } }', { t: `Job ${SCRIPT(3)}` });
  const screen = job.stages.find((s: { name: string }) => s.name === 'Phone screen');
  await gql(page, 'mutation($i: UpdateStageInput!) { updateStage(input: $i) { id } }', {
    i: { stageId: screen.id, candidateLabel: `Call ${MARK(4)}`, candidateDescription: `About ${SCRIPT(5)}` },
  });
  const { addCandidate: candidate } = await gql(page, 'mutation($i: AddCandidateInput!) { addCandidate(input: $i) { id statusUrl } }', {
    i: { jobId: job.id, name: `Ann ${MARK(6)}`, email: 'ann-xss@example.com' },
  });
  await gql(page, 'mutation($i: AddNextStepInput!) { addNextStep(input: $i) { id } }', {
    i: {
      candidateId: candidate.id, kind: 'IN_PERSON', title: `Visit ${MARK(7)}`, location: `Desk ${MARK(8)}`,
      instructions: `Bring ${SCRIPT(9)}`, startsAt: new Date(Date.now() + 3 * 86_400_000).toISOString(), requestsResponse: true,
    },
  });
  await gql(page, 'mutation($i: MoveCandidateInput!) { moveCandidate(input: $i) { id } }', {
    i: { candidateId: candidate.id, stageId: screen.id, messageToCandidate: `Note ${SCRIPT(10)}` },
  });

  await page.goto(`/jobs/${job.id}`);
  await expectInert(page, 'Ann <img src=x');
  await page.goto(`/candidates/${candidate.id}`);
  await expectInert(page, 'Bring <img src=x');
  await page.goto('/mailbox');
  await page.locator('summary').first().click();
  await expectInert(page, 'Note <img src=x');

  // The candidate answers with markup too, and reads their page.
  const candidateContext = await browser.newContext();
  const status = await candidateContext.newPage();
  status.on('dialog', (dialog) => {
    throw new Error(`A script ran on the status page: ${dialog.message()}`);
  });
  await status.goto(candidate.statusUrl);
  await expectInert(status, 'Visit <img src=x');
  await expect(status.getByText(`About ${SCRIPT(5)}`)).toBeVisible();
  await candidateContext.close();

  // Emails: the HTML part escapes every value; the text part keeps them as typed.
  const db = new Client({ connectionString: process.env.E2E_DATABASE_URL });
  await db.connect();
  try {
    const { rows } = await db.query('SELECT subject, html, text FROM email_messages WHERE candidate_id = $1', [candidate.id]);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.html).not.toMatch(/<img src=x|<script>window/);
      expect(row.subject).not.toMatch(/[\r\n]/);
    }
    expect(rows.some((row) => row.html.includes('&lt;img src=x'))).toBe(true);
    expect(rows.some((row) => row.text.includes('Note <img src=x'))).toBe(true);
  } finally {
    await db.end();
  }
});
