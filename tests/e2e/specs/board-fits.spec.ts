import { expect, Page, test } from '@playwright/test';
import { Client } from 'pg';
import { gqlInPage as gql } from '../support/api';
import { expectAccessible } from '../support/page-checks';

// Issue #12, case 8: a board of ten stages that fits a laptop's 1280 px and a 375 px phone, with
// the overdue promises in the Decision and Offer columns visible, a sortable list, and the phone's
// stage picker. The organization is in Los Angeles, the member's browser in Berlin: every time is
// on the organization's clock, named, with the member's own in brackets.

test.use({ baseURL: process.env.E2E_BASE_URL, timezoneId: 'Europe/Berlin' });

const ORG_ZONE = 'America/Los_Angeles';
const STAGES = ['Applied', 'Phone screen', 'Video interview', 'Assessment', 'In-person interview', 'Decision', 'Offer', 'Hired', 'Not selected', 'Withdrawn'];
const EMPTY = ['Video interview', 'Assessment', 'In-person interview', 'Hired', 'Not selected', 'Withdrawn'];

/** The calendar day `days` from today in the organization's zone. */
function orgDay(days: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ORG_ZONE }).format(new Date(Date.now() + days * 86_400_000));
}

/** The instant the organization's clock reads `hour`:00 on `day`. */
function atOrgHour(day: string, hour: number): string {
  const [y, m, d] = day.split('-').map(Number);
  for (const offset of [7, 8]) {
    const at = new Date(Date.UTC(y, m - 1, d, hour + offset));
    if (new Intl.DateTimeFormat('en-US', { timeZone: ORG_ZONE, hour: 'numeric', hourCycle: 'h23' }).format(at) === String(hour)) return at.toISOString();
  }
  throw new Error(`No ${hour}:00 on ${day} in ${ORG_ZONE}`);
}

/**
 * A Los Angeles organization with a job on the default pipeline and five candidates: two applied
 * (one with a writing test due at 17:00 Los Angeles time), one in phone screen, and one each in
 * Decision and Offer whose promised day has passed.
 */
async function seedBoard(page: Page): Promise<string> {
  await gql(page, 'mutation($i: SignUpInput!) { signUp(input: $i) { accessToken } }', {
    i: { organizationName: 'Harbor Fit', name: 'Sam Rivera', email: `fit-${Date.now()}@example.com`, password: 'correct horse battery', timeZone: ORG_ZONE },
  });
  const { createJob: job } = await gql(page, 'mutation { createJob(input: { title: "Data Analyst" }) { id stages { id name } } }');
  const stageId = (name: string) => job.stages.find((s: { name: string }) => s.name === name).id;
  const people: Array<[string, string, number]> = [
    ['Ines Alvarez', 'Applied', 2],
    ['Kofi Mensah', 'Applied', 6],
    ['Lena Park', 'Phone screen', 4],
    ['Omar Haddad', 'Decision', -1],
    ['Priya Natarajan', 'Offer', -2],
  ];
  const db = new Client({ connectionString: process.env.E2E_DATABASE_URL });
  await db.connect();
  try {
    for (const [name, stage, promisedIn] of people) {
      const { addCandidate } = await gql(page, 'mutation($i: AddCandidateInput!) { addCandidate(input: $i) { id } }', {
        i: { jobId: job.id, name, email: `${name.split(' ')[0].toLowerCase()}@example.com`, notify: false },
      });
      if (stage !== 'Applied') {
        await gql(page, 'mutation($i: MoveCandidateInput!) { moveCandidate(input: $i) { id } }', {
          i: { candidateId: addCandidate.id, stageId: stageId(stage), notify: false },
        });
      }
      if (name === 'Kofi Mensah') {
        await gql(page, 'mutation($i: AddNextStepInput!) { addNextStep(input: $i) { id } }', {
          i: { candidateId: addCandidate.id, kind: 'WRITTEN_TEST', title: 'Writing test', dueAt: atOrgHour(orgDay(3), 17) },
        });
      }
      // A promise cannot be given for a day already past: time passes here instead.
      await db.query('UPDATE candidates SET expected_response_by = $2 WHERE id = $1', [addCandidate.id, orgDay(promisedIn)]);
    }
  } finally {
    await db.end();
  }
  return job.id;
}

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
}

const column = (page: Page, stage: string) => page.getByRole('region', { name: new RegExp(`^${stage} \\d`) });

/** The list view's rows, by the candidate's name. */
async function listedNames(page: Page): Promise<string[]> {
  return page.getByRole('table', { name: 'Candidates for Data Analyst' }).getByRole('rowheader').allTextContents();
}

// Each journey runs in the project of its width (playwright.config.ts: @laptop, @phone).
test('@laptop at 1280 px every column is in view, empty ones narrow, overdue ones say so; the list sorts', async ({ page }, testInfo) => {
  const jobId = await seedBoard(page);
  await page.goto(`/jobs/${jobId}`);
  await expect(page.getByRole('article', { name: 'Kofi Mensah' })).toBeVisible();

  // One clock: the organization's, named, with the member's (Berlin) time beside it.
  await expect(page.getByText(/^Times are Los Angeles time \(P[SD]T\), with yours \(Berlin time\) in brackets where it differs\./)).toBeVisible();
  await expect(page.getByRole('article', { name: 'Kofi Mensah' })).toContainText(/Next: Writing test, due \w{3}, \w{3} \d+, \d{4}, 5:00 PM P[SD]T \(.*your time\)/);

  // All ten column headings on screen, without scrolling anything.
  for (const stage of STAGES) {
    await expect(column(page, stage).getByRole('heading', { level: 2 })).toBeInViewport({ ratio: 1 });
  }
  for (const stage of EMPTY) {
    await expect(column(page, stage)).toHaveClass(/board-column--empty/);
    expect((await column(page, stage).boundingBox())!.width).toBeLessThan(60);
  }
  for (const stage of ['Decision', 'Offer']) {
    await expect(column(page, stage).getByRole('heading', { level: 2 })).toContainText('1 overdue');
  }
  await expect(page.getByRole('group', { name: '2 promises are overdue:' })).toBeVisible();
  await expectNoSidewaysScroll(page);
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath('board-fits-desktop.png'), fullPage: true });

  // The list, sorted by the promised day, both ways (no promise would come last).
  await page.getByRole('button', { name: 'List', exact: true }).click();
  const promised = page.getByRole('columnheader', { name: /^Hear back by/ });
  await promised.getByRole('button').click();
  await expect(promised).toHaveAttribute('aria-sort', 'ascending');
  expect(await listedNames(page)).toEqual(['Priya Natarajan', 'Omar Haddad', 'Ines Alvarez', 'Lena Park', 'Kofi Mensah']);
  await promised.getByRole('button').click();
  await expect(promised).toHaveAttribute('aria-sort', 'descending');
  expect(await listedNames(page)).toEqual(['Kofi Mensah', 'Lena Park', 'Ines Alvarez', 'Omar Haddad', 'Priya Natarajan']);
  await expect(page.getByRole('columnheader', { name: /^Stage/ })).not.toHaveAttribute('aria-sort');
  await expectNoSidewaysScroll(page);
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath('board-fits-desktop-list.png'), fullPage: true });
});

test('@phone at 375 px the board is on the first screen, one stage at a time, with the overdue ones a press away', async ({ page }, testInfo) => {
  const jobId = await seedBoard(page);
  await page.goto(`/jobs/${jobId}`);
  const picker = page.getByLabel('Show stage');
  await expect(picker).toBeVisible();

  // The add form waits behind its button; the first stage with anyone in it is on the first screen.
  await expect(page.getByRole('form', { name: 'Add a candidate' })).toBeHidden();
  await expect(column(page, 'Applied').getByRole('heading', { level: 2 })).toBeInViewport({ ratio: 1 });
  await expect(page.locator('.board-column:visible')).toHaveCount(1);
  await expect(page.getByRole('article', { name: 'Ines Alvarez' })).toBeVisible();
  await expectNoSidewaysScroll(page);
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath('board-fits-phone.png'), fullPage: true });

  // The overdue stages, in words, one press away; the focus lands on the stage shown.
  await page.getByRole('button', { name: 'Show Decision: 1 overdue' }).click();
  await expect(column(page, 'Decision').getByRole('heading', { level: 2 })).toBeFocused();
  await expect(page.getByRole('article', { name: 'Omar Haddad' })).toBeVisible();
  await expect(page.getByRole('article', { name: 'Ines Alvarez' })).toBeHidden();
  await expect(picker.locator('option:checked')).toHaveText('Decision (1 candidate, 1 overdue)');

  // Or any stage, by name, from the picker.
  await picker.selectOption({ label: 'Phone screen (1 candidate)' });
  await expect(page.getByRole('article', { name: 'Lena Park' })).toBeVisible();
  await expect(page.locator('.board-column:visible')).toHaveCount(1);

  // The add form opens and closes on its button.
  await page.getByRole('button', { name: 'Add candidate' }).click();
  await expect(page.getByRole('form', { name: 'Add a candidate' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Add candidate' }).click();
  await expect(page.getByRole('form', { name: 'Add a candidate' })).toBeHidden();

  // The list on a phone, last stage first.
  await page.getByRole('button', { name: 'List', exact: true }).click();
  const stage = page.getByRole('columnheader', { name: /^Stage/ });
  await expect(stage).toHaveAttribute('aria-sort', 'ascending');
  await stage.getByRole('button').click();
  await expect(stage).toHaveAttribute('aria-sort', 'descending');
  expect(await listedNames(page)).toEqual(['Priya Natarajan', 'Omar Haddad', 'Lena Park', 'Ines Alvarez', 'Kofi Mensah']);
  await expectNoSidewaysScroll(page);
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath('board-fits-phone-list.png'), fullPage: true });
});
