/**
 * What the service worker stores, decided at build: two packs of built files, as the URLs pages
 * request, and a version derived from the files' content hashes so that any change to the build
 * gives the worker new bytes (browsers then install it and the old caches are dropped).
 *
 * - The learner pack is precached when the worker installs (a rep's first visit): lessons, cards,
 *   tests and practice, scenarios, search with its pagefind index, progress, review, path, home,
 *   the offline page, and every asset those pages load.
 * - The trainer pack (`/workshop/**`: presenter consoles, audience screen, printed cards, handouts,
 *   roster) and the assets only those pages load are cached when a trainer opens a workshop page
 *   or presses 「离线备课」.
 *
 * Every page must fall under one of `PAGE_ROUTES`; a page under none stops the build with its name.
 * Assets follow the pages that load them (page `src`/`href`/island URLs, CSS `url()`, script
 * imports, recursively), so an asset shared with a learner page is in the learner pack.
 */

export type PackName = 'learner' | 'trainer';

/** A built file: its path relative to dist/ (with `/`), a hash of its content, and for HTML, CSS
 * and JavaScript its text (to follow what it loads). */
export interface BuiltFile {
  path: string;
  hash: string;
  text?: string;
}

export interface PrecachePlan {
  /** 16 hex characters; changes whenever any precached file changes. */
  version: string;
  /** URLs precached at install, sorted. */
  learner: string[];
  /** URLs of the trainer pack, sorted; none of them is in `learner`. */
  trainer: string[];
  /** Assets no page was seen to load; kept in the learner pack so nothing can go missing. */
  unreferenced: string[];
}

/**
 * Files that are built but never requested by the site (pagefind's unused UI bundles, the worker
 * itself, the host's `_headers` rules).
 */
const SKIP = [
  /^sw\.js$/,
  /^_headers$/,
  /^pagefind\/pagefind-(ui|modular-ui|component-ui|highlight)[.-]/,
  /(^|\/)\.DS_Store$/,
  /\.map$/,
];

/** Which pack each page belongs to, by its URL. Add a new route area here. */
export const PAGE_ROUTES: readonly { pattern: RegExp; pack: PackName }[] = [
  { pattern: /^\/workshop\//, pack: 'trainer' },
  { pattern: /^\/$/, pack: 'learner' },
  { pattern: /^\/404\.html$/, pack: 'learner' },
  {
    pattern: /^\/(lessons|refresh|practice|scenarios|search|progress|review|path|offline)\//,
    pack: 'learner',
  },
];

/** Non-page files the learner pack always holds: the search runtime and index (pagefind loads
 * them at query time, so no page refers to them), the app shell (manifest, icons), and the shared
 * question banks and scenarios learner islands fetch (`/data/`, src/lib/content/data-files.ts). */
const LEARNER_ASSETS = [
  /^pagefind\//,
  /^manifest\.webmanifest$/,
  /^icons\//,
  /^favicon\.svg$/,
  /^data\//,
];
/** Data the trainer's pages fetch at run time (the roster's scenario definitions): trainer pack. */
const TRAINER_ASSETS = [/^workshop\//];

/** The URL a built file is requested by: `lessons/x/index.html` → `/lessons/x/`. */
export function urlOf(path: string): string {
  if (path === 'index.html') return '/';
  if (path.endsWith('/index.html')) return `/${path.slice(0, -'index.html'.length)}`;
  return `/${path}`;
}

/** Whether a built file is stored by the worker at all (in one of the packs). */
export function isPrecached(path: string): boolean {
  return !SKIP.some((pattern) => pattern.test(path));
}

/** The pack of a page URL, or undefined when no route claims it. */
export function packOfPage(url: string): PackName | undefined {
  return PAGE_ROUTES.find((route) => route.pattern.test(url))?.pack;
}

function resolve(ref: string, base: string): string | undefined {
  const clean = ref.replace(/[?#].*$/, '');
  if (clean.startsWith('//') || /^[a-z][a-z0-9+.-]*:/i.test(clean)) return undefined;
  const parts = (clean.startsWith('/') ? clean : base.replace(/[^/]*$/, '') + clean).split('/');
  const out: string[] = [];
  for (const part of parts) {
    if (part === '..') out.pop();
    else if (part !== '.') out.push(part);
  }
  const joined = out.join('/');
  return joined.startsWith('/') ? joined : `/${joined}`;
}

/**
 * Same-origin URLs a file loads, given its URL and text: HTML `src`/`href`/island URLs, CSS
 * `url()`, script imports (static and dynamic, any quotes), Vite's preload lists (`"_astro/x.css"`) and any
 * quoted `/_astro/…` path.
 */
export function referencesOf(url: string, text: string): string[] {
  const found: string[] = [];
  const add = (ref: string) => {
    const resolved = resolve(ref, url);
    if (resolved !== undefined) found.push(resolved);
  };
  if (url.endsWith('/') || url.endsWith('.html')) {
    const attr = /\s(?:src|href|component-url|renderer-url|before-hydration-url)="([^"]+)"/g;
    for (const match of text.matchAll(attr)) add(match[1]!);
  }
  if (url.endsWith('.css') || url.endsWith('/') || url.endsWith('.html')) {
    for (const match of text.matchAll(/url\(\s*["']?([^)"']+)/g)) add(match[1]!);
  }
  if (url.endsWith('.js')) {
    const imports = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s*)["'`](\.{1,2}\/[^"'`]+)["'`]/g;
    for (const match of text.matchAll(imports)) add(match[1]!);
    for (const match of text.matchAll(/["'](_astro\/[^"']+)["']/g)) add(`/${match[1]!}`);
  }
  for (const match of text.matchAll(/["'(](\/_astro\/[^"')\s]+)/g)) add(match[1]!);
  return [...new Set(found)];
}

const isPage = (path: string) => path.endsWith('.html');

/** Thrown when pages fall under no route of `PAGE_ROUTES`; the message names them. */
export class UnclassifiedPagesError extends Error {
  readonly urls: readonly string[];
  constructor(urls: readonly string[]) {
    super(
      `这些页面没有归入学员离线包，也没有归入培训师离线包：${urls.join('、')}。` +
        '请在 src/lib/offline/precache.ts 的 PAGE_ROUTES 里为它们归类' +
        '（学员用的页面归 learner，/workshop/ 下的培训师页面归 trainer）。',
    );
    this.name = 'UnclassifiedPagesError';
    this.urls = urls;
  }
}

const byUrl = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Plans both packs. `digest` hashes a string to hex (the build script passes sha-256) so this
 * module stays free of Node APIs. Throws `UnclassifiedPagesError` for pages no route claims.
 */
export function planPrecache(
  files: readonly BuiltFile[],
  digest: (input: string) => string,
): PrecachePlan {
  const kept = files.filter((file) => isPrecached(file.path)).sort((a, b) => byUrl(a.path, b.path));
  const version = digest(kept.map((file) => `${file.path} ${file.hash}`).join('\n')).slice(0, 16);

  const byPath = new Map(kept.map((file) => [urlOf(file.path), file]));
  const pages = kept.filter((file) => isPage(file.path)).map((file) => urlOf(file.path));
  const unclassified = pages.filter((url) => packOfPage(url) === undefined);
  if (unclassified.length > 0) throw new UnclassifiedPagesError(unclassified);

  /** Every non-page file the given pages load, recursively. */
  const loadedBy = (from: string[]): Set<string> => {
    const seen = new Set<string>();
    const queue = [...from];
    while (queue.length > 0) {
      const url = queue.pop()!;
      const file = byPath.get(url);
      if (file?.text === undefined) continue;
      for (const ref of referencesOf(url, file.text)) {
        const target = byPath.get(ref);
        if (target === undefined || isPage(target.path) || seen.has(ref)) continue;
        seen.add(ref);
        queue.push(ref);
      }
    }
    return seen;
  };

  const learnerPages = pages.filter((url) => packOfPage(url) === 'learner');
  const trainerPages = pages.filter((url) => packOfPage(url) === 'trainer');
  const learnerAssets = loadedBy(learnerPages);
  const trainerAssets = loadedBy(trainerPages);
  const learner = new Set(learnerPages);
  const trainer = new Set(trainerPages);
  const unreferenced: string[] = [];
  for (const file of kept) {
    const url = urlOf(file.path);
    if (isPage(file.path)) continue;
    if (LEARNER_ASSETS.some((pattern) => pattern.test(file.path)) || learnerAssets.has(url))
      learner.add(url);
    else if (trainerAssets.has(url) || TRAINER_ASSETS.some((pattern) => pattern.test(file.path)))
      trainer.add(url);
    else {
      learner.add(url);
      unreferenced.push(url);
    }
  }
  return {
    version,
    learner: [...learner].sort(byUrl),
    trainer: [...trainer].sort(byUrl),
    unreferenced: unreferenced.sort(byUrl),
  };
}
