import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page, Response } from '@playwright/test';
import { expect, test as base } from './support/test';
import { AXE_PATH, axeViolations } from './support/axe';
import { budgetFor, LESSON_FIRST_VIEW_JS, LESSON_HTML_GZIP } from './support/budget';
import { phoneProblems, sidewaysScroll } from './support/phone';
import { builtPages } from './support/site';
import { definedOptions } from './support/browsers';

/**
 * Every built page, loaded ONCE for all the checks that apply to every page:
 * - unreadable stored reading progress (`tmc:reading`) is recovered with a visible notice;
 * - no page error while loading, hydrating, checking or re-laying out;
 * - the phone pass at 360 px (support/phone.ts): no sideways scroll, zoom allowed, body type ≥ 16 px,
 *   44 px tap targets, quick-refresh card text ≥ 14 px;
 * - no sideways scroll at 1920 px;
 * - axe (WCAG 2.0/2.1/2.2 A and AA) finds nothing in light; in dark, the colour rules find nothing
 *   (the dark theme swaps colours only: support/axe.ts);
 * - the JavaScript the page runs stays within its byte budget (support/budget.ts), lessons also
 *   before any self-check loads, and a lesson's HTML within its budget;
 * - no request to any other host, lazy islands included.
 */
const GARBAGE = [
  '{not json',
  '[1,2,3]',
  '{"v":99,"read":{}}',
  '{"v":1,"read":"everything"}',
  '\u0000\u0001',
];

/**
 * One browser context per worker, shared by its pages, each test in a new page (tab) of it: a new
 * context per page, and axe sent into each page, cost about a second of two-core time per page.
 * What a fresh context gave, each test still starts with: storage empty but for the seeded record
 * (the init script below clears it before the page's first script), its own page errors,
 * requests and console (support/test.ts detaches its CSP listener at the end of each test).
 */
const test = base.extend<object, { pagesContext: BrowserContext }>({
  pagesContext: [
    async ({ browser }, use, workerInfo) => {
      const { baseURL, locale, userAgent, serviceWorkers, deviceScaleFactor } =
        workerInfo.project.use;
      const context = await browser.newContext({
        ...definedOptions({ baseURL, locale, userAgent, serviceWorkers, deviceScaleFactor }),
        viewport: { width: 360, height: 740 },
        isMobile: true,
        hasTouch: true,
        // Jumping to the end must not pass through the self-checks mid-page (smooth scrolling would).
        reducedMotion: 'reduce',
      });
      await context.addInitScript({ path: AXE_PATH });
      await use(context);
      await context.close();
    },
    { scope: 'worker' },
  ],
  context: async ({ pagesContext }, use) => use(pagesContext),
  page: async ({ context }, use) => {
    const page = await context.newPage();
    await use(page);
    await page.close();
  },
});
// One test per page, independent of each other: spread them over the workers.
test.describe.configure({ mode: 'parallel' });

/** Collects the gzip size of every script response; `total()` adds the page's inline scripts. */
function scriptMeter(page: Page) {
  const bodies = new Map<string, Promise<number>>();
  page.on('response', (response: Response) => {
    const type = response.headers()['content-type'] ?? '';
    if (response.request().resourceType() === 'script' || type.includes('javascript'))
      bodies.set(
        response.url(),
        response.body().then((body) => gzipSync(body).length),
      );
  });
  return {
    async total(): Promise<{ gzip: number; files: string[] }> {
      const inline = await page.evaluate(() =>
        [...document.querySelectorAll('script:not([src])')]
          .map((script) => script.textContent ?? '')
          .join('\n'),
      );
      const files = [...bodies.keys()];
      const sizes = await Promise.all(bodies.values());
      const gzip =
        sizes.reduce((sum, size) => sum + size, 0) + gzipSync(Buffer.from(inline)).length;
      return { gzip, files };
    },
  };
}

/**
 * Islands that never hydrate in this browser on purpose: `client:in-app` (the chat-app hint) loads
 * only in WeChat/WeCom/DingTalk/Feishu browsers; chat-apps.spec covers it there.
 */
const PENDING = 'astro-island[ssr]:not([client="in-app"])';

/** Waits until every island has hydrated except `client:visible` ones still out of view. */
async function hydratedInView(page: Page): Promise<void> {
  await page.waitForFunction(
    (pending) =>
      [...document.querySelectorAll(pending)].every((el) => {
        if (el.getAttribute('client') !== 'visible') return false;
        const box = el.getBoundingClientRect();
        return box.bottom <= 0 || box.top >= innerHeight;
      }),
    PENDING,
  );
}

const pages = builtPages();
for (const [index, path] of pages.entries()) {
  test(`${path}: recovers bad stored progress, fits 360 and 1920 px, no axe violations, within budget`, async ({
    page,
    baseURL,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin)
        foreign.push(request.url());
    });
    const meter = scriptMeter(page);
    await page.addInitScript(
      (value) => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.clear();
          localStorage.setItem('tmc:reading', value);
          sessionStorage.setItem('seeded', '1');
        }
      },
      GARBAGE[index % GARBAGE.length]!,
    );
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(
      page.getByRole('status').getByText('保存的学习记录有一部分无法读取'),
    ).toBeVisible();
    // Settled layout (web fonts) before jumping, then the end of the page: what a reader who
    // skips to the end has loaded, self-checks mid-page not included.
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await hydratedInView(page);
    const isLesson = /^\/lessons\/[a-z0-9-]+\/$/.test(path);
    if (isLesson) {
      const first = await meter.total();
      expect(
        first.files.some((file) => file.includes('/SelfCheck.')),
        'no self-check JS before one is scrolled to',
      ).toBe(false);
      expect(first.gzip, `first view JS: ${first.files.join(', ')}`).toBeLessThanOrEqual(
        LESSON_FIRST_VIEW_JS,
      );
    }
    // Every lazy island into view: the page fully hydrated, as a reader who scrolls through it.
    // One at a time: an island scrolled past within a frame is never seen, so never starts.
    const lazy = await page
      .locator('astro-island[ssr][client="visible"]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('uid')));
    for (const uid of lazy) {
      const island = page.locator(`astro-island[uid="${uid}"]`);
      await island.scrollIntoViewIfNeeded();
      await expect(island).not.toHaveAttribute('ssr');
    }
    await page.waitForFunction((pending) => document.querySelector(pending) === null, PENDING);
    await page.evaluate(() => window.scrollTo(0, 0));

    const js = await meter.total();
    const budget = budgetFor(path);
    test.info().annotations.push({ type: 'js-gzip', description: `${path}: ${js.gzip} bytes` });
    expect(js.gzip, `${budget.why}; JS files: ${js.files.join(', ')}`).toBeLessThanOrEqual(
      budget.gzip,
    );
    for (const island of budget.islands ?? [])
      expect(
        js.files.some((file) => file.includes(`/${island}.`)),
        `${island} is loaded and counted`,
      ).toBe(true);
    if (budget.lazy)
      expect(
        js.files.filter((file) => budget.lazy!.test(file)),
        'lazy parts loaded up front',
      ).toEqual([]);
    if (isLesson) {
      const html = readFileSync(`dist${path}index.html`);
      if (html.includes('class="quiz-embed"'))
        expect(
          js.files.some((file) => file.includes('/SelfCheck.')),
          'the self-check island is loaded and counted',
        ).toBe(true);
      expect(gzipSync(html).length, 'lesson HTML gzip').toBeLessThanOrEqual(LESSON_HTML_GZIP);
    }

    // Quick-refresh cards are read in a hurry on a phone: their text keeps at least 14 px.
    const minTextPx = /^\/refresh\/[a-z0-9-]+\/$/.test(path) ? 14 : undefined;
    expect(await phoneProblems(page, { minTextPx }), 'phone pass at 360 px').toEqual([]);

    await page.setViewportSize({ width: 1920, height: 800 });
    expect(await sidewaysScroll(page), 'sideways scroll at 1920 px').toBeLessThanOrEqual(0);

    await page.setViewportSize({ width: 1280, height: 800 });
    const found: Record<string, string[]> = {};
    found['light'] = await axeViolations(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    // The theme follows `prefers-color-scheme` live (no transitions): the same load re-colours.
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(
      true,
    );
    found['dark'] = await axeViolations(page, { colourOnly: true });
    expect(found, 'axe violations').toEqual({ light: [], dark: [] });
    expect(errors, 'page errors').toEqual([]);
    expect(foreign, 'requests to other hosts').toEqual([]);
  });
}
