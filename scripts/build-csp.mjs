// Writes the Content-Security-Policy of every built page: a <meta http-equiv> right after
// <meta charset> in each page, and dist/_headers (Netlify / Cloudflare Pages format) with the same
// policy plus frame-ancestors per page URL. The policy allows each page's own inline scripts and
// styles by hash (src/lib/security/csp.ts); a page with inline code no hash can allow (style="…",
// onclick="…") fails the build. Runs after `astro build` and pagefind, before the service worker
// is generated, so the worker precaches the pages as served.
// Usage: node scripts/build-csp.mjs [distDir]
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { headersFile, inlineCode, policyFor, withPolicyMeta } from '../src/lib/security/csp.ts';
import { urlOf } from '../src/lib/offline/precache.ts';

const dist = process.argv[2] ?? 'dist';
const digest = (text) => createHash('sha256').update(text, 'utf8').digest('base64');

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const pages = [];
const problems = [];
for (const path of walk(dist).filter((file) => file.endsWith('.html'))) {
  const file = relative(dist, path).replaceAll('\\', '/');
  const html = readFileSync(path, 'utf8');
  const code = inlineCode(html);
  for (const tag of code.unhashable) problems.push(`${file}: ${tag.slice(0, 120)}`);
  const policy = policyFor(code, digest);
  writeFileSync(path, withPolicyMeta(html, policy));
  pages.push({ url: urlOf(file), policy, inline: code.scripts.length + code.styles.length });
}
if (problems.length > 0) {
  console.error(
    `csp: inline code that a hash cannot allow (move it to a stylesheet or script):\n${problems.join('\n')}`,
  );
  process.exit(1);
}
pages.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
writeFileSync(join(dist, '_headers'), headersFile(pages));
const hashed = pages.reduce((n, page) => n + page.inline, 0);
console.log(`csp: ${pages.length} pages, ${hashed} inline scripts and styles allowed by hash`);
