import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import {
  directivesOf,
  headerPolicy,
  headersFile,
  inlineCode,
  policyFor,
  policyOf,
  withPolicyMeta,
} from '../../../../src/lib/security/csp';

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');

const page = [
  '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">',
  '<script>const theme = "深色";</script>',
  '<script type="module" src="/_astro/page.js"></script>',
  '<script type="module">import("/_astro/x.js")</script>',
  '<style>astro-island{display:contents}</style>',
  '</head><body><p>正文</p><script>if (a < b) console.log("<style>x</style>")</script></body></html>',
].join('');

describe('inlineCode', () => {
  test('collects every inline script and style by its exact text, never scripts with src', () => {
    const code = inlineCode(page);
    expect(code.scripts).toEqual([
      'const theme = "深色";',
      'import("/_astro/x.js")',
      'if (a < b) console.log("<style>x</style>")',
    ]);
    expect(code.styles).toEqual(['astro-island{display:contents}', 'x']);
    expect(code.unhashable).toEqual([]);
  });

  test('reports style attributes, event handler attributes and javascript: URLs, which no hash allows', () => {
    const code = inlineCode(
      '<div style="color:red"></div><button onclick="go()"></button><a href="javascript:void 0">x</a><p data-style="ok" class="onclick"></p>',
    );
    expect(code.unhashable).toEqual([
      '<div style="color:red">',
      '<button onclick="go()">',
      '<a href="javascript:void 0">',
    ]);
  });
});

describe('policyFor', () => {
  test('allows inline code by sha-256 hash and never by unsafe-inline, with the required directives', () => {
    const policy = policyFor(inlineCode(page), digest);
    const directives = directivesOf(policy);
    const scripts = directives.get('script-src')!;
    expect(scripts).toContain(`'sha256-${digest('const theme = "深色";')}'`);
    expect(scripts).toContain("'wasm-unsafe-eval'");
    expect(scripts.filter((s) => s.startsWith("'sha256-"))).toHaveLength(3);
    expect(directives.get('style-src')).toContain(
      `'sha256-${digest('astro-island{display:contents}')}'`,
    );
    expect(policy).not.toContain('unsafe-inline');
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'self'"]);
    // Browsers ignore (and warn about) frame-ancestors in a <meta>.
    expect(directives.has('frame-ancestors')).toBe(false);
  });

  test('lists a hash once however often the code repeats, in a stable order', () => {
    const a = policyFor({ scripts: ['b', 'a', 'b'], styles: [] }, digest);
    const b = policyFor({ scripts: ['a', 'b'], styles: [] }, digest);
    expect(a).toBe(b);
    expect(directivesOf(a).get('script-src')).toHaveLength(4);
  });
});

describe('withPolicyMeta', () => {
  test('puts the policy right after the charset, before any script, and replaces an old one', () => {
    const once = withPolicyMeta(page, "default-src 'self'");
    const twice = withPolicyMeta(once, "default-src 'none'");
    expect(twice.match(/content-security-policy/g)).toHaveLength(1);
    expect(twice).toContain(
      '<head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src \'none\'"><script>',
    );
    expect(policyOf(twice)).toBe("default-src 'none'");
  });

  test('puts the policy first in <head> when there is no charset, and refuses a page without a head', () => {
    expect(withPolicyMeta('<html><head><title>t</title></head></html>', 'x')).toBe(
      '<html><head><meta http-equiv="content-security-policy" content="x"><title>t</title></head></html>',
    );
    expect(() => withPolicyMeta('<p>no head</p>', 'x')).toThrow(/no <head>/);
  });

  test('reads no policy from a page without one', () => {
    expect(policyOf(page)).toBeUndefined();
  });
});

describe('headersFile', () => {
  test('gives each page URL its policy with frame-ancestors, which only a header can carry', () => {
    const file = headersFile([
      { url: '/', policy: "default-src 'self'" },
      { url: '/lessons/contract/', policy: "default-src 'none'" },
    ]);
    expect(file).toBe(
      "/\n  Content-Security-Policy: default-src 'self'; frame-ancestors 'self'\n\n" +
        "/lessons/contract/\n  Content-Security-Policy: default-src 'none'; frame-ancestors 'self'\n",
    );
    expect(headerPolicy('a')).toBe("a; frame-ancestors 'self'");
  });
});
