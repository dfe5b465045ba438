import { expect, test } from './support/test';
import { lessonPaths } from './support/site';

test('the theme choice is kept across pages and reloads', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const toggle = page.getByRole('button', { name: '切换深色/浅色' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.goto(lessonPaths()[0]!);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: '切换深色/浅色' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(21, 23, 27)');
});

// No sideways scroll at 360 and 1920 px: checked on every page in pages.spec.ts.

test('print hides navigation and the sidebar but keeps the lesson', async ({ page }) => {
  await page.goto(lessonPaths()[0]!);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.lesson-sidebar')).toBeHidden();
  await expect(page.locator('.lesson-body')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
