import AxeBuilder from '@axe-core/playwright';
import { type Page } from '@playwright/test';
import { expect, test } from './support/test';
import { builtPages } from './support/site';

/**
 * Every built page, loaded ONCE for all the checks that apply to every page (they used to live in
 * a11y, phone, theme-and-layout and corrupt-storage specs, each walking the whole site):
 * - unreadable stored reading progress (`tmc:reading`) is recovered with a visible notice;
 * - no page error while loading, checking or re-laying out;
 * - the phone pass at 360 px: no sideways scroll, zoom allowed, body type ≥ 16 px, 44 px tap targets;
 * - no sideways scroll at 1920 px;
 * - axe (WCAG 2.0/2.1/2.2 A and AA) finds nothing, in light and in dark;
 * - no request to any other host (was offline.spec's online walk).
 */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];
const GARBAGE = [
  '{not json',
  '[1,2,3]',
  '{"v":99,"read":{}}',
  '{"v":1,"read":"everything"}',
  '\u0000\u0001',
];

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
// One test per page, independent of each other: spread them over the workers.
test.describe.configure({ mode: 'parallel' });

const pages = builtPages();
for (const [index, path] of pages.entries()) {
  test(`${path}: recovers bad stored progress, fits 360 and 1920 px, no axe violations`, async ({
    page,
    baseURL,
  }) => {
    // Generous: axe on the longest pages (printed card sets) takes seconds on a loaded machine.
    test.setTimeout(120_000);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // The site calls no host but its own (lazy islands included: the page is scrolled to the end).
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin)
        foreign.push(request.url());
    });
    await page.addInitScript(
      (value) => {
        if (!sessionStorage.getItem('seeded')) {
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
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => window.scrollTo(0, 0));

    expect(await phoneProblems(page), 'phone pass at 360 px').toEqual([]);

    await page.setViewportSize({ width: 1920, height: 800 });
    expect(await sidewaysScroll(page), 'sideways scroll at 1920 px').toBeLessThanOrEqual(0);

    await page.setViewportSize({ width: 1280, height: 800 });
    const found: Record<string, string[]> = {};
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      // The theme follows `prefers-color-scheme` live (no transitions): the same load re-colours.
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(
        theme === 'dark',
      );
      const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      found[theme] = results.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
    }
    expect(found, 'axe violations').toEqual({ light: [], dark: [] });
    expect(errors, 'page errors').toEqual([]);
    expect(foreign, 'requests to other hosts').toEqual([]);
  });
}

function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

/** The phone-first pass (issue 7), as a list of problems on the current page. */
async function phoneProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  const overflow = await sidewaysScroll(page);
  if (overflow > 0) problems.push(`scrolls sideways by ${overflow}px`);
  const viewport = (await page.locator('meta[name="viewport"]').getAttribute('content')) ?? '';
  if (/user-scalable\s*=\s*no|maximum-scale\s*=\s*1(\.0)?\b/.test(viewport))
    problems.push(`viewport blocks zoom: ${viewport}`);
  const fontSize = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
  if (fontSize < 16) problems.push(`body type is ${fontSize}px`);
  const small = await page.evaluate(() => {
    const inText = (el: Element) =>
      getComputedStyle(el).display === 'inline' &&
      el.parentElement !== null &&
      /^(P|LI|TD|DD|SPAN|STRONG|EM|FIGCAPTION|BLOCKQUOTE)$/.test(el.parentElement.tagName);
    return [
      ...document.querySelectorAll(
        'a[href], button, input:not([type=hidden]), select, textarea, summary',
      ),
    ]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
      })
      .map((el) => {
        // A radio or checkbox counts with its label, which is what a thumb hits.
        const input = el as HTMLInputElement;
        const target =
          (input.type === 'radio' || input.type === 'checkbox' ? input.labels?.[0] : undefined) ??
          el;
        return { el, box: target.getBoundingClientRect() };
      })
      .filter(
        ({ el, box }) =>
          !inText(el) && !el.classList.contains('skip-link') && (box.height < 44 || box.width < 24),
      )
      .map(
        ({ el, box }) =>
          `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 20)}" ${Math.round(box.width)}×${Math.round(box.height)}`,
      );
  });
  problems.push(...small.map((target) => `small tap target: ${target}`));
  return problems;
}
