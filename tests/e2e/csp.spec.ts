import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './support/test';
import { builtPages } from './support/site';
import { directivesOf, headerPolicy, inlineCode, policyOf } from '../../src/lib/security/csp';

// The site's Content-Security-Policy (scripts/build-csp.mjs). Every journey already fails on a
// violation (support/test.ts), and pages.spec.ts loads every page under the policy.

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');
const fileOf = (url: string) =>
  join('dist', url === '/404.html' ? '404.html' : `${url.slice(1)}index.html`);

test('every built page carries a strict policy first in <head>, allowing exactly its own inline code', () => {
  const headers = readFileSync('dist/_headers', 'utf8');
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(50);
  for (const url of pages) {
    const html = readFileSync(fileOf(url), 'utf8');
    const policy = policyOf(html);
    expect(policy, url).toBeDefined();
    // Nothing that runs or styles may come before the policy.
    expect(html, url).toMatch(
      /<head><meta charset="utf-8"><meta http-equiv="content-security-policy"/,
    );
    const directives = directivesOf(policy!);
    const scripts = directives.get('script-src')!;
    expect(scripts, url).not.toContain("'unsafe-inline'");
    expect(directives.get('style-src'), url).not.toContain("'unsafe-inline'");
    expect(directives.get('connect-src'), url).toEqual(["'self'"]);
    expect(directives.get('object-src'), url).toEqual(["'none'"]);
    expect(directives.get('base-uri'), url).toEqual(["'self'"]);
    const code = inlineCode(html);
    expect(code.unhashable, url).toEqual([]);
    for (const script of code.scripts) expect(scripts, url).toContain(`'sha256-${digest(script)}'`);
    const hashes = scripts.filter((source) => source.startsWith("'sha256-"));
    expect(hashes.length, url).toBe(new Set(code.scripts.map(digest)).size);
    expect(headers, url).toContain(`${url}\n  Content-Security-Policy: ${headerPolicy(policy!)}\n`);
  }
});

test('a Content-Security-Policy violation fails the test that caused it', async ({ page }) => {
  // The fixture in support/test.ts must turn the refused script below into a failure.
  test.fail();
  await page.goto('/');
  const ran = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.head.append(script);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    return (window as unknown as { injected?: boolean }).injected === true;
  });
  expect(ran).toBe(false);
});

// Every island of every page hydrating under the policy is checked in pages.spec.ts: it loads each
// built page, brings each island into view and waits for it, and this suite's `test` fails any test
// that triggers a CSP violation.
