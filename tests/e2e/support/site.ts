import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every HTML page of the built site, as URL paths (`/lessons/contract/`). */
export function builtPages(dist = 'dist'): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) {
        const rel = relative(dist, path).replaceAll('\\', '/');
        if (rel === '404.html') pages.push('/404.html');
        else pages.push(`/${rel.replace(/index\.html$/, '')}`);
      }
    }
  };
  walk(dist);
  return pages.sort();
}

/** The lessons of the built course in order, read from the path page's links. */
export function lessonPaths(dist = 'dist'): string[] {
  const html = readFileSync(join(dist, 'path/index.html'), 'utf8');
  const seen = new Set<string>();
  for (const match of html.matchAll(/href="(\/lessons\/[a-z0-9-]+\/)"/g)) seen.add(match[1]!);
  return [...seen];
}

/**
 * Waits until the island whose component file starts with `component` has hydrated, scrolling it
 * into view first so `client:visible` islands start. A click before that would hit inert SSR HTML.
 * An island that fetches its shared bank or scenario (`DataGate`) must also be past loading.
 */
export async function hydrated(
  page: import('@playwright/test').Page,
  component: string,
): Promise<void> {
  const island = page.locator(`astro-island[component-url*="/${component}."]`).first();
  await island.scrollIntoViewIfNeeded();
  await island
    .page()
    .waitForFunction(
      (name) =>
        [...document.querySelectorAll(`astro-island[component-url*="/${name}."]`)].every(
          (el) => !el.hasAttribute('ssr') && el.querySelector('.data-loading') === null,
        ),
      component,
    );
}

/**
 * Timeout for a test that walks every built page: a base plus a per-page allowance, so adding pages
 * (or running two workers on two cores) does not turn a sound check into a timeout.
 */
export function timeoutForEveryPage(msPerPage: number, base = 30_000): number {
  return base + builtPages().length * msPerPage;
}
