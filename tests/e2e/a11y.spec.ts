import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages } from './support/site';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

// One load per page, scanned in both colour schemes: the theme follows `prefers-color-scheme`
// live (no transitions), so switching the emulated scheme re-colours the same page.
// One test per page, independent of each other: spread them over the workers.
test.describe.configure({ mode: 'parallel' });

for (const path of builtPages()) {
  test(`axe finds no violations on ${path} (light and dark)`, async ({ page }) => {
    const found: Record<string, string[]> = {};
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      if (theme === 'light') {
        await page.goto(path);
        await page.waitForLoadState('networkidle');
      }
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(
        theme === 'dark',
      );
      const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      found[theme] = results.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
    }
    expect(found).toEqual({ light: [], dark: [] });
  });
}
