import { expect, test } from '@playwright/test';
import { hydrated, lessonPaths } from './support/site';

// The walk of every page with garbage in `tmc:reading` lives in pages.spec.ts (one load per page).

test('a partly readable record keeps what it can and backs up the original', async ({ page }) => {
  const [first, second] = lessonPaths();
  const firstId = first!.split('/')[2]!;
  const raw = JSON.stringify({
    v: 1,
    read: { [firstId]: '2026-11-01T08:00:00.000Z', 'BAD ID': 'x' },
  });
  await page.addInitScript((value) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('tmc:reading', value);
      sessionStorage.setItem('seeded', '1');
    }
  }, raw);
  await page.goto(second!);
  await expect(page.locator('.progress-text').first()).toContainText('已读 1/7 课');
  expect(await page.evaluate(() => localStorage.getItem('tmc:reading:backup'))).toBe(raw);
  await page.getByRole('button', { name: '知道了' }).click();
  await expect(page.getByText('保存的学习记录有一部分无法读取')).toHaveCount(0);
});

test('blocked storage shows a banner and the course still works', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
  });
  const [first] = lessonPaths();
  await page.goto(first!);
  await expect(page.getByText('浏览器不允许本站保存数据')).toBeVisible();
  await hydrated(page, 'MarkRead');
  await page.getByRole('button', { name: '标记为已读' }).click();
  await expect(page.locator('.progress-text').first()).toContainText('已读 1/7 课');
});
