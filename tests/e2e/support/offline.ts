import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';

/** The URLs and version the built service worker precaches (read from dist/sw.js). */
export function builtWorker(dist = 'dist'): { source: string; version: string; urls: string[] } {
  const source = readFileSync(`${dist}/sw.js`, 'utf8');
  const version = /const VERSION = "([0-9a-f]+)";/.exec(source)?.[1];
  const urls = /const PRECACHE = (\[.*?\]);/.exec(source)?.[1];
  if (version === undefined || urls === undefined)
    throw new Error('dist/sw.js has no VERSION or PRECACHE: run npm run build');
  return { source, version, urls: JSON.parse(urls) as string[] };
}

/** Waits until the service worker controls the page and its precache holds `count` entries. */
export async function waitUntilPrecached(page: Page, count: number): Promise<string[]> {
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), {
      timeout: 20_000,
    })
    .toBe(true);
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          const keys = await caches.keys();
          return keys.length === 1 ? (await (await caches.open(keys[0]!)).keys()).length : -1;
        }),
      { timeout: 20_000 },
    )
    .toBe(count);
  return page.evaluate(() => caches.keys());
}
