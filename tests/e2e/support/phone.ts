import type { Page } from '@playwright/test';

/** How far the page scrolls sideways (≤ 0: it does not). */
export function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

/**
 * The phone-first pass (issue 7) on the page as it is now, as a list of problems: no sideways
 * scroll, zoom allowed, body type ≥ 16 px, tap targets at least 44 px high and 24 px wide (links
 * inside running text excepted), and with `minTextPx` every paragraph, list item and cell in `main`
 * at least that size (quick-refresh cards: 14 px). The one definition of the 360 px check:
 * pages.spec runs it on every built page, journeys on states only they reach.
 */
export async function phoneProblems(
  page: Page,
  { minTextPx }: { minTextPx?: number | undefined } = {},
): Promise<string[]> {
  const problems: string[] = [];
  const overflow = await sidewaysScroll(page);
  if (overflow > 0) problems.push(`scrolls sideways by ${overflow}px`);
  const viewport = (await page.locator('meta[name="viewport"]').getAttribute('content')) ?? '';
  if (/user-scalable\s*=\s*no|maximum-scale\s*=\s*1(\.0)?\b/.test(viewport))
    problems.push(`viewport blocks zoom: ${viewport}`);
  const found = await page.evaluate((minText) => {
    const out: string[] = [];
    const body = parseFloat(getComputedStyle(document.body).fontSize);
    if (body < 16) out.push(`body type is ${body}px`);
    const main = document.querySelector('main');
    if (main && minText !== null) {
      for (const el of main.querySelectorAll('p, li, td, th, dd, dt')) {
        const size = parseFloat(getComputedStyle(el).fontSize);
        if (size < minText && (el.textContent ?? '').trim() !== '')
          out.push(
            `text under ${minText}px (${size}px): ${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 20)}"`,
          );
      }
    }
    const inText = (el: Element) =>
      getComputedStyle(el).display === 'inline' &&
      el.parentElement !== null &&
      /^(P|LI|TD|DD|SPAN|STRONG|EM|FIGCAPTION|BLOCKQUOTE)$/.test(el.parentElement.tagName);
    for (const el of document.querySelectorAll(
      'a[href], button, input:not([type=hidden]), select, textarea, summary',
    )) {
      const own = el.getBoundingClientRect();
      if (own.width === 0 || own.height === 0 || getComputedStyle(el).visibility === 'hidden')
        continue;
      // A radio or checkbox counts with its label, which is what a thumb hits.
      const input = el as HTMLInputElement;
      const target =
        (input.type === 'radio' || input.type === 'checkbox' ? input.labels?.[0] : undefined) ?? el;
      const box = target.getBoundingClientRect();
      if (inText(el) || el.classList.contains('skip-link')) continue;
      if (box.height < 44 || box.width < 24)
        out.push(
          `small tap target: ${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 20)}" ${Math.round(box.width)}×${Math.round(box.height)}`,
        );
    }
    return out;
  }, minTextPx ?? null);
  problems.push(...found);
  return problems;
}
