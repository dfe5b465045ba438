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
