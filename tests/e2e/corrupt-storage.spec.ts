import { expect, test } from './support/test';
import { hydrated, lessonPaths } from './support/site';
import { seedStorage } from './support/storage';

// The walk of every page with garbage in `tmc:reading` lives in pages.spec.ts (one load per page).

test('a partly readable record keeps what it can and backs up the original', async ({ page }) => {
  const [first, second] = lessonPaths();
  const firstId = first!.split('/')[2]!;
  const raw = JSON.stringify({
    v: 1,
    read: { [firstId]: '2026-11-01T08:00:00.000Z', 'BAD ID': 'x' },
  });
  await seedStorage(page, { 'tmc:reading': raw });
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

test('an unreadable record whose backup cannot be stored is never overwritten and can be downloaded', async ({
  page,
}) => {
  test.slow();
  const raw = '{"v":1,"read":{"contract":' + '9'.repeat(2000);
  await page.addInitScript((value) => {
    // Storage nearly full: the big backup copy does not fit.
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, item: string) {
      if (key.endsWith(':backup')) throw new DOMException('full', 'QuotaExceededError');
      setItem.call(this, key, item);
    };
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('tmc:reading', value);
      sessionStorage.setItem('seeded', '1');
    }
  }, raw);
  const [first] = lessonPaths();
  await page.goto(first!);
  const banner = page.getByRole('status');
  await expect(banner.getByText('没能另存备份')).toBeVisible();
  await expect(banner.getByText('原始数据已另存一份备份')).toHaveCount(0);
  await hydrated(page, 'MarkRead');
  await page.getByRole('button', { name: '标记为已读' }).click();
  await expect(page.locator('.progress-text').first()).toContainText('已读 1/7 课');
  expect(await page.evaluate(() => localStorage.getItem('tmc:reading'))).toBe(raw);
  const downloading = page.waitForEvent('download');
  await banner.getByRole('button', { name: '下载原始记录' }).click();
  const file = await downloading;
  const { readFile } = await import('node:fs/promises');
  expect(await readFile((await file.path())!, 'utf8')).toBe(raw);
});
