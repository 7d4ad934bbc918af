import { defineConfig, devices } from '@playwright/test';

/**
 * Browser journeys in Debian's Chromium (Playwright cannot download browsers here) against the
 * built app, started by global-setup on a fresh database.
 */
const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};

export default defineConfig({
  testDir: './specs',
  outputDir: '../../test-results/e2e',
  globalSetup: './support/global-setup.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: { trace: 'retain-on-failure', screenshot: 'only-on-failure' },
  projects: [
    {
      // A small phone: Pixel 7's touch screen at the 375 px width of the narrowest phones in use.
      name: 'phone',
      testIgnore: /first-run/,
      grepInvert: /@laptop/,
      use: { ...devices['Pixel 7'], viewport: { width: 375, height: 812 }, launchOptions: chromium },
    },
    {
      // The first-run journey and the board at a laptop's width (board-fits runs at both).
      name: 'laptop',
      testMatch: /first-run|board-fits/,
      grepInvert: /@phone/,
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 }, launchOptions: chromium },
    },
  ],
});
