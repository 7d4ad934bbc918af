import AxeBuilder from '@axe-core/playwright';
import { expect, Page } from '@playwright/test';

/** The WCAG 2.2 AA rule sets of axe-core. */
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * A page as it stands: no WCAG 2.2 AA violation (axe-core), and exactly one `<title>` in the
 * head, naming the page ("… · Candor"; HTML requires one, and a second is a defect: React 19
 * hoists a rendered `<title>` beside the page's own).
 */
export async function expectAccessible(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  expect(await page.locator('head > title').count()).toBe(1);
  await expect(page).toHaveTitle(/ · Candor$/);
}
