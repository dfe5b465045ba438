/**
 * The Content-Security-Policy of every built page, derived from the page itself: each inline
 * `<script>` and `<style>` is allowed by the hash of its exact text, nothing else inline runs
 * (no `unsafe-inline`, no `style="…"` or `on…=` attributes), and every fetch stays on this origin.
 * `scripts/build-csp.mjs` writes the policy into each page as a `<meta>` and into `dist/_headers`;
 * `scripts/package-lms.mjs` recomputes it after rewriting a page for a course package.
 *
 * Pure string functions: the caller passes the digest (sha-256, base64) so this module needs no
 * Node or browser API.
 */

/** The inline code of one page, as the browser hashes it. */
export interface InlineCode {
  scripts: string[];
  styles: string[];
  /** Inline code a hash cannot allow (`style="…"`, `onclick="…"`, `javascript:` URLs). */
  unhashable: string[];
}

/** Hashes a string's UTF-8 bytes with sha-256 and returns them in base64. */
export type Digest = (text: string) => string;

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi;
const TAG = /<[a-z][a-z0-9-]*\b[^>]*>/gi;
const INLINE_ATTRIBUTE = /\s(style|on[a-z]+)\s*=/i;
const META = /<meta\s+http-equiv="content-security-policy"[^>]*>/gi;

/** Removes script and style bodies so that what they contain is not read as tags. */
function withoutBodies(html: string): string {
  return html.replace(SCRIPT, '<script$1></script>').replace(STYLE, '<style></style>');
}

/** Collects a page's inline scripts (those without `src`), inline styles and unhashable code. */
export function inlineCode(html: string): InlineCode {
  const scripts: string[] = [];
  for (const match of html.matchAll(SCRIPT))
    if (!/\ssrc\s*=/i.test(match[1]!)) scripts.push(match[2]!);
  const styles = [...html.matchAll(STYLE)].map((match) => match[1]!);
  const unhashable: string[] = [];
  for (const [tag] of withoutBodies(html).matchAll(TAG)) {
    if (INLINE_ATTRIBUTE.test(tag) || /=\s*["']?\s*javascript:/i.test(tag)) unhashable.push(tag);
  }
  return { scripts, styles, unhashable };
}

const sources = (hashes: readonly string[]): string =>
  [...new Set(hashes)]
    .sort()
    .map((hash) => ` 'sha256-${hash}'`)
    .join('');

/**
 * The policy for a page with `code`. Pagefind compiles its search index reader from WebAssembly,
 * which needs `'wasm-unsafe-eval'` (it allows no JavaScript eval).
 */
export function policyFor(code: Pick<InlineCode, 'scripts' | 'styles'>, digest: Digest): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval'${sources(code.scripts.map(digest))}`,
    `style-src 'self'${sources(code.styles.map(digest))}`,
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/**
 * The policy as an HTTP header: the page's policy plus what only a header can carry. Pages of the
 * hosted site may be framed by the site itself only; course packages never use this header (an LMS
 * serves them and frames them from its own origin).
 */
export function headerPolicy(pagePolicy: string): string {
  return `${pagePolicy}; frame-ancestors 'self'`;
}

/**
 * `html` with `policy` in a `<meta http-equiv>` right after `<meta charset>` (or first in `<head>`),
 * before any script or style; an existing policy meta is replaced.
 */
export function withPolicyMeta(html: string, policy: string): string {
  const meta = `<meta http-equiv="content-security-policy" content="${policy.replaceAll('"', '&quot;')}">`;
  const bare = html.replace(META, '');
  const charset = /<meta\s+charset=[^>]*>/i.exec(bare);
  if (charset !== null) {
    const end = charset.index + charset[0].length;
    return bare.slice(0, end) + meta + bare.slice(end);
  }
  const head = /<head\b[^>]*>/i.exec(bare);
  if (head === null) throw new Error('The page has no <head> to carry its policy.');
  const end = head.index + head[0].length;
  return bare.slice(0, end) + meta + bare.slice(end);
}

/** The policy a page carries in its `<meta>`, if any. */
export function policyOf(html: string): string | undefined {
  const meta = html.match(META)?.[0];
  const content = meta === undefined ? undefined : /content="([^"]*)"/i.exec(meta)?.[1];
  return content?.replaceAll('&quot;', '"');
}

/** Parses a policy into its directives: name → sources. */
export function directivesOf(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name !== undefined && name !== '') out.set(name.toLowerCase(), values);
  }
  return out;
}

/** A `_headers` file (Netlify and Cloudflare Pages format): one block per page URL. */
export function headersFile(pages: readonly { url: string; policy: string }[]): string {
  return pages
    .map(({ url, policy }) => `${url}\n  Content-Security-Policy: ${headerPolicy(policy)}\n`)
    .join('\n');
}
