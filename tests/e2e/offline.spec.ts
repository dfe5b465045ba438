import { writeFileSync } from 'node:fs';
import { expect, test } from './support/test';
import { builtPages, hydrated, timeoutForEveryPage } from './support/site';
import {
  builtWorker,
  missingFromPrecache,
  onePerTemplate,
  waitUntilPrecached,
} from './support/offline';
import { answer, bank, shownIds } from './support/quiz';

// The only spec that lets the service worker run (the config blocks it elsewhere: every new
// context would otherwise download the whole site in the background).
test.use({ serviceWorkers: 'allow' });

const worker = builtWorker();
const pages = builtPages();

test('the service worker precaches every page, asset and the search index', () => {
  for (const path of pages)
    expect(worker.urls, path).toContain(path === '/404.html' ? '/404.html' : path);
  expect(worker.urls).toContain('/pagefind/pagefind.js');
  expect(worker.urls.some((url) => url.endsWith('.pf_meta'))).toBe(true);
  expect(worker.urls.some((url) => url.startsWith('/pagefind/index/'))).toBe(true);
  expect(worker.urls.some((url) => url.startsWith('/pagefind/fragment/'))).toBe(true);
  expect(worker.urls.some((url) => url.startsWith('/_astro/') && url.endsWith('.js'))).toBe(true);
  expect(worker.urls).toContain('/manifest.webmanifest');
  expect(worker.urls).toContain('/icons/icon-512.png');
});

test('every same-origin file a built page or script refers to is precached', () => {
  // What a visit would fetch: each page's src/href/island URLs and, recursively, the chunks each
  // script imports. A lazy island's chunk missing from the precache would break offline only when
  // scrolled into view, which is why this is checked statically over the whole build.
  const { checked, missing } = missingFromPrecache(worker.urls);
  expect(checked, 'references found (pages, chunks, island URLs)').toBeGreaterThan(pages.length);
  expect(missing).toEqual([]);
});

test('after one online visit the whole site works offline', async ({ page, context }) => {
  test.setTimeout(timeoutForEveryPage(200, 90_000));
  await page.goto('/refresh/');
  expect(await waitUntilPrecached(page, worker.urls.length)).toEqual([
    `tmc-site-${worker.version}`,
  ]);
  await context.setOffline(true);

  // Every built page is served offline (from the worker's cache, the network being off).
  const served = await page.evaluate(async (paths) => {
    const out: string[] = [];
    for (const path of paths) {
      const response = await fetch(path);
      const html = await response.text();
      if (response.status !== 200 || !html.includes('<h1')) out.push(`${path}: ${response.status}`);
    }
    return out;
  }, pages);
  expect(served, 'pages not served offline').toEqual([]);

  // One page of each kind (each route template) is opened offline and scrolled to the end, so its
  // lazy islands load from the cache too; no request may fail.
  const failed: string[] = [];
  let inFlight = 0;
  page.on('request', () => (inFlight += 1));
  page.on('requestfinished', () => (inFlight -= 1));
  page.on('requestfailed', (request) => {
    inFlight -= 1;
    failed.push(`${request.url()} (${request.failure()?.errorText ?? ''})`);
  });
  for (const path of onePerTemplate(pages)) {
    const response = await page.goto(path);
    expect(response?.fromServiceWorker(), path).toBe(true);
    expect(response?.status(), path).toBe(200);
    await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(100);
    await expect.poll(() => inFlight, { message: path }).toBe(0);
  }
  expect(failed).toEqual([]);

  // Islands hydrate from the cache: marking a lesson read works offline.
  await page.goto('/lessons/contract/');
  await hydrated(page, 'MarkRead');
  await page.getByRole('button', { name: '标记为已读' }).click();
  await expect(page.getByRole('button', { name: '改为未读' })).toBeVisible();

  // A lesson test can be taken and scored offline.
  await page.goto('/lessons/contract/test/');
  await hydrated(page, 'QuizTest');
  const key = bank('contract');
  for (const id of await shownIds(page)) await answer(page, 'contract', key.get(id)!, true);
  await page.getByRole('button', { name: '交卷' }).click();
  await expect(page.locator('.quiz-score h2')).toHaveText('得分 100%，答对 8/8 题');

  // Search runs on the cached index.
  await page.goto('/search/?q=%E5%9B%9E%E6%AC%BE');
  await expect(
    page.getByRole('list', { name: '搜索结果' }).locator('a.result-title').first(),
  ).toHaveAttribute('href', '/lessons/customer-care/');

  // A page that was never built falls back to the offline page.
  await page.goto('/lessons/no-such-lesson/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('当前离线');
});

test('a new build replaces the old cache', async ({ page, context }) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await waitUntilPrecached(page, worker.urls.length);
  const next = worker.version.replace(/^./, (c) => (c === 'f' ? '0' : 'f'));
  // The next build's worker: same files, new version (what any content change produces). The
  // preview server serves dist/ from disk, so the worker file is swapped there and put back after.
  writeFileSync('dist/sw.js', worker.source.replace(worker.version, next));
  try {
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await expect
      .poll(() => page.evaluate(() => caches.keys()), { timeout: 30_000 })
      .toEqual([`tmc-site-${next}`]);
  } finally {
    writeFileSync('dist/sw.js', worker.source);
  }
  await context.setOffline(true);
  const response = await page.goto('/refresh/contract/');
  expect(response?.fromServiceWorker()).toBe(true);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('合同三要点');
});

test('the site requests no host other than its own, online or offline', async ({
  page,
  context,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin)
      foreign.push(request.url());
  });
  // Every page is also checked online in pages.spec.ts; here one page of each kind, online and
  // then offline from the worker.
  for (const path of onePerTemplate(pages)) {
    await page.goto(path);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  }
  await page.goto('/search/?q=%E8%BF%94%E7%82%B9');
  await expect(page.locator('a.result-title').first()).toBeVisible();
  await waitUntilPrecached(page, worker.urls.length);
  await context.setOffline(true);
  for (const path of onePerTemplate(pages)) await page.goto(path);
  expect(foreign).toEqual([]);
});
