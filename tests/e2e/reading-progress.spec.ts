import { type Page } from '@playwright/test';
import { expect, test } from './support/test';
import { hydrated, lessonPaths } from './support/site';

const lessons = lessonPaths();

async function progressText(page: Page) {
  return page.locator('.progress-text').first();
}

async function open(page: Page, path: string) {
  await page.goto(path);
  await hydrated(page, 'MarkRead');
  await hydrated(page, 'CourseNav');
}

test('mark as read survives a reload and shows in the course progress', async ({ page }) => {
  await open(page, lessons[1]!);
  await expect(await progressText(page)).toContainText('已读 0/7 课');
  await page.getByRole('button', { name: '标记为已读' }).click();
  await expect(page.getByText('✓ 已读', { exact: true })).toBeVisible();
  await expect(await progressText(page)).toContainText('已读 1/7 课');

  await page.reload();
  await hydrated(page, 'CourseNav');
  await expect(page.getByRole('button', { name: '改为未读' })).toBeVisible();
  await expect(await progressText(page)).toContainText('已读 1/7 课');
  const nav = page.getByRole('navigation', { name: '课程目录' });
  await expect(nav.locator(`li.is-read a[href="${lessons[1]}"]`)).toBeVisible();

  await page.goto('/');
  await expect(await progressText(page)).toContainText('已读 1/7 课');
  await expect(page.locator('progress').first()).toHaveAttribute('value', '1');

  await page.goto('/path/');
  await expect(page.getByRole('link', { name: /继续学习/ })).toHaveAttribute('href', lessons[0]!);
});

test('a lesson can be marked unread again', async ({ page }) => {
  await open(page, lessons[0]!);
  await page.getByRole('button', { name: '标记为已读' }).click();
  await page.getByRole('button', { name: '改为未读' }).click();
  await page.reload();
  await expect(page.getByRole('button', { name: '标记为已读' })).toBeVisible();
  await expect(await progressText(page)).toContainText('已读 0/7 课');
});

test('reading all lessons completes the course', async ({ page }) => {
  for (const path of lessons) {
    await open(page, path);
    await page.getByRole('button', { name: '标记为已读' }).click();
    await expect(page.getByRole('button', { name: '改为未读' })).toBeVisible();
  }
  await page.goto('/path/');
  await expect(await progressText(page)).toContainText('已读 7/7 课');
  await expect(page.getByText('七节课都已读完')).toBeVisible();
});

test('progress marked in one tab appears in another', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await open(first, lessons[3]!);
  await second.goto('/');
  await hydrated(second, 'CourseNav');
  await expect(await progressText(second)).toContainText('已读 0/7 课');
  await first.getByRole('button', { name: '标记为已读' }).click();
  await expect(await progressText(second)).toContainText('已读 1/7 课');
});
