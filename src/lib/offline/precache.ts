/**
 * What the service worker precaches: every file of the built site, as the URLs pages request, and
 * a version derived from the files' content hashes so that any change to the build gives the
 * worker new bytes (browsers then install it and the old cache is dropped).
 */

/** A built file: its path relative to dist/ (with `/`) and a hash of its content. */
export interface BuiltFile {
  path: string;
  hash: string;
}

export interface PrecachePlan {
  /** 16 hex characters; changes whenever any precached file changes. */
  version: string;
  /** URLs to precache, sorted. */
  urls: string[];
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

/** The URL a built file is requested by: `lessons/x/index.html` → `/lessons/x/`. */
export function urlOf(path: string): string {
  if (path === 'index.html') return '/';
  if (path.endsWith('/index.html')) return `/${path.slice(0, -'index.html'.length)}`;
  return `/${path}`;
}

/** Whether a built file belongs in the precache. */
export function isPrecached(path: string): boolean {
  return !SKIP.some((pattern) => pattern.test(path));
}

/**
 * Plans the precache. `digest` hashes a string to hex (the build script passes sha-256) so this
 * module stays free of Node APIs.
 */
export function planPrecache(
  files: readonly BuiltFile[],
  digest: (input: string) => string,
): PrecachePlan {
  const kept = files
    .filter((file) => isPrecached(file.path))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const version = digest(kept.map((file) => `${file.path} ${file.hash}`).join('\n')).slice(0, 16);
  return { version, urls: kept.map((file) => urlOf(file.path)) };
}
