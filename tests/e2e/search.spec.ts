import { type Page } from '@playwright/test';
import { expect, test } from './support/test';
import { expectAxeClean } from './support/axe';

/** Real queries a rep types, and the page that must come first (issue 7). */
const QUERIES: [query: string, first: string][] = [
  ['返点', '/lessons/client-focus/'],
  ['赔偿', '/lessons/contract/'],
  ['航信', '/lessons/meetings-proposal/'],
  ['决策人', '/lessons/intelligence/'],
  ['月票量', '/lessons/client-selection/'],
  ['INHOUSE', '/lessons/client-selection/'],
  ['回款', '/lessons/customer-care/'],
  ['新更换型', '/lessons/intelligence/'],
  // Scenarios and questions are searchable too.
  ['全流程成单', '/scenarios/full-deal/'],
  ['退票费有疑问', '/practice/bank/customer-care/'],
  // The deck writes 对帐; our text and most reps write 对账. Both find the contract lesson first.
  ['对账', '/lessons/contract/'],
  ['对帐', '/lessons/contract/'],
];

/** Variant spellings that must find the same pages in the same order (帐/账 folded in index and query). */
const VARIANT_QUERIES: [standard: string, variant: string][] = [
  ['对账', '对帐'],
  ['确认账款', '确认帐款'],
  ['账期', '帐期'],
];

/** Types `query` and waits for ITS results: the status names the query it answers. */
async function search(page: Page, query: string) {
  const box = page.getByRole('searchbox', { name: '搜索关键词' });
  await box.fill(query);
  const status = page.locator('p.search-status[role=status]');
  await expect(status).toHaveAttribute('data-query', query);
  await expect(status).toHaveText(/找到 \d+ 个页面/);
  return page.getByRole('list', { name: '搜索结果' }).locator(':scope > li');
}

test('each real query finds its page first', async ({ page }) => {
  await page.goto('/search/');
  for (const [query, first] of QUERIES) {
    const results = await search(page, query);
    await expect(results.first().locator('a.result-title'), query).toHaveAttribute('href', first);
    // The passage shown is the matching text, with the query highlighted.
    await expect(results.first().locator('mark').first(), query).toBeVisible();
  }
});

test('both spellings of a variant character find the same pages in the same order', async ({
  page,
}) => {
  // One page (the index loads once); `search` waits for the results of each query in turn.
  await page.goto('/search/');
  const hrefs = async (query: string) =>
    (await search(page, query))
      .locator('a.result-title')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  for (const [standard, variant] of VARIANT_QUERIES) {
    const expected = await hrefs(standard);
    expect(expected.length, standard).toBeGreaterThan(1);
    expect(await hrefs(variant), `${variant} vs ${standard}`).toEqual(expected);
  }
});

test('a result names its lesson and the matching section', async ({ page }) => {
  await page.goto('/search/');
  const first = (await search(page, '赔偿')).first();
  await expect(first.locator('.result-kind')).toHaveText('第 5 课');
  const passage = first.locator('a.passage-title').first();
  await expect(passage).toHaveText(/赔偿/);
  await expect(passage).toHaveAttribute('href', /^\/lessons\/contract\/#/);
  await expect(first.locator('.excerpt').first()).toContainText('赔偿');
});

test('cards are searchable and say which lesson they come from', async ({ page }) => {
  await page.goto('/search/?q=%E7%AB%9E%E4%BA%89%E8%A6%81%E7%82%B9');
  const cards = page
    .getByRole('list', { name: '搜索结果' })
    .locator(':scope > li')
    .filter({ has: page.locator('a[href="/refresh/competitors/"]') });
  await expect(cards).toHaveCount(1);
  await expect(cards.locator('.result-kind')).toHaveText(
    '速查卡 · 出自第 3 课「联系客户之前的信息收集」',
  );
});

test('navigation, buttons and other chrome are not indexed', async ({ page }) => {
  await page.goto('/search/');
  const contents = await page.evaluate(async () => {
    const url = '/pagefind/pagefind.js';
    const pagefind = (await import(/* @vite-ignore */ url)) as {
      search(
        q: string,
      ): Promise<{ results: { data(): Promise<{ url: string; content: string }> }[] }>;
    };
    const found = await pagefind.search('客户');
    return Promise.all(found.results.map((result) => result.data()));
  });
  expect(contents.length).toBeGreaterThan(7);
  for (const { url, content } of contents) {
    for (const chrome of [
      '跳到正文',
      '切换深色/浅色',
      '标记为已读',
      '本课内容',
      '详见课程',
      '全部速查卡',
    ]) {
      expect(content, `${url} indexes "${chrome}"`).not.toContain(chrome);
    }
  }
});

test('searching from the quick-refresh page opens the results', async ({ page }) => {
  await page.goto('/refresh/');
  await page.getByRole('searchbox', { name: '搜索关键词' }).fill('回款');
  await page.getByRole('button', { name: '搜索' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=/);
  await expect(
    page.getByRole('list', { name: '搜索结果' }).locator(':scope > li a.result-title').first(),
  ).toHaveAttribute('href', '/lessons/customer-care/');
});

test('an unknown word says so in the live region', async ({ page }) => {
  await page.goto('/search/');
  await page.getByRole('searchbox', { name: '搜索关键词' }).fill('zzqqxx');
  await expect(page.locator('p.search-status[role=status]')).toHaveText(
    '没有找到「zzqqxx」。换一个词试试，比如更短的词。',
  );
});

test('pagefind is loaded only by the search page', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  for (const path of ['/', '/refresh/', '/refresh/contract/', '/lessons/contract/']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  expect(requested.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
  await page.goto('/search/');
  await search(page, '合同');
  expect(requested.some((path) => path === '/pagefind/pagefind.js')).toBe(true);
});

test('axe finds no violations on the search page with results, light and dark', async ({
  page,
}) => {
  await page.goto('/search/');
  await search(page, '回款');
  await expectAxeClean(page, 'results', { include: 'main', themes: ['light', 'dark'] });
});

test('a query typed before the search island hydrates is still searched', async ({ page }) => {
  // Hold back the island's code so the text is typed into the server-rendered box first.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_astro\/SearchPage\.[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/search/', { waitUntil: 'domcontentloaded' });
  await page.getByRole('searchbox', { name: '搜索关键词' }).fill('航信');
  release();
  await expect(page.locator('p.search-status[role=status]')).toHaveText(/找到 \d+ 个页面/);
  await expect(page.locator('a.result-title').first()).toHaveAttribute(
    'href',
    '/lessons/meetings-proposal/',
  );
});
