import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import {
  isPrecached,
  packOfPage,
  planPrecache,
  referencesOf,
  UnclassifiedPagesError,
  urlOf,
} from '../../../../src/lib/offline/precache';

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

describe('packOfPage', () => {
  test('every learner area is in the learner pack', () => {
    for (const url of [
      '/',
      '/404.html',
      '/lessons/contract/',
      '/lessons/contract/test/',
      '/refresh/',
      '/refresh/contract/',
      '/practice/',
      '/practice/bank/contract/',
      '/practice/exam/',
      '/practice/mistakes/',
      '/scenarios/',
      '/scenarios/full-deal/',
      '/scenarios/full-deal/debrief/',
      '/search/',
      '/progress/',
      '/review/',
      '/path/',
      '/offline/',
    ])
      expect(packOfPage(url), url).toBe('learner');
  });
  test('every workshop page is in the trainer pack', () => {
    for (const url of [
      '/workshop/',
      '/workshop/audience/',
      '/workshop/roster/',
      '/workshop/cards/full-deal/',
      '/workshop/handout/contract/',
      '/workshop/present/full-deal/',
      '/workshop/present/quiz/contract/',
    ])
      expect(packOfPage(url), url).toBe('trainer');
  });
  test('a page of a new area belongs to neither until it is classified', () => {
    expect(packOfPage('/glossary/')).toBeUndefined();
    expect(packOfPage('/workshopping/')).toBeUndefined();
    expect(packOfPage('/lessons')).toBeUndefined();
  });
});

describe('referencesOf', () => {
  test('a page: scripts, styles, island URLs; other hosts and data URLs are not followed', () => {
    const html =
      '<link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/b.js?v=1"></script>' +
      '<astro-island component-url="/_astro/C.js" renderer-url="/_astro/client.js"></astro-island>' +
      '<a href="/workshop/">培训师</a><a href="https://example.com/x">外链</a><img src="data:image/png;base64,xx">' +
      '<style>.x{background:url("/icons/bg.svg")}</style>';
    expect(referencesOf('/lessons/contract/', html).sort()).toEqual([
      '/_astro/C.js',
      '/_astro/a.css',
      '/_astro/b.js',
      '/_astro/client.js',
      '/icons/bg.svg',
      '/workshop/',
    ]);
  });
  test('a script: relative imports in any quotes, dynamic imports and Vite preload lists', () => {
    const js =
      'import{a}from"./a.js";import "./side.js";const q=await import(`./qr.js`);' +
      'const d=()=>import("../up.js");const m=["_astro/Lazy.css","_astro/Lazy.js"];';
    expect(referencesOf('/_astro/x/Island.js', js).sort()).toEqual([
      '/_astro/Lazy.css',
      '/_astro/Lazy.js',
      '/_astro/up.js',
      '/_astro/x/a.js',
      '/_astro/x/qr.js',
      '/_astro/x/side.js',
    ]);
  });
  test('a stylesheet: absolute and relative url()', () => {
    expect(
      referencesOf(
        '/_astro/site.css',
        '@font-face{src:url(./f.woff2)}a{b:url(/icons/i.svg)}',
      ).sort(),
    ).toEqual(['/_astro/f.woff2', '/icons/i.svg']);
  });
});

describe('planPrecache', () => {
  const page = (path: string, body: string) => ({ path, hash: sha(body), text: body });
  const files = [
    page('index.html', '<script src="/_astro/shared.js"></script><a href="/workshop/">x</a>'),
    page('refresh/index.html', '<astro-island component-url="/_astro/Search.js"></astro-island>'),
    page(
      'workshop/index.html',
      '<script src="/_astro/shared.js"></script><link rel="stylesheet" href="/_astro/print.css">' +
        '<astro-island component-url="/_astro/Console.js"></astro-island>',
    ),
    page('workshop/roster/index.html', '<a href="/">首页</a>'),
    page('_astro/shared.js', 'export{}'),
    page('_astro/Search.js', 'import{s}from"./shared.js";'),
    page('_astro/Console.js', 'import{s}from"./shared.js";const q=()=>import("./qr.js")'),
    page('_astro/qr.js', 'export{}'),
    page('_astro/print.css', '@font-face{src:url(./print.woff2)}'),
    { path: '_astro/print.woff2', hash: 'f' },
    { path: '_astro/orphan.js', hash: 'o' },
    { path: 'pagefind/pagefind.js', hash: 'p' },
    { path: 'pagefind/index/zh-cn_1.pf_index', hash: 'i' },
    { path: 'manifest.webmanifest', hash: 'm' },
    { path: 'icons/icon-512.png', hash: 'n' },
    { path: 'sw.js', hash: 'w' },
  ];

  test('learner pages and every asset they load (shared ones included) make the learner pack', () => {
    const plan = planPrecache(files, sha);
    expect(plan.learner).toEqual([
      '/',
      '/_astro/Search.js',
      '/_astro/orphan.js',
      '/_astro/shared.js',
      '/icons/icon-512.png',
      '/manifest.webmanifest',
      '/pagefind/index/zh-cn_1.pf_index',
      '/pagefind/pagefind.js',
      '/refresh/',
    ]);
  });
  test('workshop pages and the assets only they load make the trainer pack; a link pulls in no page', () => {
    const plan = planPrecache(files, sha);
    expect(plan.trainer).toEqual([
      '/_astro/Console.js',
      '/_astro/print.css',
      '/_astro/print.woff2',
      '/_astro/qr.js',
      '/workshop/',
      '/workshop/roster/',
    ]);
    expect(plan.trainer.filter((url) => plan.learner.includes(url))).toEqual([]);
  });
  test('data under /workshop/ that trainer pages fetch at run time goes with the trainer pack', () => {
    const plan = planPrecache([...files, { path: 'workshop/scenarios/x.json', hash: 'j' }], sha);
    expect(plan.trainer).toContain('/workshop/scenarios/x.json');
    expect(plan.learner).not.toContain('/workshop/scenarios/x.json');
    expect(plan.unreferenced).toEqual(['/_astro/orphan.js']);
  });
  test('the shared banks and scenarios learner islands fetch (/data/) are in the learner pack, not unreferenced', () => {
    const data = [
      { path: 'data/banks/contract.json', hash: 'b' },
      { path: 'data/scenarios/full-deal.json', hash: 's' },
    ];
    const plan = planPrecache([...files, ...data], sha);
    expect(plan.learner).toEqual(
      expect.arrayContaining(['/data/banks/contract.json', '/data/scenarios/full-deal.json']),
    );
    expect(plan.trainer.filter((url) => url.startsWith('/data/'))).toEqual([]);
    expect(plan.unreferenced).toEqual(['/_astro/orphan.js']);
  });
  test('an asset no page loads stays in the learner pack and is named', () => {
    expect(planPrecache(files, sha).unreferenced).toEqual(['/_astro/orphan.js']);
  });
  test('a page in neither pack stops the plan with a message naming it', () => {
    const withNew = [...files, page('glossary/index.html', '<h1>术语</h1>')];
    expect(() => planPrecache(withNew, sha)).toThrow(UnclassifiedPagesError);
    expect(() => planPrecache(withNew, sha)).toThrow(
      '这些页面没有归入学员离线包，也没有归入培训师离线包：/glossary/。请在 src/lib/offline/precache.ts 的 PAGE_ROUTES 里为它们归类（学员用的页面归 learner，/workshop/ 下的培训师页面归 trainer）。',
    );
  });
  test('gets a new version when any file of either pack changes, the same one in any order', () => {
    const plan = planPrecache(files, sha);
    expect(plan.version).toMatch(/^[0-9a-f]{16}$/);
    expect(planPrecache([...files].reverse(), sha).version).toBe(plan.version);
    const changed = files.map((f) => (f.path === '_astro/qr.js' ? { ...f, hash: 'changed' } : f));
    expect(planPrecache(changed, sha).version).not.toBe(plan.version);
    // The worker's own bytes do not feed its version (it is written from the version).
    const worker = files.map((f) => (f.path === 'sw.js' ? { ...f, hash: 'other' } : f));
    expect(planPrecache(worker, sha).version).toBe(plan.version);
  });
});
