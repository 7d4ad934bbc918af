import { expect, Page, test } from '@playwright/test';
import { expectAccessible } from '../support/page-checks';

// The "done when": a recruiter who has never seen Candor signs up, builds a pipeline,
// adds a candidate with a dated test and an in-person round, drags the card to the next stage with
// a promised date, sees the email, and the candidate's link shows it. Everything through the UI,
// at a laptop's 1280 px.

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
}

/** A calendar day `days` from now in the organization's zone (UTC here), as a date input takes it. */
function dayFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Drags with the pointer the way a person does: press, move in steps, release. `from` is where
 * the card is held: a plain part of it (pressing on its name, a link, starts the browser's own
 * link drag instead).
 */
async function drag(page: Page, from: ReturnType<Page['locator']>, to: ReturnType<Page['locator']>): Promise<void> {
  const source = (await from.boundingBox())!;
  const target = (await to.boundingBox())!;
  await page.mouse.move(source.x + source.width / 2, source.y + source.height / 2);
  await page.mouse.down();
  await page.mouse.move(source.x + source.width / 2 + 20, source.y + 20, { steps: 4 });
  await page.mouse.move(target.x + target.width / 2, target.y + 80, { steps: 12 });
  await page.mouse.up();
}

test.use({ baseURL: process.env.E2E_BASE_URL });

test('first run: sign up, build a pipeline, add a candidate and steps, drag with a promised date, the email and the status link show it', async ({ page, browser }, testInfo) => {
  const started = Date.now();

  await page.goto('/signup');
  await page.getByLabel('Organization name').fill('Harbor Lights');
  await page.getByLabel('Your name').fill('Jo Park');
  await page.getByLabel('Email').fill(`jo-${Date.now()}@example.com`);
  await page.getByLabel('Password').fill('correct horse battery');
  await page.getByLabel('Time zone').selectOption('UTC');
  await page.getByRole('button', { name: 'Create account' }).click();

  // An empty organization's Today says what to do first.
  await expect(page.getByRole('region', { name: 'Get started' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Job title').fill('Support Engineer');
  await page.getByRole('button', { name: 'Create job' }).click();
  // Creating a job opens its board.
  await expect(page.getByRole('heading', { level: 1, name: 'Support Engineer' })).toBeVisible();

  // Shape the pipeline: what candidates read for the phone screen, and its usual reply time.
  await page.getByRole('button', { name: 'Job settings' }).click();
  await page.getByRole('button', { name: 'Edit – Phone screen' }).click();
  const stageForm = page.getByRole('form', { name: 'Edit Phone screen' });
  await stageForm.getByLabel('Name candidates see').fill('Call with our support lead');
  await stageForm.getByLabel('Default reply days').fill('5');
  await stageForm.getByRole('button', { name: 'Save stage' }).click();
  await expect(stageForm).toBeHidden();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Job settings' }).click();

  // The add form is behind its button, so the board is what the page opens on.
  await page.getByRole('button', { name: 'Add candidate' }).click();
  await page.getByLabel('Name', { exact: true }).fill('Lena Fischer');
  await page.getByLabel('Email', { exact: true }).fill('lena@example.com');
  await page.getByRole('button', { name: 'Save candidate' }).click();
  await expect(page.getByRole('region', { name: /^Applied/ }).getByRole('link', { name: 'Lena Fischer' })).toBeVisible();

  // A dated writing test and an in-person round, from the candidate page.
  await page.getByRole('link', { name: 'Lena Fischer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lena Fischer' })).toBeVisible();
  const addStep = async (kind: string, title: string, fill: Record<string, string>) => {
    const adder = page.locator('details.add-step');
    if ((await adder.getAttribute('open')) === null) await adder.locator('summary').click();
    const form = page.locator('form', { has: page.getByRole('button', { name: 'Add step' }) });
    await form.getByLabel('Kind').selectOption({ label: kind });
    await form.getByLabel('Title').fill(title);
    for (const [label, value] of Object.entries(fill)) await form.getByLabel(label).fill(value);
    await form.getByRole('button', { name: 'Add step' }).click();
    await expect(page.getByRole('list', { name: 'Steps in order' }).getByRole('heading', { name: title })).toBeVisible();
  };
  await addStep('Writing test', 'Troubleshooting write-up', { 'Due at': `${dayFromNow(4)}T17:00` });
  await addStep('In-person interview', 'Visit to the Harbor office', {
    'Starts at': `${dayFromNow(6)}T10:00`,
    'Duration in minutes': '90',
    Location: '12 Quay Street, Dublin',
  });
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath('candidate-desktop.png'), fullPage: true });

  // Drag the card to the next stage; the move dialog asks for the promised date.
  await page.getByRole('link', { name: 'Support Engineer' }).first().click();
  const card = page.getByRole('article', { name: 'Lena Fischer' });
  const phoneScreen = page.getByRole('region', { name: /^Phone screen/ });
  // Measure only once the board has settled (its data loaded, nothing still shifting).
  await expect(card).toBeVisible();
  await expect(phoneScreen).toBeVisible();
  await page.waitForLoadState('networkidle');
  // In the middle of the window: a pointer near its edge makes the board scroll by itself mid-drag.
  await card.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await drag(page, card.getByText(/Entered this stage/), phoneScreen);
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Move to stage')).toHaveValue(/.+/);
  await expect(dialog.getByLabel('Move to stage').locator('option:checked')).toHaveText('Phone screen');
  const promised = dayFromNow(9);
  await dialog.getByLabel('Hear back by').fill(promised);
  await dialog.getByLabel('Message to the candidate').fill('Thanks for the great application!');
  await expect(dialog.getByTestId('email-preview-text')).toContainText('Thanks for the great application!');
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Move candidate' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('region', { name: /^Phone screen/ }).getByRole('link', { name: 'Lena Fischer' })).toBeVisible();
  await expectNoSidewaysScroll(page);
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath('board-desktop.png'), fullPage: true });

  // The email, in the dev mailbox.
  await page.getByRole('link', { name: 'Mailbox' }).click();
  const stageMail = page.getByRole('listitem').filter({ hasText: "Let's talk: Support Engineer at Harbor Lights" });
  await expect(stageMail).toContainText('lena@example.com');
  await expect
    .poll(async () => {
      await page.getByRole('button', { name: /Refresh/ }).click();
      return stageMail.textContent();
    }, { timeout: 20_000 })
    .toContain('Sent');
  await stageMail.locator('summary').click();
  await expect(stageMail).toContainText('Thanks for the great application!');
  await expectAccessible(page);

  // The funnel has the move in it.
  await page.goto('/');
  await page.getByRole('link', { name: 'Support Engineer' }).click();
  await page.getByRole('link', { name: 'See the funnel' }).click();
  const funnel = page.getByRole('table', { name: 'Candidates per stage' });
  await expect(funnel.getByRole('row', { name: /Applied/ })).toContainText('1 (100%)');
  await expect(funnel.getByRole('row', { name: /Phone screen/ })).toContainText('1 (100%)');
  await expect(page.locator('.funnel-chart svg').first()).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath('funnel-desktop.png'), fullPage: true });

  // The candidate opens the link from the candidate page in a browser of their own.
  await page.getByRole('link', { name: 'Back to the board' }).click();
  await page.getByRole('link', { name: 'Lena Fischer' }).click();
  const statusUrl = await page.locator('.status-link__input').inputValue();
  const recruiterSeconds = (Date.now() - started) / 1000;
  const candidateContext = await browser.newContext();
  const candidate = await candidateContext.newPage();
  await candidate.goto(statusUrl);
  await expect(candidate.getByRole('heading', { level: 1 })).toHaveText('Your application for Support Engineer');
  await expect(candidate.locator('[aria-current="step"]')).toContainText('Call with our support lead');
  await expect(candidate.getByRole('heading', { name: 'Troubleshooting write-up' })).toBeVisible();
  await expect(candidate.getByRole('heading', { name: 'Visit to the Harbor office' })).toBeVisible();
  await expect(candidate.getByText('12 Quay Street, Dublin')).toBeVisible();
  const promisedInWords = new Intl.DateTimeFormat('en-US', { weekday: 'long', month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' })
    .format(new Date(`${promised}T12:00:00Z`));
  await expect(candidate.getByText(`You will hear back by ${promisedInWords}`)).toBeVisible();
  await expectNoSidewaysScroll(candidate);
  await expectAccessible(candidate);
  await candidate.screenshot({ path: testInfo.outputPath('status-desktop.png'), fullPage: true });
  await candidateContext.close();

  // The other pages at this width: usable, no sideways scroll, no axe violations.
  for (const [path, heading] of [['/', 'Today'], ['/settings', 'Settings'], ['/mailbox', 'Dev mailbox']] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expectNoSidewaysScroll(page);
    await expectAccessible(page);
  }
  await page.goto('/');
  await page.getByRole('link', { name: 'Support Engineer' }).click();
  await page.getByRole('link', { name: 'Edit the emails each stage sends' }).click();
  await expect(page.getByLabel(/Subject/i).first()).toBeVisible();
  await expectNoSidewaysScroll(page);
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath('templates-desktop.png'), fullPage: true });

  // Driven by a script, with the assertions' waits included; a person reading takes longer.
  testInfo.annotations.push({ type: 'recruiter-seconds', description: recruiterSeconds.toFixed(1) });
  process.stdout.write(`first run, sign-up to status link: ${recruiterSeconds.toFixed(1)} s\n`);
});
