import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
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

/**
 * Same-origin files that a built page or script refers to but the worker does not precache: page
 * `src`/`href` and island `component-url`/`renderer-url`/`before-hydration-url` attributes, CSS
 * `url(/…)`, and recursively every chunk a script imports (`import … from "./x.js"`, `import("./y.js")`).
 */
export function missingFromPrecache(
  precached: string[],
  dist = 'dist',
): { checked: number; missing: string[] } {
  const have = new Set(precached);
  const wanted = new Map<string, string>();
  const want = (url: string, from: string) => {
    const clean = url.replace(/[?#].*$/, '');
    if (clean.startsWith('/') && !clean.startsWith('//') && !wanted.has(clean))
      wanted.set(clean, from);
  };
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(path);
    }
  };
  walk(dist);
  const urlOf = (file: string) => `/${relative(dist, file).replaceAll('\\', '/')}`;
  for (const file of files) {
    const from = urlOf(file);
    if (file.endsWith('.html')) {
      const html = readFileSync(file, 'utf8');
      const attr = /\s(?:src|href|component-url|renderer-url|before-hydration-url)="([^"]+)"/g;
      for (const match of html.matchAll(attr)) want(match[1]!, from);
    } else if (file.endsWith('.css')) {
      for (const match of readFileSync(file, 'utf8').matchAll(/url\(["']?(\/[^)"']+)/g))
        want(match[1]!, from);
    } else if (file.endsWith('.js') && from.startsWith('/_astro/')) {
      const js = readFileSync(file, 'utf8');
      const imports = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s*)["'`](\.{1,2}\/[^"'`]+)["'`]/g;
      for (const match of js.matchAll(imports))
        want(posix.normalize(posix.join(posix.dirname(from), match[1]!)), from);
    }
  }
  const missing = [...wanted]
    .filter(([url]) => !have.has(url) && !have.has(url.replace(/index\.html$/, '')))
    .map(([url, from]) => `${url} (from ${from})`);
  return { checked: wanted.size, missing };
}

/**
 * One page per route template: a path segment counts as an id when at least three built pages
 * differ only in it (`/lessons/contract/` and `/lessons/intelligence/` share `/lessons/*\/`).
 */
export function onePerTemplate(pages: string[]): string[] {
  const segments = pages.map((path) => path.split('/'));
  const keyOf = (parts: string[]) =>
    parts
      .map((part, i) => {
        const siblings = segments.filter(
          (other) =>
            other.length === parts.length && other.every((p, j) => j === i || p === parts[j]),
        );
        return siblings.length >= 3 ? '*' : part;
      })
      .join('/');
  const seen = new Map<string, string>();
  for (const [i, parts] of segments.entries()) {
    const key = keyOf(parts);
    if (!seen.has(key)) seen.set(key, pages[i]!);
  }
  return [...seen.values()];
}
