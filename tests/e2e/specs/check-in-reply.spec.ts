import { expect, test } from '@playwright/test';
import { Client } from 'pg';
import { gqlInPage as gql } from '../support/api';
import { expectAccessible } from '../support/page-checks';

// Promises kept, part 2: a candidate whose promised day lapsed checks in; the recruiter answers
// from the candidate page with a new day, and the candidate reads the reply on their page.

test.use({ baseURL: process.env.E2E_BASE_URL });

const ORG_ZONE = 'America/Los_Angeles';

/** The calendar day `days` from today in the organization's zone. */
function orgDay(days: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ORG_ZONE }).format(new Date(Date.now() + days * 86_400_000));
}

/** "2026-12-04" as the status page writes a day: "Friday, December 4, 2026". */
function longDay(day: string): string {
  return new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' }).format(
    new Date(`${day}T12:00:00Z`),
  );
}

test('a candidate checks in after a lapsed promise, the recruiter replies with a new day, the candidate reads it', async ({ page, browser }, testInfo) => {
  await gql(page, 'mutation($i: SignUpInput!) { signUp(input: $i) { accessToken } }', {
    i: { organizationName: 'Harbor Replies', name: 'Sam Rivera', email: `replies-${Date.now()}@example.com`, password: 'correct horse battery', timeZone: ORG_ZONE },
  });
  const { createJob: job } = await gql(page, 'mutation($i: CreateJobInput!) { createJob(input: $i) { id } }', { i: { title: 'Data Analyst' } });
  const { addCandidate: candidate } = await gql(page, 'mutation($i: AddCandidateInput!) { addCandidate(input: $i) { id statusUrl } }', {
    i: { jobId: job.id, name: 'Ines Alvarez', email: 'ines@example.com', notify: false, expectedResponseBy: orgDay(3) },
  });

  // The server runs on the real clock and the API refuses a promised day in the past, so the
  // lapse is made in the database: the candidate's day and their OPEN promise in the ledger both
  // become yesterday, as if three days had passed without news.
  const db = new Client({ connectionString: process.env.E2E_DATABASE_URL });
  await db.connect();
  try {
    await db.query('UPDATE candidates SET expected_response_by = $2 WHERE id = $1', [candidate.id, orgDay(-1)]);
    await db.query("UPDATE candidate_promises SET promised_day = $2 WHERE candidate_id = $1 AND outcome = 'OPEN'", [candidate.id, orgDay(-1)]);
  } finally {
    await db.end();
  }

  // The candidate checks in from their status page (their own browser, no session).
  const candidateContext = await browser.newContext({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
  const statusPage = await candidateContext.newPage();
  await statusPage.goto(candidate.statusUrl);
  await expect(statusPage.locator('main h2').first()).toHaveText('Your reply date has passed');
  await statusPage.getByLabel('Message (optional)').fill('Is there any news on my application?');
  await statusPage.getByRole('button', { name: 'Check in' }).click();
  await expect(statusPage.getByText('Thanks, the team has been told you checked in.')).toBeVisible();

  // Today offers the reply right on the waiting check-in.
  await page.goto('/');
  const attention = page.getByRole('region', { name: /Needs attention/ });
  await expect(attention.getByText(/Check-in waiting: Ines Alvarez asked for news/)).toBeVisible();
  await expect(attention.getByText('Reply to Ines Alvarez')).toBeVisible();
  await expectAccessible(page);

  // The recruiter answers from the candidate page, with a new day. The promise had lapsed, so the
  // day is a new promise: no reason is asked.
  await page.goto(`/candidates/${candidate.id}`);
  const received = page.getByRole('region', { name: 'Check-ins and answers' });
  await expect(received).toContainText('Is there any news on my application?');
  await received.getByLabel('Your reply').fill('Thank you for checking in. The panel meets this week; we will write by the new day.');
  await received.getByLabel('New promised reply date').fill(orgDay(5));
  await expect(received.getByLabel('Why the day moves later')).toHaveCount(0);
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath('candidate-reply-form-phone.png'), fullPage: true });
  await received.getByRole('button', { name: 'Send reply' }).click();
  const sent = received.getByTestId('check-in-reply');
  await expect(sent).toContainText('The panel meets this week');
  await expect(sent).toContainText('promising news by');
  await expect(received.getByRole('button', { name: 'Send reply' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Promised reply' }).getByLabel('Promised reply date')).toHaveValue(orgDay(5));
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath('candidate-replied-phone.png'), fullPage: true });

  // The candidate reads the reply under their check-in, and the new day.
  await statusPage.reload();
  const reply = statusPage.getByTestId('check-in-reply');
  await expect(reply).toContainText('The team replied on');
  await expect(reply).toContainText('The panel meets this week; we will write by the new day.');
  await expect(reply).toContainText(`You will hear back by ${longDay(orgDay(5))}.`);
  await expect(statusPage.getByText('Is there any news on my application?')).toBeVisible();
  await expectAccessible(statusPage);
  await statusPage.screenshot({ path: testInfo.outputPath('status-page-reply-phone.png'), fullPage: true });
  await candidateContext.close();
});
