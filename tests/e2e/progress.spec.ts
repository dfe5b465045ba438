import { readFileSync } from 'node:fs';
import { type Page } from '@playwright/test';
import { expect, test } from './support/test';
import { expectAxeClean as axe } from './support/axe';
import { sidewaysScroll } from './support/phone';
import { hydrated } from './support/site';
import { finishScenario } from './support/scenario';
import { answer, bank, shownIds } from './support/quiz';
import { mine } from '../fixtures/progress';
import { buildBundle, bundleText } from '../../src/lib/progress/bundle';
import { asStored, seedStorage } from './support/storage';

const KEYS = Object.keys(mine);

async function noOverflowAt360(page: Page): Promise<void> {
  await page.setViewportSize({ width: 360, height: 800 });
  expect(await sidewaysScroll(page), 'at 360 px').toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 800 });
}

/** Takes the contract test with one wrong answer (7/8). Returns the id of the missed question. */
async function takeContractTest(page: Page): Promise<string> {
  const key = bank('contract');
  await page.goto('/lessons/contract/test/');
  await hydrated(page, 'QuizTest');
  const ids = await shownIds(page);
  for (const [i, id] of ids.entries()) await answer(page, 'contract', key.get(id)!, i !== 0);
  await page.getByRole('button', { name: '交卷' }).click();
  await expect(page.locator('.quiz-score h2')).toHaveText('得分 88%，答对 7/8 题');
  return ids[0]!;
}

const seed = (page: Page, values: Record<string, unknown>) => seedStorage(page, asStored(values));

const stored = (page: Page) =>
  page.evaluate(
    (keys) =>
      Object.fromEntries(keys.map((k) => [k, JSON.parse(localStorage.getItem(k) ?? 'null')])),
    KEYS,
  );

async function openDashboard(page: Page): Promise<void> {
  await page.goto('/progress/');
  await hydrated(page, 'Dashboard');
  await hydrated(page, 'DataPanel');
}

test('a test and a scenario taken show up on the dashboard, with readiness and next steps', async ({
  page,
}) => {
  await openDashboard(page);
  await expect(page.getByTestId('readiness')).toHaveText('0');
  await expect(page.getByRole('img', { name: /上场指数 0 分/ }).locator('.gauge-fill')).toHaveCount(
    0,
  );
  await expect(page.locator('.ready-next li')).toHaveCount(3);
  await axe(page, 'dashboard, empty', { include: 'main' });

  await takeContractTest(page);
  await finishScenario(page, 'competitor-types');
  const outcome = (await page.locator('.scenario-ending .outcome').textContent()) ?? '';

  await openDashboard(page);
  const tests = page.getByRole('table').filter({ hasText: '最好成绩' });
  await expect(tests.getByRole('row', { name: /合约中注意的问题/ })).toContainText('88%');
  await expect(tests.getByRole('row', { name: /合约中注意的问题/ })).toContainText('1');
  const scenarios = page.getByRole('table').filter({ hasText: '最好结局' });
  const row = scenarios
    .getByRole('row')
    .filter({ has: page.locator('a[href="/scenarios/competitor-types/"]') });
  await expect(row.getByRole('cell').first()).toHaveText('1');
  expect(outcome).toContain((await row.getByRole('cell').nth(1).textContent()) ?? 'missing');
  const score = Number(await page.getByTestId('readiness').textContent());
  expect(score).toBeGreaterThan(0);
  await expect(page.locator('tr[data-competency="contract"]')).toContainText('88%（做了 1/1 课）');
  await expect(page.locator('tr[data-part="tests"]')).toContainText('3.8');
  // The gauge shows the same score, the tests part partly filled, the exam part empty.
  const gauge = page.getByRole('img', { name: new RegExp(`上场指数 ${score} 分`) });
  await expect(gauge).toContainText(String(score));
  await expect(gauge.locator('[data-part="tests"] .gauge-fill')).toHaveCount(1);
  await expect(gauge.locator('[data-part="exam"] .gauge-fill')).toHaveCount(0);
  // The competency chart draws the contract test's 88 % against the maximum.
  const comp = page.getByRole('img', { name: /六项能力：得分与满分/ });
  await expect(comp.locator('[data-competency="contract"] .comp-tests')).toContainText('88%');
  expect(
    Number(
      await comp
        .locator('[data-competency="contract"] .comp-tests .bar-fill')
        .getAttribute('width'),
    ) /
      Number(
        await comp
          .locator('[data-competency="contract"] .comp-tests .bar-track')
          .getAttribute('width'),
      ),
  ).toBeCloseTo(0.88, 2);
  for (const link of await page.locator('.ready-next a').all())
    expect(await link.getAttribute('href')).toMatch(/^\//);
  await axe(page, 'dashboard, with results', { include: 'main', themes: ['light', 'dark'] });
  await noOverflowAt360(page);
});

test('export, reset, import: everything comes back', async ({ page }) => {
  await seed(page, mine);
  await openDashboard(page);
  const before = await stored(page);
  expect(before).toEqual(mine);
  await expect(page.getByText('已读 2/7 课')).toBeVisible();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出进度文件' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^tmc-sales-progress-\d{4}-\d{2}-\d{2}\.json$/);
  const file = await download.path();
  await expect(page.getByRole('status').filter({ hasText: '已生成进度文件' })).toBeVisible();

  await page.getByRole('button', { name: '清除全部进度…' }).click();
  await expect(page.getByText('无法恢复')).toBeFocused();
  await axe(page, 'reset confirmation', { include: 'main' });
  await page.getByRole('button', { name: '确认清除全部进度' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已清除全部进度。' })).toBeVisible();
  await expect(page.getByRole('button', { name: '清除全部进度…' })).toBeFocused();
  await expect(page.getByText('已读 0/7 课')).toBeVisible();
  expect(
    Object.values(await stored(page)).every((v) =>
      JSON.stringify(v).match(/"(read|tests|entries|cards)":\{\}|"history":\[\]/),
    ),
  ).toBe(true);

  await page.getByLabel('导入进度文件').setInputFiles(file);
  const summary = page.locator('.import-summary');
  await expect(summary.getByRole('heading')).toBeFocused();
  await expect(summary.locator('li[data-kind="attempts"]')).toHaveText(
    '测验记录：这里 0，文件 1，合并后 1',
  );
  await expect(summary.getByText('文件里的记录比这台设备上的新。')).toBeVisible();
  await axe(page, 'import summary', { include: 'main' });
  await summary.getByLabel(/替换/).check();
  await summary.getByRole('button', { name: '确认导入' }).click();
  await expect(page.getByRole('status').filter({ hasText: '导入完成' })).toBeVisible();
  await expect(page.getByText('已读 2/7 课')).toBeVisible();
  expect(await stored(page)).toEqual(before);
  await page.reload();
  await hydrated(page, 'Dashboard');
  await expect(page.getByText('已读 2/7 课')).toBeVisible();
});

test('an import into full storage writes nothing, says so, and a reload shows the same progress', async ({
  page,
}) => {
  test.slow();
  await seed(page, mine);
  await openDashboard(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出进度文件' }).click(),
  ]);
  const file = await download.path();
  await page.getByRole('button', { name: '清除全部进度…' }).click();
  await page.getByRole('button', { name: '确认清除全部进度' }).click();
  await expect(page.getByText('已读 0/7 课')).toBeVisible();
  const empty = await stored(page);
  // Fill the origin's storage to the brim.
  await page.evaluate(() => {
    let size = 1 << 20;
    for (let i = 0; size >= 1; i += 1) {
      try {
        localStorage.setItem(`filler-${i}`, 'x'.repeat(size));
      } catch {
        size = Math.floor(size / 2);
      }
    }
  });
  await page.getByLabel('导入进度文件').setInputFiles(file);
  const summary = page.locator('.import-summary');
  await summary.getByLabel(/替换/).check();
  await summary.getByRole('button', { name: '确认导入' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    '浏览器存储空间不足，导入没有完成；你现有的记录没有任何改动。请清理浏览器空间后再导入一次。',
  );
  await expect(page.getByRole('status').filter({ hasText: '导入完成' })).toHaveCount(0);
  await expect(page.getByText('已读 0/7 课')).toBeVisible();
  expect(await stored(page)).toEqual(empty);
  await page.reload();
  await hydrated(page, 'Dashboard');
  await expect(page.getByText('已读 0/7 课')).toBeVisible();
  expect(await stored(page)).toEqual(empty);
});

test('merging a file full of later-dated attempts keeps every local attempt and says what will not fit', async ({
  page,
}) => {
  test.slow();
  const at = (i: number, year: number) =>
    `${year}-11-${String(i + 1).padStart(2, '0')}T10:00:00.000Z`;
  const attempt = (i: number, year: number) => ({
    seed: year * 100 + i,
    at: at(i, year),
    ids: ['ct-comp'],
    answers: { 'ct-comp': ['single'] },
    right: ['ct-comp'],
    total: 1,
    percent: 100,
  });
  const attempts = (year: number) => ({
    v: 1,
    tests: { contract: { attempts: Array.from({ length: 20 }, (_, i) => attempt(i, year)) } },
  });
  await seed(page, { 'tmc:quiz-attempts': attempts(2026) });
  await openDashboard(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出进度文件' }).click(),
  ]);
  const own = JSON.parse(readFileSync((await download.path())!, 'utf8')) as {
    content: string;
  };
  const file = bundleText(
    buildBundle({ 'tmc:quiz-attempts': attempts(2030) }, '2030-01-01T00:00:00.000Z', own.content),
  );
  await page.getByLabel('导入进度文件').setInputFiles({
    name: 'progress.json',
    mimeType: 'application/json',
    buffer: Buffer.from(file),
  });
  const summary = page.locator('.import-summary');
  await expect(summary.getByText('文件里有 20 次测验记录放不下')).toBeVisible();
  await summary.getByRole('button', { name: '确认导入' }).click();
  await expect(page.getByRole('status').filter({ hasText: '导入完成' })).toBeVisible();
  const kept = (await stored(page))['tmc:quiz-attempts'] as ReturnType<typeof attempts>;
  expect(kept.tests.contract.attempts.map((a) => a.at)).toEqual(
    attempts(2026).tests.contract.attempts.map((a) => a.at),
  );
});

test('a corrupted or foreign file is refused with its message and nothing is lost', async ({
  page,
}) => {
  await seed(page, mine);
  await openDashboard(page);
  const before = await stored(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出进度文件' }).click(),
  ]);
  const good = readFileSync((await download.path())!, 'utf8');
  const files = [
    {
      text: good.replace('"percent": 50', '"percent": 100'),
      message:
        '文件内容和校验码对不上（导出后被改动或损坏了），没有导入。你现有的记录没有任何改动。',
    },
    {
      text: good.slice(0, good.length / 2),
      message: '文件不完整（可能下载或复制时被截断了），没有导入。你现有的记录没有任何改动。',
    },
    {
      text: '{"name":"another app"}',
      message: '这不是本课程导出的进度文件，没有导入。你现有的记录没有任何改动。',
    },
  ];
  for (const f of files) {
    await page.getByLabel('导入进度文件').setInputFiles({
      name: 'progress.json',
      mimeType: 'application/json',
      buffer: Buffer.from(f.text),
    });
    await expect(page.getByRole('alert').filter({ hasText: '没有导入' })).toHaveText(f.message);
    await expect(page.locator('.import-summary')).toHaveCount(0);
    expect(await stored(page)).toEqual(before);
  }
  await axe(page, 'import refused', { include: 'main' });
});

test('two tabs stay in step', async ({ context }) => {
  const dash = await context.newPage();
  await openDashboard(dash);
  await expect(dash.getByText('已读 0/7 课')).toBeVisible();
  const lesson = await context.newPage();
  await lesson.goto('/lessons/contract/');
  await hydrated(lesson, 'MarkRead');
  await lesson.getByRole('button', { name: '标记为已读' }).click();
  await expect(dash.getByText('已读 1/7 课')).toBeVisible();
  await dash.getByRole('button', { name: '清除全部进度…' }).click();
  await dash.getByRole('button', { name: '确认清除全部进度' }).click();
  await expect(lesson.locator('.progress-text').first()).toContainText('已读 0/7 课');
});

test('with localStorage throwing, the banner shows and the dashboard, export and review still work', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
  });
  await openDashboard(page);
  await expect(page.getByText('浏览器不允许本站保存数据')).toBeVisible();
  await expect(page.getByTestId('readiness')).toHaveText('0');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出进度文件' }).click(),
  ]);
  expect(JSON.parse(readFileSync((await download.path())!, 'utf8'))).toMatchObject({
    format: 'tmc-sales-progress',
    schema: 1,
  });
  await axe(page, 'storage blocked');
  await page.goto('/review/');
  await hydrated(page, 'Review');
  await expect(page.getByRole('heading', { name: '今天没有要复习的卡片。' })).toBeVisible();
});

test('on Safari-like browsers the 7-day reminder shows', async ({ browser }) => {
  const context = await browser.newContext({
    userAgent:
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  });
  const page = await context.newPage();
  await openDashboard(page);
  await expect(page.getByTestId('safari-reminder')).toContainText('7 天没有访问本站');
  await axe(page, 'safari reminder');
  await context.close();
});

test('a missed question is due in review the next day; rating it reschedules; cram mode leaves the schedule alone', async ({
  page,
}) => {
  await page.clock.install({ time: new Date(2026, 10, 27, 10, 0) });
  const missed = await takeContractTest(page);
  const prompt = bank('contract').get(missed)!.prompt;
  await page.goto('/review/');
  await hydrated(page, 'Review');
  await expect(page.getByRole('heading', { name: '今天没有要复习的卡片。' })).toBeVisible();
  await expect(page.getByText('下一张在 11月28日 00:00 到期。')).toBeVisible();
  await axe(page, 'review, nothing due', { include: 'main' });

  await page.clock.setSystemTime(new Date(2026, 10, 28, 9, 0));
  await page.reload();
  await hydrated(page, 'Review');
  await expect(page.getByRole('heading', { name: '今天要复习 1 张' })).toBeVisible();
  const card = page.locator('.review article.review-card');
  await expect(card.locator('.card-front')).toContainText(prompt.trim().split('\n')[0]!.trim());
  await axe(page, 'review, card', { include: 'main' });
  await card.getByRole('button', { name: '看答案' }).click();
  await expect(card.getByText('答案')).toBeVisible();
  await axe(page, 'review, answer shown', { include: 'main' });
  await card.getByRole('button', { name: '记得' }).click();
  await expect(page.getByRole('heading', { name: '今天没有要复习的卡片。' })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: '已记录，下次复习' })).toBeVisible();
  const schedule = await page.evaluate(() => localStorage.getItem('tmc:review'));
  expect(JSON.parse(schedule ?? '{}').cards[`q:${missed}`]).toMatchObject({ reps: 1 });

  await page.getByLabel('我的会议在').fill('2026-12-03');
  await page
    .getByRole('group', { name: '这次会议用得上的课' })
    .getByLabel('合约中注意的问题')
    .check();
  await page.getByRole('button', { name: '生成突击清单' }).click();
  const set = page.locator('.cram-set');
  // The contract lesson's objectives (never reviewed) come first, then the question answered today.
  const objectives = contractObjectives();
  expect(objectives).toBeGreaterThanOrEqual(4);
  await expect(set.getByRole('heading', { level: 3 })).toHaveText(
    `2026-12-03 会议的突击清单：${objectives + 1} 张`,
  );
  await expect(set.getByRole('heading', { level: 3 })).toBeFocused();
  await expect(set.locator('li.review-card')).toHaveCount(objectives + 1);
  await expect(set.locator('li.review-card').last().locator('.card-kind')).toHaveText('错题');
  await set.getByRole('button', { name: '看答案' }).first().click();
  await axe(page, 'cram set', { include: 'main', themes: ['light', 'dark'] });
  expect(await page.evaluate(() => localStorage.getItem('tmc:review'))).toBe(schedule);
  await noOverflowAt360(page);
});

/** How many objectives the contract lesson lists in its frontmatter (each is a review card). */
function contractObjectives(): number {
  const mdx = readFileSync('content/lessons/contract.mdx', 'utf8');
  const block = /^objectives:\n((?: {2}- .*\n)+)/m.exec(mdx)?.[1] ?? '';
  return block.split('\n').filter((line) => line.startsWith('  - ')).length;
}
