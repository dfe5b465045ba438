import { expect, test } from '@playwright/test';
import { builtPages, timeoutForEveryPage } from './support/site';

/**
 * The phone-first pass (issue 7): at 360 px every page fits the width, text is readable without
 * zoom, and every control that is not a link inside running text is at least 44 px tall.
 */
test.use({
  viewport: { width: 360, height: 740 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
});

test('every page fits 360 px, keeps zoom and readable type, and has 44 px tap targets', async ({
  page,
}) => {
  test.setTimeout(timeoutForEveryPage(2_000));
  const problems: string[] = [];
  for (const path of builtPages()) {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    if (overflow > 0) problems.push(`${path} scrolls sideways by ${overflow}px`);
    const viewport = await page.locator('meta[name="viewport"]').getAttribute('content');
    expect(viewport, path).not.toMatch(/user-scalable\s*=\s*no|maximum-scale\s*=\s*1(\.0)?\b/);
    expect(
      await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize)),
      path,
    ).toBeGreaterThanOrEqual(16);
    const small = await page.evaluate(() => {
      const inText = (el: Element) => {
        const display = getComputedStyle(el).display;
        return (
          display === 'inline' &&
          el.parentElement !== null &&
          /^(P|LI|TD|DD|SPAN|STRONG|EM|FIGCAPTION|BLOCKQUOTE)$/.test(el.parentElement.tagName)
        );
      };
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
            !inText(el) &&
            !el.classList.contains('skip-link') &&
            (box.height < 44 || box.width < 24),
        )
        .map(
          ({ el, box }) =>
            `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 20)}" ${Math.round(box.width)}×${Math.round(box.height)}`,
        );
    });
    problems.push(...small.map((target) => `${path} small tap target: ${target}`));
  }
  expect(problems).toEqual([]);
});
