import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, type Page } from '@playwright/test';

export interface BuiltWorker {
  source: string;
  version: string;
  /** The learner pack, precached on install. */
  urls: string[];
  /** The trainer pack, cached on request, with each file's size in bytes. */
  trainer: string[];
  trainerBytes: number;
}

/** The packs and version of the built service worker (read from dist/sw.js). */
export function builtWorker(dist = 'dist'): BuiltWorker {
  const source = readFileSync(`${dist}/sw.js`, 'utf8');
  const version = /const VERSION = "([0-9a-f]+)";/.exec(source)?.[1];
  const urls = /const PRECACHE = (\[.*?\]);\n/.exec(source)?.[1];
  const trainer = /const TRAINER = (\[.*?\]);\n/.exec(source)?.[1];
  if (version === undefined || urls === undefined || trainer === undefined)
    throw new Error('dist/sw.js has no VERSION, PRECACHE or TRAINER: run npm run build');
  const sized = JSON.parse(trainer) as [string, number][];
  return {
    source,
    version,
    urls: JSON.parse(urls) as string[],
    trainer: sized.map(([url]) => url),
    trainerBytes: sized.reduce((sum, [, size]) => sum + size, 0),
  };
}

/** The built file a URL is served from. */
export function fileOf(url: string, dist = 'dist'): string {
  return join(dist, url.endsWith('/') ? `${url}index.html` : url);
}

/**
 * Bytes a visitor transfers for these URLs from a server that compresses with gzip: each file's
 * gzip size, or its own size where that is smaller (pagefind's index is compressed already).
 */
export function gzipBytes(urls: readonly string[], dist = 'dist'): number {
  return urls.reduce((sum, url) => {
    const body = readFileSync(fileOf(url, dist));
    return sum + Math.min(body.length, gzipSync(body).length);
  }, 0);
}

/** Waits until the service worker controls the page and its learner cache holds the whole pack. */
export async function waitUntilPrecached(page: Page, worker: BuiltWorker): Promise<string[]> {
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), {
      timeout: 20_000,
    })
    .toBe(true);
  await expect
    .poll(
      () =>
        page.evaluate(async (name) => {
          if (!(await caches.has(name))) return -1;
          return (await (await caches.open(name)).keys()).length;
        }, `tmc-site-${worker.version}`),
      { timeout: 20_000 },
    )
    .toBe(worker.urls.length);
  return page.evaluate(() => caches.keys());
}

/** Which of `urls` no cache of the page's origin holds. */
export function notCached(page: Page, urls: readonly string[]): Promise<string[]> {
  return page.evaluate(async (list) => {
    const out: string[] = [];
    for (const url of list) if ((await caches.match(url)) === undefined) out.push(url);
    return out;
  }, urls);
}

/** Paths of `paths` that an in-page fetch does not answer with 200 and a page heading. */
export function notServed(page: Page, paths: readonly string[]): Promise<string[]> {
  return page.evaluate(async (list) => {
    const out: string[] = [];
    for (const path of list) {
      try {
        const response = await fetch(path);
        const html = await response.text();
        if (response.status !== 200 || !html.includes('<h1'))
          out.push(`${path}: ${response.status}`);
      } catch (error) {
        out.push(`${path}: ${String(error)}`);
      }
    }
    return out;
  }, paths);
}

/**
 * Same-origin files that the given built pages, or a script or stylesheet of the precached set,
 * refer to but the set does not hold: page `src`/`href` and island
 * `component-url`/`renderer-url`/`before-hydration-url` attributes, CSS `url(/…)`, and every chunk
 * a script imports (`import … from "./x.js"`, `import("./y.js")`, in any quotes).
 */
export function missingFromPrecache(
  precached: string[],
  pages: (path: string) => boolean = () => true,
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
    const page = from.replace(/\/index\.html$/, '/');
    if (file.endsWith('.html') ? !pages(page) : !have.has(from)) continue;
    if (file.endsWith('.html')) {
      const html = readFileSync(file, 'utf8');
      const attr = /\s(?:src|href|component-url|renderer-url|before-hydration-url)="([^"]+)"/g;
      for (const match of html.matchAll(attr)) want(match[1]!, from);
      // Data files islands fetch at run time (shared banks and scenarios): named in their props.
      for (const match of html.matchAll(/&quot;(\/[^&"]+\.json)&quot;/g)) want(match[1]!, from);
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
  // Links to pages outside `pages` (a learner page linking to the workshop) are not its to hold.
  const otherPages = new Set(
    files
      .filter((file) => file.endsWith('.html'))
      .map((file) => urlOf(file).replace(/\/index\.html$/, '/'))
      .filter((page) => !pages(page)),
  );
  const missing = [...wanted]
    .filter(([url]) => !otherPages.has(url) && !otherPages.has(url.replace(/index\.html$/, '')))
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
