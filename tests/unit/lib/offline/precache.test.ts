import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { isPrecached, planPrecache, urlOf } from '../../../../src/lib/offline/precache';

const sha = (input: string) => createHash('sha256').update(input).digest('hex');

describe('urlOf', () => {
  test('maps built files to the URLs pages request', () => {
    expect(urlOf('index.html')).toBe('/');
    expect(urlOf('lessons/contract/index.html')).toBe('/lessons/contract/');
    expect(urlOf('404.html')).toBe('/404.html');
    expect(urlOf('pagefind/index/zh-cn_1.pf_index')).toBe('/pagefind/index/zh-cn_1.pf_index');
  });
});

describe('isPrecached', () => {
  test('skips the worker itself and pagefind’s unused UI bundles, keeps the index', () => {
    expect(isPrecached('sw.js')).toBe(false);
    expect(isPrecached('pagefind/pagefind-ui.js')).toBe(false);
    expect(isPrecached('pagefind/pagefind-modular-ui.css')).toBe(false);
    expect(isPrecached('pagefind/pagefind-component-ui.js')).toBe(false);
    expect(isPrecached('pagefind/pagefind-highlight.js')).toBe(false);
    expect(isPrecached('pagefind/pagefind.js')).toBe(true);
    expect(isPrecached('pagefind/pagefind-worker.js')).toBe(true);
    expect(isPrecached('pagefind/pagefind-entry.json')).toBe(true);
    expect(isPrecached('_astro/client.abc.js.map')).toBe(false);
  });

  test('skips the host’s _headers rules, which no page requests', () => {
    expect(isPrecached('_headers')).toBe(false);
    expect(isPrecached('lessons/_headers/index.html')).toBe(true);
  });
});

describe('planPrecache', () => {
  const files = [
    { path: 'refresh/index.html', hash: 'a' },
    { path: 'index.html', hash: 'b' },
    { path: 'sw.js', hash: 'c' },
  ];
  test('lists every precached file as a sorted URL with a 16-character version', () => {
    const plan = planPrecache(files, sha);
    expect(plan.urls).toEqual(['/', '/refresh/']);
    expect(plan.version).toMatch(/^[0-9a-f]{16}$/);
  });
  test('gets a new version when any file changes, and the same one for the same files in any order', () => {
    const plan = planPrecache(files, sha);
    expect(planPrecache([...files].reverse(), sha).version).toBe(plan.version);
    expect(
      planPrecache([{ ...files[0]!, hash: 'changed' }, ...files.slice(1)], sha).version,
    ).not.toBe(plan.version);
    // The worker's own bytes do not feed its version (it is written from the version).
    expect(
      planPrecache([...files.slice(0, 2), { path: 'sw.js', hash: 'other' }], sha).version,
    ).toBe(plan.version);
  });
});
