import { expect, Page, test } from '@playwright/test';
import { Client } from 'pg';
import { gqlInPage as gql } from '../support/api';
import { expectAccessible } from '../support/page-checks';

// A reviewer's pass over the promise ledger from the user's side: an empty organization, the move
// dialog, the candidate page, settings (admin and hiring manager) and the candidate's status page.

test.use({ baseURL: process.env.E2E_BASE_URL });
const ZONE = 'America/Los_Angeles';
const SHOTS = process.env.REVIEW_SHOTS ?? 'test-results/e2e/promises-review';
const orgDay = (days: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(new Date(Date.now() + days * 86_400_000));

const ADD = 'mutation($i: AddCandidateInput!) { addCandidate(input: $i) { id statusUrl } }';
const MOVE = 'mutation($i: MoveCandidateInput!) { moveCandidate(input: $i) { id } }';

async function signUp(page: Page, org: string) {
  await gql(page, 'mutation($i: SignUpInput!) { signUp(input: $i) { accessToken } }', {
    i: { organizationName: org, name: 'Sam Rivera', email: `rev-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`, password: 'correct horse battery', timeZone: ZONE },
  });
}
async function createJob(page: Page, title: string) {
  return (await gql(page, 'mutation($i: CreateJobInput!) { createJob(input: $i) { id stages { id name } } }', { i: { title } })).createJob as {
    id: string;
    stages: Array<{ id: string; name: string }>;
  };
}
async function noNonsense(page: Page) {
  const text = await page.locator('body').innerText();
  expect(text).not.toMatch(/NaN|null%|undefined|Infinity|0 of 0|\bnull\b/);
}

test('an empty organization, then one promise', async ({ page }) => {
  await signUp(page, 'Empty Promises');
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await noNonsense(page);
  await page.screenshot({ path: `${SHOTS}/01-today-empty.png`, fullPage: true });
  await expectAccessible(page);
  const job = await createJob(page, 'Welder');
  await page.goto(`/jobs/${job.id}/funnel`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await noNonsense(page);
  await page.screenshot({ path: `${SHOTS}/02-funnel-empty.png`, fullPage: true });
  await expectAccessible(page);
  await gql(page, ADD, { i: { jobId: job.id, name: 'Ana Lima', email: 'ana@example.com', notify: false, expectedResponseBy: orgDay(3) } });
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Promises kept last 90 days' })).toBeVisible();
  await noNonsense(page);
  await page.screenshot({ path: `${SHOTS}/03-today-one-promise.png`, fullPage: true });
  await expectAccessible(page);
  await page.goto(`/jobs/${job.id}/funnel`);
  await expect(page.getByRole('region', { name: 'Promises kept last 90 days' })).toBeVisible();
  await noNonsense(page);
  await page.screenshot({ path: `${SHOTS}/04-funnel-one-promise.png`, fullPage: true });
});

test('the move dialog', async ({ page }) => {
  await signUp(page, 'Move Promises');
  const job = await createJob(page, 'Baker');
  const applied = job.stages[0];
  const { addCandidate: c } = await gql(page, ADD, { i: { jobId: job.id, name: 'Ben Okafor', email: 'ben@example.com', notify: false, expectedResponseBy: orgDay(2) } });
  await page.goto(`/jobs/${job.id}`);
  await page.locator(`#board-move-${c.id}`).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await noNonsense(page);
  await page.screenshot({ path: `${SHOTS}/10-move-no-history.png`, fullPage: true });
  await expectAccessible(page);
  // Same stage, later day: the reason appears.
  await dialog.getByLabel('Move to stage').selectOption(applied.id);
  await dialog.getByLabel('Hear back by').fill(orgDay(9));
  await expect(dialog.getByLabel('Why the day moves later')).toBeVisible();
  // Same stage, earlier day: no reason.
  await dialog.getByLabel('Hear back by').fill(orgDay(1));
  await expect(dialog.getByLabel('Why the day moves later')).toHaveCount(0);
  // Another stage, later day: no reason.
  await dialog.getByLabel('Move to stage').selectOption(job.stages[1].id);
  await dialog.getByLabel('Hear back by').fill(orgDay(9));
  await expect(dialog.getByLabel('Why the day moves later')).toHaveCount(0);
  await dialog.getByLabel('Move to stage').selectOption(applied.id);
  await dialog.getByLabel('Hear back by').fill(orgDay(9));
  await dialog.getByRole('button', { name: 'Move candidate' }).click();
  await expect(dialog.getByText('Say why the day moves later')).toBeVisible();
  await expect(dialog.getByLabel('Why the day moves later')).toBeFocused();
  await page.screenshot({ path: `${SHOTS}/11-move-reason-missing.png`, fullPage: true });
  await expectAccessible(page);
  // Pre-approval: 0, 21, empty, letters.
  const box = dialog.getByRole('checkbox', { name: /Pre-approve an extension/ });
  await box.check();
  const days = dialog.getByLabel('Business days of the pre-approved extension');
  for (const v of ['0', '21', '']) {
    await days.fill(v);
    await dialog.getByLabel('Why the day moves later').fill('Because.');
    await dialog.getByRole('button', { name: 'Move candidate' }).click();
    await expect(dialog.getByText('Give whole business days, 1 to 20.')).toBeVisible();
    await expect(days).toBeFocused();
  }
  await days.fill('');
  await days.pressSequentially('ab');
  await dialog.getByRole('button', { name: 'Move candidate' }).click();
  await expect(dialog.getByText('Give whole business days, 1 to 20.')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/12-move-fallback-letters.png`, fullPage: true });
  await expectAccessible(page);
  await days.fill('3');
  // A reason over 500 characters, past the textarea's maxlength: the API refuses, shown by the field.
  await dialog.getByLabel('Why the day moves later').evaluate((el) => el.removeAttribute('maxlength'));
  await dialog.getByLabel('Why the day moves later').fill('x'.repeat(501));
  await dialog.getByRole('button', { name: 'Move candidate' }).click();
  await page.screenshot({ path: `${SHOTS}/13-move-reason-too-long.png`, fullPage: true });
  const reasonField = dialog.locator('#move-promise-reason');
  await expect(reasonField).toHaveAttribute('aria-invalid', 'true');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page.locator(`#board-move-${c.id}`)).toBeFocused();

  // History: typical days set as the ledger would, then the line, the suggestion and the warning.
  const db = new Client({ connectionString: process.env.E2E_DATABASE_URL });
  await db.connect();
  await db.query('UPDATE stages SET typical_days_to_update = 4.4 WHERE id = $1', [applied.id]);
  await db.query('UPDATE stages SET typical_days_to_update = 0 WHERE id = $1', [job.stages[1].id]);
  await db.end();
  await page.reload();
  await page.locator(`#board-move-${c.id}`).click();
  await dialog.getByLabel('Move to stage').selectOption(applied.id);
  await dialog.getByLabel('Hear back by').fill(orgDay(1));
  await expect(dialog.getByTestId('promise-shorter')).toBeVisible();
  await noNonsense(page);
  await page.screenshot({ path: `${SHOTS}/14-move-history-warning.png`, fullPage: true });
  await expectAccessible(page);
  await dialog.getByRole('button', { name: /^Use / }).click();
  await expect(dialog.getByTestId('promise-shorter')).toHaveCount(0);
  await dialog.getByLabel('Move to stage').selectOption(job.stages[1].id);
  await page.screenshot({ path: `${SHOTS}/15-move-history-zero.png`, fullPage: true });
});

test('the candidate page promise', async ({ page }) => {
  await signUp(page, 'Candidate Promises');
  const job = await createJob(page, 'Painter');
  const { addCandidate: c } = await gql(page, ADD, { i: { jobId: job.id, name: 'Chen Wu', email: 'chen@example.com', notify: false, expectedResponseBy: orgDay(2) } });
  await page.goto(`/candidates/${c.id}`);
  const editor = page.getByRole('region', { name: 'Promised reply' });
  await editor.getByLabel('Promised reply date').fill(orgDay(8));
  await editor.getByRole('button', { name: 'Save date' }).click();
  await expect(editor.getByText('Say why the day moves later')).toBeVisible();
  await expect(editor.getByLabel('Why the day moves later')).toBeFocused();
  await page.screenshot({ path: `${SHOTS}/20-candidate-no-reason.png`, fullPage: true });
  await expectAccessible(page);
  await editor.getByLabel('Why the day moves later').fill('The panel is away until next week.');
  await editor.getByRole('button', { name: 'Save date' }).click();
  await expect(editor.getByText(/Saved: the candidate will hear back by/)).toBeVisible();
  await editor.getByRole('button', { name: 'Remove promise' }).click();
  await expect(editor.getByText('The promise was removed.')).toBeVisible();
  await noNonsense(page);
  const history = page.getByRole('region', { name: 'Promise history' });
  await history.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/21-candidate-history-phone.png`, fullPage: true });
  await expectAccessible(page);
});

test('settings: admin and hiring manager', async ({ page, browser }) => {
  await signUp(page, 'Settings Promises');
  await page.goto('/settings');
  const section = page.getByRole('region', { name: 'Promised reply dates' }).or(page.locator('section[aria-labelledby="promise-settings-heading"]'));
  await section.getByLabel('Extension time').fill('09:30');
  await section.getByLabel('Add a holiday').fill(orgDay(-10));
  await section.getByRole('button', { name: 'Add', exact: true }).click();
  await section.getByLabel('Add a holiday').fill(orgDay(20));
  await section.getByRole('button', { name: 'Add', exact: true }).click();
  await section.getByLabel('Add a holiday').fill(orgDay(20));
  await section.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(section.getByText('is already a holiday.')).toBeVisible();
  await section.screenshot({ path: `${SHOTS}/30-settings-duplicate.png` });
  await section.getByRole('button', { name: 'Add', exact: true }).click();
  await section.getByLabel('Show our kept share on status pages').check();
  await section.getByRole('button', { name: 'Save promise settings' }).click();
  await expect(section.getByText('Promise settings saved.')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/31-settings-saved.png`, fullPage: true });
  await expectAccessible(page);
  // An impossible day through the API.
  const bad = await page.request.post('/graphql', {
    data: { query: 'mutation($i: UpdateOrganizationInput!) { updateOrganization(input: $i) { holidays } }', variables: { i: { holidays: ['2026-02-30'] } } },
  });
  expect((await bad.json()).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  // A hiring manager (the invite link is hidden from the mailbox in production): a member of the
  // same organization, made a hiring manager in the database.
  const hmContext = await browser.newContext({ baseURL: process.env.E2E_BASE_URL, viewport: { width: 375, height: 812 } });
  const hm = await hmContext.newPage();
  const hmEmail = `hm-${Date.now()}@example.com`;
  await gql(hm, 'mutation($i: SignUpInput!) { signUp(input: $i) { accessToken } }', {
    i: { organizationName: 'Other', name: 'Hana Manager', email: hmEmail, password: 'correct horse battery', timeZone: ZONE },
  });
  const me = await gql(page, '{ me { organization { id } } }');
  const db = new Client({ connectionString: process.env.E2E_DATABASE_URL });
  await db.connect();
  await db.query(`UPDATE members SET role = 'HIRING_MANAGER', organization_id = $2 WHERE email = $1`, [hmEmail, me.me.organization.id]);
  await db.end();
  await hm.goto('/settings');
  await expect(hm.getByRole('heading', { name: 'Promised reply dates' })).toBeVisible();
  await expect(hm.getByLabel('Extension time')).toHaveCount(0);
  await noNonsense(hm);
  await hm.screenshot({ path: `${SHOTS}/32-settings-hiring-manager.png`, fullPage: true });
  await expectAccessible(hm);
  await hm.goto('/');
  await hm.screenshot({ path: `${SHOTS}/33-today-hiring-manager.png`, fullPage: true });
  await expectAccessible(hm);
  await hmContext.close();
});

test('the status page as the candidate', async ({ page, browser }) => {
  await signUp(page, 'Status Promises');
  await gql(page, 'mutation($i: UpdateOrganizationInput!) { updateOrganization(input: $i) { showPromiseRecord } }', { i: { showPromiseRecord: true } });
  const job = await createJob(page, 'Pilot');
  for (let n = 0; n < 20; n++) {
    const { addCandidate } = await gql(page, ADD, { i: { jobId: job.id, name: `Kept ${n}`, email: `kept${n}@example.com`, notify: false, expectedResponseBy: orgDay(3) } });
    await gql(page, MOVE, { i: { candidateId: addCandidate.id, stageId: job.stages[1].id, notify: false, expectedResponseBy: orgDay(5) } });
  }
  const { addCandidate: c } = await gql(page, ADD, { i: { jobId: job.id, name: 'Dana Roe', email: 'dana@example.com', notify: false, expectedResponseBy: orgDay(2) } });
  // A right-to-left override would make the reason read otherwise: refused before anything is written.
  await expect(
    gql(page, 'mutation($i: UpdateCandidateInput!) { updateCandidate(input: $i) { id } }', {
      i: { candidateId: c.id, expectedResponseBy: orgDay(6), promiseChangeReason: 'late \u202Egnp.exe\u202C' },
    }),
  ).rejects.toThrow(/bidirectional control characters/);
  const reason = `<script>alert(1)</script><b>bold</b> {{ candidate.name }} {% if true %}x{% endif %} https://evil.example/phish gnp.exe `;
  const long = reason + 'y'.repeat(500 - reason.length);
  expect(long.length).toBe(500);
  await gql(page, 'mutation($i: UpdateCandidateInput!) { updateCandidate(input: $i) { id } }', {
    i: { candidateId: c.id, expectedResponseBy: orgDay(6), promiseChangeReason: long },
  });
  const candidateContext = await browser.newContext({ viewport: { width: 375, height: 812 } });
  const cand = await candidateContext.newPage();
  let alerted = false;
  cand.on('dialog', async (d) => {
    alerted = true;
    await d.dismiss();
  });
  await cand.goto(c.statusUrl);
  await expect(cand.getByText('Why the date moved:')).toBeVisible();
  await expect(cand.getByText(/This team kept \d+% of its reply dates/)).toBeVisible();
  await expect(cand.getByText(/Usually about/)).toBeVisible();
  await noNonsense(cand);
  expect(await cand.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  expect(alerted).toBe(false);
  expect(await cand.locator('b', { hasText: 'bold' }).count()).toBe(0);
  await cand.screenshot({ path: `${SHOTS}/40-status-reason.png`, fullPage: true });
  await expectAccessible(cand);
  // The email the candidate was sent about the later day.
  const mail = await gql(page, '{ mailbox(limit: 5) { kind to subject text html } }');
  const sent = mail.mailbox.find((m: { to: string; kind: string }) => m.to === 'dana@example.com' && m.kind === 'PROMISE_EXTENDED');
  expect(sent.html).not.toContain('<script>alert(1)</script>');
  expect(sent.html).not.toContain('<b>bold</b>');
  await page.goto(`/candidates/${c.id}`);
  await expect(page.getByRole('region', { name: 'Promise history' })).toBeVisible();
  // 500 characters without a space wrap within the phone's width (the history table scrolls in its own region).
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await page.screenshot({ path: `${SHOTS}/41-candidate-long-reason-phone.png`, fullPage: true });
  await expectAccessible(page);
  await candidateContext.close();
});
