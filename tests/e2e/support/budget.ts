import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';

export interface JsWeight {
  /** gzip bytes of every JavaScript response plus every inline script. */
  gzip: number;
  files: string[];
}

/**
 * Loads `path`, runs `prepare`, scrolls to the end so lazy islands hydrate, and adds up the gzip size of all the
 * JavaScript the page ran: external scripts and modules it fetched, and inline scripts.
 */
export async function measureJs(
  page: Page,
  path: string,
  prepare?: (page: Page) => Promise<void>,
): Promise<JsWeight> {
  const bodies: Promise<{ url: string; size: number }>[] = [];
  page.on('response', (response) => {
    const type = response.headers()['content-type'] ?? '';
    if (response.request().resourceType() === 'script' || type.includes('javascript')) {
      bodies.push(
        response.body().then((body) => ({ url: response.url(), size: gzipSync(body).length })),
      );
    }
  });
  await page.goto(path);
  // The page's final layout (web fonts, pictures) before scrolling: jumping to an end that later
  // moves could leave a self-check in view that is not there once the page has settled.
  await page.waitForLoadState('load');
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  // Lets a test bring lazy islands into view (e.g. self-checks in the middle of a lesson).
  if (prepare) await prepare(page);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  const inline = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src])')]
      .map((script) => script.textContent ?? '')
      .join('\n'),
  );
  const external = await Promise.all(bodies);
  const unique = new Map(external.map((file) => [file.url, file.size]));
  const gzip =
    [...unique.values()].reduce((sum, size) => sum + size, 0) +
    gzipSync(Buffer.from(inline)).length;
  return { gzip, files: [...unique.keys()] };
}
