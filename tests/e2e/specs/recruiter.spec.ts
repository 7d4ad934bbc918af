import { expect, test } from '@playwright/test';
import { gqlInPage as gql } from '../support/api';
import { expectAccessible } from '../support/page-checks';

// Most board actions are driven with the keyboard (every action has a focusable control); the
// first journey also uses the pointer.

test.use({ baseURL: process.env.E2E_BASE_URL });

test('a recruiter sees what needs attention, the board, and a candidate, and moves the candidate with an email', async ({ page }, testInfo) => {
  await gql(page, 'mutation($i: SignUpInput!) { signUp(input: $i) { accessToken } }', {
    i: { organizationName: 'Northwind Studio', name: 'Sam Rivera', email: `sam-${Date.now()}@example.com`, password: 'correct horse battery', timeZone: 'America/Los_Angeles' },
  });
  const { createJob: job } = await gql(page, 'mutation { createJob(input: { title: "Product Designer" }) { id stages { id name } } }');
  const { addCandidate: candidate } = await gql(page, 'mutation($i: AddCandidateInput!) { addCandidate(input: $i) { id } }', {
    i: { jobId: job.id, name: 'Margaret Okafor', email: 'margaret@example.com' },
  });
  await gql(page, 'mutation($i: AddNextStepInput!) { addNextStep(input: $i) { id } }', {
    i: { candidateId: candidate.id, kind: 'WRITTEN_TEST', title: 'Writing test', dueAt: new Date(Date.now() + 3 * 86_400_000).toISOString() },
  });

  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Needs attention' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Product Designer' })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Product Designer' }).press('Enter');
  await expect(page.getByRole('link', { name: 'Margaret Okafor' })).toBeVisible();
  // The columns scroll inside the board; the page itself never scrolls sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath('board-phone.png'), fullPage: true });

  await page.getByRole('button', { name: /Move/ }).first().click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByLabel(/stage/i).first().selectOption({ label: 'Video interview' });
  await expect(dialog.getByText(/Next step for Product Designer/)).toBeVisible();
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Move candidate' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('region', { name: /^Video interview/ }).getByRole('link', { name: 'Margaret Okafor' })).toBeVisible();

  await page.goto(`/candidates/${candidate.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Margaret Okafor' })).toBeVisible();
  await expect(page.getByText('Next step for Product Designer: Video interview')).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath('candidate-phone.png'), fullPage: true });
});

test('two recruiters move the same candidate: the second is told, not overwritten; a bulk move reports per candidate', async ({ browser }) => {
  const email = `pat-${Date.now()}@example.com`;
  const first = await browser.newContext({ baseURL: process.env.E2E_BASE_URL });
  const a = await first.newPage();
  await gql(a, 'mutation($i: SignUpInput!) { signUp(input: $i) { accessToken } }', {
    i: { organizationName: 'Two Desks', name: 'Pat', email, password: 'correct horse battery' },
  });
  const { createJob: job } = await gql(a, 'mutation { createJob(input: { title: "Writer" }) { id } }');
  const ids: string[] = [];
  for (const name of ['Daniel Reyes', 'Amara Nwosu', 'Lucas Moreau']) {
    const { addCandidate } = await gql(a, 'mutation($i: AddCandidateInput!) { addCandidate(input: $i) { id } }', {
      i: { jobId: job.id, name, email: `${name.split(' ')[0].toLowerCase()}@example.com` },
    });
    ids.push(addCandidate.id);
  }
  const second = await browser.newContext({ baseURL: process.env.E2E_BASE_URL });
  const b = await second.newPage();
  await gql(b, 'mutation($i: LogInInput!) { logIn(input: $i) { accessToken } }', { i: { email, password: 'correct horse battery' } });

  for (const page of [a, b]) {
    await page.goto(`/jobs/${job.id}`);
    await page.getByRole('button', { name: /Move/ }).first().press('Enter');
    await expect(page.getByRole('dialog')).toBeVisible();
  }
  await a.getByRole('dialog').getByLabel(/stage/i).first().selectOption({ label: 'Phone screen' });
  await a.getByRole('dialog').getByRole('button', { name: 'Move candidate' }).press('Enter');
  await expect(a.getByRole('dialog')).toBeHidden();

  await b.getByRole('dialog').getByLabel(/stage/i).first().selectOption({ label: 'Assessment' });
  await b.getByRole('dialog').getByRole('button', { name: 'Move candidate' }).press('Enter');
  await expect(b.getByRole('dialog').getByText(/Someone else updated Daniel Reyes a moment ago: Daniel Reyes is now in Phone screen/)).toBeVisible();
  const after = await gql(b, 'query($id: ID!) { candidate(id: $id) { stage { name } } }', { id: ids[0] });
  expect(after.candidate.stage.name).toBe('Phone screen');
  await b.keyboard.press('Escape');

  await b.reload();
  for (const name of ['Amara Nwosu', 'Lucas Moreau']) await b.getByLabel(`Select ${name}`).press(' ');
  await b.getByRole('button', { name: 'Move 2 selected' }).press('Enter');
  await b.getByRole('dialog').getByLabel(/stage/i).first().selectOption({ label: 'Video interview' });
  await b.getByRole('dialog').getByRole('button', { name: /Move/ }).last().press('Enter');
  await expect(b.getByText('Moved 2 to Video interview.')).toBeVisible();
  const moved = await gql(b, 'query($id: ID!) { job(id: $id) { candidates { name stage { name } } } }', { id: job.id });
  expect(moved.job.candidates.filter((c: { stage: { name: string } }) => c.stage.name === 'Video interview')).toHaveLength(2);
  await first.close();
  await second.close();
});

test('settings, email templates, the mailbox and the funnel are usable and accessible on a phone', async ({ page }, testInfo) => {
  await gql(page, 'mutation($i: SignUpInput!) { signUp(input: $i) { accessToken } }', {
    i: { organizationName: 'Pages Co', name: 'Robin', email: `robin-${Date.now()}@example.com`, password: 'correct horse battery' },
  });
  const { createJob: job } = await gql(page, 'mutation { createJob(input: { title: "Editor" }) { id } }');
  const { addCandidate } = await gql(page, 'mutation($i: AddCandidateInput!) { addCandidate(input: $i) { id } }', {
    i: { jobId: job.id, name: 'Kenji Watanabe', email: 'kenji@example.com' },
  });
  await gql(page, 'mutation($i: AddNextStepInput!) { addNextStep(input: $i) { id } }', {
    i: { candidateId: addCandidate.id, kind: 'PHONE_SCREEN', title: 'Phone call', startsAt: new Date(Date.now() + 86_400_000).toISOString() },
  });

  await page.goto('/settings');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath('settings-phone.png'), fullPage: true });

  await page.goto(`/templates/${job.id}`);
  await expect(page.getByLabel(/Subject/i).first()).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath('templates-phone.png'), fullPage: true });

  await page.goto('/mailbox');
  await expect(page.getByText('Scheduled: Phone call').first()).toBeVisible();
  await expectAccessible(page);

  await page.goto(`/jobs/${job.id}/funnel`);
  await expect(page.getByRole('table', { name: 'Candidates per stage' }).getByRole('row', { name: /Applied/ })).toContainText('1 (100%)');
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath('funnel-phone.png'), fullPage: true });
});
