import { expect, test } from './support/test';
import { lessonPaths } from './support/site';

const lessons = lessonPaths();

test('the course has seven lessons', () => {
  expect(lessons).toHaveLength(7);
});

test('every lesson is reachable from the home page', async ({ page }) => {
  for (const path of lessons) {
    await page.goto('/');
    const link = page.locator(`main a[href="${path}"]`).first();
    const title = (await link.locator('.title').textContent())?.trim() ?? '';
    await link.click();
    await expect(page).toHaveURL(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  }
});

test('the home page offers the three doors', async ({ page }) => {
  await page.goto('/');
  for (const [name, href] of [
    ['进入学习路径', '/path/'],
    ['进入培训师区', '/workshop/'],
    ['进入速查', '/refresh/'],
  ] as const) {
    const door = page.getByRole('link', { name });
    await expect(door).toHaveAttribute('href', href);
    await door.click();
    await expect(page).toHaveURL(href);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.goBack();
  }
});

test('previous and next walk the whole course in order and back', async ({ page }) => {
  await page.goto(lessons[0]!);
  await expect(page.getByRole('link', { name: /上一课/ })).toHaveCount(0);
  for (const path of lessons.slice(1)) {
    await page.getByRole('link', { name: /下一课/ }).click();
    await expect(page).toHaveURL(path);
  }
  await expect(page.getByRole('link', { name: /下一课/ })).toHaveCount(0);
  for (const path of [...lessons].reverse().slice(1)) {
    await page.getByRole('link', { name: /上一课/ }).click();
    await expect(page).toHaveURL(path);
  }
});

test('the sidebar lists every lesson and marks the current one', async ({ page }) => {
  await page.goto(lessons[2]!);
  const nav = page.getByRole('navigation', { name: '课程目录' });
  await expect(nav.getByRole('link')).toHaveCount(7);
  await expect(nav.locator('a[aria-current="page"]')).toHaveAttribute('href', lessons[2]!);
});

test('the table of contents links to every section of the lesson', async ({ page }) => {
  await page.goto(lessons[1]!);
  const toc = page.getByRole('navigation', { name: '本课内容' });
  const hrefs = await toc
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs).toContain('#mistakes');
  expect(hrefs).toContain('#briefing');
  for (const href of hrefs) await expect(page.locator(`h2${href}`)).toHaveCount(1);
});
