import { Browser, expect, Page, test } from '@playwright/test';
import { expectAccessible } from '../support/page-checks';

// Issue #12's cases as a careful user meets them, at a laptop's 1280 px and a phone's 375 px,
// with the browser in a time zone other than the organization's (Los Angeles).

async function gql(page: Page, query: string, variables: Record<string, unknown> = {}) {
  const res = await page.request.post('/graphql', { data: { query, variables }, headers: { 'content-type': 'application/json' } });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const inHours = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();
const dayInLosAngeles = (days: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Los_Angeles' }).format(new Date(Date.now() + days * 86_400_000));

async function recruiterWithCandidate(page: Page, name: string) {
  await gql(page, 'mutation($i: SignUpInput!) { signUp(input: $i) { accessToken } }', {
    i: { organizationName: 'Northwind Studio', name: 'Sam Rivera', email: `sam-${Date.now()}@example.com`, password: 'correct horse battery', timeZone: 'America/Los_Angeles' },
  });
  const { createJob: job } = await gql(page, 'mutation { createJob(input: { title: "Product Designer" }) { id stages { id name } } }');
  const { addCandidate: candidate } = await gql(page, 'mutation($i: AddCandidateInput!) { addCandidate(input: $i) { id statusUrl } }', {
    i: { jobId: job.id, name, email: `${name.split(' ')[0].toLowerCase()}@example.com` },
  });
  const stage = (stageName: string) => job.stages.find((s: { name: string }) => s.name === stageName).id;
  await gql(page, 'mutation($i: MoveCandidateInput!) { moveCandidate(input: $i) { id } }', {
    i: { candidateId: candidate.id, stageId: stage('Video interview'), expectedResponseBy: dayInLosAngeles(6), notify: false },
  });
  // Added out of order on purpose: the candidate reads them by date.
  const addStep = (input: Record<string, unknown>) => gql(page, 'mutation($i: AddNextStepInput!) { addNextStep(input: $i) { id } }', { i: { candidateId: candidate.id, ...input } });
  await addStep({ kind: 'DECISION', title: 'Final decision', dueAt: inHours(5 * 24) });
  await addStep({ kind: 'VIDEO_INTERVIEW', title: 'Portfolio review', startsAt: inHours(2 * 24), durationMinutes: 45 });
  await addStep({ kind: 'PHONE_SCREEN', title: 'Intro call', startsAt: inHours(-30), durationMinutes: 30 });
  await addStep({ kind: 'WRITTEN_TEST', title: 'Writing test', dueAt: inHours(24) });
  await addStep({ kind: 'OTHER', title: 'Work samples', requestsResponse: true });
  return { job, candidate };
}

async function openAsCandidate(browser: Browser, statusUrl: string, viewport: { width: number; height: number }) {
  const context = await browser.newContext({ timezoneId: 'Asia/Kolkata', viewport });
  const page = await context.newPage();
  await page.goto(statusUrl);
  return { page, close: () => context.close() };
}

for (const viewport of [{ width: 1280, height: 800 }, { width: 375, height: 812 }]) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ baseURL: process.env.E2E_BASE_URL, viewport, timezoneId: 'Europe/Berlin' });

    test('the candidate reads steps by date with the past apart and decisions as the team’s date', async ({ page, browser }, testInfo) => {
      const { candidate } = await recruiterWithCandidate(page, 'Ada Lovelace');
      const { page: status, close } = await openAsCandidate(browser, candidate.statusUrl, viewport);
      await expect(status.getByText('Hi Ada, this page')).toBeVisible();
      const next = status.getByRole('region', { name: 'What comes next' });
      await expect(next.getByText('Times are shown in your time zone (India Standard Time).')).toBeVisible();
      const [ahead, behind] = [next.getByRole('list').first(), next.getByRole('list').nth(1)];
      await expect(ahead.getByRole('heading', { level: 3 })).toHaveText(['Writing test', 'Portfolio review', 'Final decision', 'Work samples']);
      await expect(next.getByRole('heading', { level: 3, name: 'Behind you' })).toBeVisible();
      await expect(behind.getByRole('heading', { level: 3 })).toHaveText(['Intro call']);
      await expect(behind.getByRole('button', { name: /Add to calendar/ })).toHaveCount(0);
      const decision = ahead.getByRole('listitem').filter({ hasText: 'Final decision' });
      await expect(decision).toContainText('The team decides by');
      await expect(decision.getByRole('button', { name: /Add to calendar/ })).toHaveCount(0);
      expect(await status.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
      await expectAccessible(status);
      await status.screenshot({ path: testInfo.outputPath(`status-roadmap-${viewport.width}.png`), fullPage: true });
      await close();
    });

    test('an outcome is confirmed in the move dialog, and the candidate sees nothing until its undo window closes', async ({ page, browser }, testInfo) => {
      const { job, candidate } = await recruiterWithCandidate(page, 'Grace Hopper');
      await page.goto(`/jobs/${job.id}`);
      await page.getByRole('button', { name: 'Move Grace Hopper' }).click();
      const dialog = page.getByRole('dialog', { name: 'Move Grace Hopper' });

      // A promised day before a booked step is warned of.
      await dialog.getByLabel('Hear back by').fill(dayInLosAngeles(1));
      await expect(dialog.getByRole('status')).toContainText('You promise news by');
      await expect(dialog.getByRole('status')).toContainText('Portfolio review');

      await dialog.getByLabel('Move to stage').selectOption({ label: 'Not selected' });
      const what = dialog.getByRole('region', { name: '“Not selected” is an outcome. This move will:' });
      // Every step still planned ends with the outcome, the call from yesterday no one marked done included.
      await expect(what).toContainText('Cancel 5 planned steps');
      await expect(what).toContainText('Close 1 open request for information: Work samples.');
      await expect(what).toContainText('moving back undoes it for the candidate: they see nothing of it');
      await expectAccessible(page);
      await page.screenshot({ path: testInfo.outputPath(`outcome-dialog-${viewport.width}.png`), fullPage: true });
      await dialog.getByRole('button', { name: 'Confirm: move to “Not selected”' }).click();
      await expect(dialog).toBeHidden();

      const { page: status, close } = await openAsCandidate(browser, candidate.statusUrl, viewport);
      await expect(status.locator('[aria-current="step"]')).toContainText('Video interview');
      await expect(status.getByRole('region', { name: 'Outcome' })).toHaveCount(0);
      await close();

      await page.goto(`/candidates/${candidate.id}`);
      await expect(page.getByTestId('outcome-pending')).toContainText('“Not selected” takes effect for the candidate at');
      await expectAccessible(page);
    });
  });
}
