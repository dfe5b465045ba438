import { readdirSync } from 'node:fs';
import { type Page } from '@playwright/test';
import { expect, test } from './support/test';
import { expectAxeClean } from './support/axe';
import { hydrated, lessonPaths } from './support/site';
import { bank } from './support/quiz';

const pdfPages = async (page: Page) =>
  ((await page.pdf({ format: 'A4' })).toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [])
    .length;

test('decision cards: a case is chosen with a select, cards print bordered, the answer key starts on its own page', async ({
  page,
}) => {
  await page.goto('/workshop/cards/competitor-types/');
  const visible = page.locator('.card-set:not([hidden])');
  await expect(visible).toHaveCount(1);
  await expect(page.getByLabel('案例')).toHaveValue('bank-veteran');
  await expect(visible.locator('.decision-card-brief')).toContainText('某股份制银行分行');
  await page.getByLabel('案例').selectOption('energy-manager');
  await expect(visible).toHaveCount(1);
  await expect(visible.locator('.decision-card-brief')).toContainText('某省属能源集团');
  await expect(visible.locator('.answer-key')).toContainText('某省属能源集团');
  await expect(page.getByRole('button', { name: '打印' })).toBeVisible();
  await expect(
    visible.locator('.decision-card').nth(1).locator('.decision-options li').first(),
  ).toContainText('A');

  const cards = await visible.locator('.decision-card').count();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.getByRole('button', { name: '打印' })).toBeHidden();
  await expect(page.getByLabel('案例')).toBeHidden();
  const card = visible.locator('.decision-card').first();
  expect(await card.evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
  expect(await card.evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe('solid');
  expect(
    await visible.locator('.answer-key').evaluate((el) => getComputedStyle(el).breakBefore),
  ).toBe('page');
  const all = await pdfPages(page);
  // Without the key, the cards alone: at most three to a page, at least two to a page.
  // (Removed from the DOM: an injected style would be refused by the site's CSP, rightly.)
  await page.evaluate(() => document.querySelectorAll('.answer-key').forEach((el) => el.remove()));
  const cardPages = await pdfPages(page);
  expect(cardPages).toBeGreaterThanOrEqual(Math.ceil(cards / 3));
  expect(cardPages).toBeLessThanOrEqual(Math.ceil(cards / 2));
  expect(all).toBeGreaterThan(cardPages);
});

test('printed cards and their answer key use the same letters, in one printed order', async ({
  page,
}) => {
  for (const id of ['competitor-types', 'three-meetings']) {
    await page.goto(`/workshop/cards/${id}/`);
    const sets = page.locator('.card-set');
    const count = await sets.count();
    const atA: boolean[] = [];
    for (let i = 0; i < count; i += 1) {
      const set = sets.nth(i);
      const cards = set.locator('.decision-card:not(.decision-card-brief)');
      const entries = set
        .locator('.answer-entry')
        .filter({ has: page.locator('h3', { hasText: /^决策 \d+：/ }) });
      const n = await cards.count();
      expect(n).toBeGreaterThan(0);
      await expect(entries).toHaveCount(n);
      for (let c = 0; c < n; c += 1) {
        // 「专家选择：B. 标签」: the card shows that label under that letter.
        const expert = ((await entries.nth(c).locator('p').first().textContent()) ?? '').trim();
        const [, letter, label] = /([A-Z])\. (.+)$/.exec(expert) ?? [];
        expect(letter, expert).toBeDefined();
        const option = cards
          .nth(c)
          .locator('.decision-options li')
          .nth(letter!.charCodeAt(0) - 65);
        await expect(option.locator('.decision-letter')).toHaveText(letter!);
        await expect(option).toContainText(label!);
        atA.push(letter === 'A');
      }
    }
    // The authored files put the best choice first; printed, it is not A for most decisions.
    expect(atA.filter(Boolean).length).toBeLessThan(atA.length / 2 + 1);
  }
});

test('every lesson handout prints on exactly one A4 page; lesson 7 still says the deck breaks off there', async ({
  page,
}) => {
  // Seven pages, each rendered to a PDF: more than the default 30 s with two workers on two cores.
  test.setTimeout(120_000);
  const lessons = lessonPaths().map((p) => p.split('/')[2]!);
  expect(lessons).toHaveLength(7);
  for (const id of lessons) {
    await page.emulateMedia({ media: 'screen' });
    await page.goto(`/workshop/handout/${id}/`);
    const handout = page.getByTestId('handout');
    for (const heading of ['会前要点', '常见误区', '课堂讨论'])
      await expect(handout.getByRole('heading', { name: heading })).toBeVisible();
    expect(
      await handout.locator('section').last().locator('li').count(),
      `${id}: 2–3 discussion prompts`,
    ).toBeGreaterThanOrEqual(2);
    await expect(handout).toContainText(`/lessons/${id}/`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    expect(await pdfPages(page), `${id} handout pages`).toBe(1);
  }
  await page.emulateMedia({ media: 'screen' });
  await page.goto('/workshop/handout/client-focus/');
  await expect(page.getByTestId('handout')).toContainText('原稿这一页只剩');
});

test('the QR code of a result code loads only on click, and the encoder only on 生成结果码', async ({
  page,
}) => {
  const ids = [...bank('contract').keys()].slice(0, 8);
  await page.addInitScript((shown) => {
    const attempt = {
      seed: 42,
      at: '2026-11-27T08:00:00.000Z',
      ids: shown,
      answers: {},
      right: shown.slice(0, 6),
      total: 8,
      percent: 75,
    };
    localStorage.setItem(
      'tmc:quiz-attempts',
      JSON.stringify({ v: 1, tests: { contract: { seed: 42, attempts: [attempt] } } }),
    );
  }, ids);
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  await page.goto('/lessons/contract/test/');
  await hydrated(page, 'ResultCode');
  await page.waitForLoadState('networkidle');
  expect(
    requested.filter((u) => /\/(qr|result-code)\.[\w-]+\.js$/.test(u)),
    'nothing lazy loaded yet',
  ).toEqual([]);
  await page.getByLabel('名字或昵称').fill('小周');
  await page.getByRole('button', { name: '生成结果码' }).click();
  await expect(page.getByTestId('result-code')).toHaveText(/^[0-9A-Z]{4}(-[0-9A-Z]{1,4})+$/);
  await expect(page.getByText('你的结果码（75 分）')).toBeVisible();
  expect(requested.some((u) => /\/result-code\.[\w-]+\.js$/.test(u))).toBe(true);
  expect(
    requested.filter((u) => /\/qr\.[\w-]+\.js$/.test(u)),
    'no QR module before the click',
  ).toEqual([]);
  const code = (await page.getByTestId('result-code').textContent()) ?? '';
  await page.getByRole('button', { name: '显示二维码' }).click();
  const qr = page.getByRole('img', { name: `结果码 ${code} 的二维码` });
  await expect(qr).toBeVisible();
  expect(requested.some((u) => /\/qr\.[\w-]+\.js$/.test(u))).toBe(true);
  expect(await qr.locator('path').getAttribute('d')).toMatch(/^M\d+ \d+h1v1h-1z/);
  await expectAxeClean(page, 'result code with its QR', { include: 'main' });
});

test('the workshop area links every handout and every scenario’s cards', async ({ page }) => {
  await page.goto('/workshop/');
  const section = page.locator('#printables');
  await expect(section.locator('a[href^="/workshop/handout/"]')).toHaveCount(7);
  await expect(section.locator('a[href^="/workshop/cards/"]')).toHaveCount(
    readdirSync('content/scenarios').length,
  );
});
