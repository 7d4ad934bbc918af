import { expect, test } from '@playwright/test';
import { generate } from 'otplib';
import { expectAccessible } from '../support/page-checks';

test.use({ baseURL: process.env.E2E_BASE_URL });

/** The code an authenticator app would show for this key, `offsetSeconds` from now. */
const codeFor = (secret: string, offsetSeconds = 0) => generate({ secret, epoch: Math.floor(Date.now() / 1000) + offsetSeconds });

test('a member turns on two-factor sign-in on a phone, logs in with a code, and an admin sees it in the audit log', async ({ page }, testInfo) => {
  const email = `two-factor-${Date.now()}@example.com`;
  const password = 'correct horse battery';
  await page.request.post('/graphql', {
    data: { query: 'mutation($i: SignUpInput!) { signUp(input: $i) { accessToken } }', variables: { i: { organizationName: 'Careful Co', name: 'Kai Osei', email, password } } },
  });

  await page.goto('/account');
  await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
  await page.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
  await expect(page.getByRole('img', { name: 'QR code for your authenticator app' })).toBeVisible();
  const secret = (await page.locator('.two-factor-setup__key code').textContent())!.trim();
  await expectAccessible(page);
  await page.getByLabel('Code from the app').fill('000000');
  await page.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
  await expect(page.getByText(/is not the current code/)).toBeVisible();
  await page.getByLabel('Code from the app').fill(await codeFor(secret));
  await page.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
  const codes = page.getByRole('list', { name: 'Recovery codes' });
  await expect(codes.getByRole('listitem')).toHaveCount(10);
  const recovery = (await codes.getByRole('listitem').first().textContent())!.trim();
  await page.screenshot({ path: testInfo.outputPath('recovery-codes-phone.png'), fullPage: true });
  await page.getByRole('button', { name: 'I have saved them' }).click();
  await expect(page.getByText(/You sign in with your password and a code/)).toBeVisible();

  await page.getByRole('button', { name: 'Log out' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Log in to Candor' })).toBeVisible();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Enter your sign-in code' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Code').fill(recovery);
  await page.getByRole('button', { name: 'Confirm' }).click();
  // Signed in: Today (for this organization without candidates, its first-run guide).
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Get started' })).toBeVisible();

  await page.goto('/settings');
  const log = page.getByRole('list', { name: 'Audit log' });
  await expect(log).toContainText('Kai Osei turned on two-factor sign-in');
  await expectAccessible(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
  await page.screenshot({ path: testInfo.outputPath('settings-audit-phone.png'), fullPage: true });
});

test('a forgotten password: the page answers the same whatever the address, and a broken link says what to do', async ({ page }) => {
  await page.goto('/login');
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  // The log-in page has an Email field too: fill the reset page's, once it is the one shown.
  await expect(page.getByRole('heading', { name: 'Reset your password' })).toBeVisible();
  await page.getByLabel('Email').fill('nobody-at-all@example.com');
  await page.getByRole('button', { name: 'Send reset link' }).click();
  await expect(page.getByRole('status')).toContainText('If nobody-at-all@example.com belongs to a Candor account, a reset link is on its way.');
  await expectAccessible(page);
  await page.goto('/reset-password#not-a-real-token-not-a-real-token-not-a-real');
  await page.getByRole('textbox', { name: 'New password' }).fill('a fresh passphrase of mine');
  await page.getByRole('button', { name: 'Save new password' }).click();
  await expect(page.getByRole('alert')).toContainText('This reset link has expired or was already used.');
  await expectAccessible(page);
});
