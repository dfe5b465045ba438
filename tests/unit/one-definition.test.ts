/**
 * One copy of each shared helper (issue 13). Each helper below has one home; the test searches
 * `src/` and `scripts/` for any other definition, including a copy under another name that repeats
 * the helper's body, and names the file it found.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

function files(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...files(path));
    else if (/\.(ts|tsx|astro|mjs|js)$/.test(name)) out.push(path);
  }
  return out;
}

const sources = [...files('src'), ...files('scripts')].map((path) => ({
  path: path.split('\\').join('/'),
  text: readFileSync(path, 'utf8'),
}));

/** Files in which any of `patterns` matches. */
function definedIn(patterns: RegExp[]): string[] {
  return sources.filter((s) => patterns.some((p) => p.test(s.text))).map((s) => s.path);
}

const helpers: { name: string; home: string; patterns: RegExp[] }[] = [
  {
    name: 'isRecord (a plain JSON object guard)',
    home: 'src/lib/util/guards.ts',
    patterns: [
      /(?:function|const|let|var)\s+isRecord\b/,
      /typeof (\w+) === 'object' && \1 !== null && !Array\.isArray\(\1\)/,
    ],
  },
  {
    name: 'the content id pattern',
    home: 'src/schemas/id.ts',
    patterns: [/\[a-z0-9\]\+\(\?:-\[a-z0-9\]\+\)\*/],
  },
  {
    name: 'the storage namespace pattern',
    home: 'src/lib/storage/namespace.ts',
    patterns: [/\[a-z0-9\]\[a-z0-9-\]\{0,63\}/],
  },
  {
    name: 'assertNever (the end of an exhaustive switch)',
    home: 'src/lib/util/guards.ts',
    patterns: [/function assertNever\b|const assertNever\b/],
  },
  {
    name: 'the id and order check of content entries',
    home: 'src/lib/content/entries.ts',
    patterns: [/的 order 必须不同/, /连续编号/],
  },
  {
    name: 'fill (`{name}` placeholders in a UI string)',
    home: 'src/lib/util/template.ts',
    // A hand-filled placeholder (`text.replace('{n}', …)`) is a copy of fill too.
    patterns: [
      /^export (?:function|const) fill\b/m,
      /\\\{\(\\w\+\)\\\}/,
      /\.replace\(['"`]\{\w+\}/,
    ],
  },
];

describe('each shared helper is defined once', () => {
  for (const helper of helpers) {
    test(`${helper.name} is defined only in ${helper.home}`, () => {
      expect(definedIn(helper.patterns)).toEqual([helper.home]);
    });
  }

  test('the search finds a copy under another name (guards the test itself)', () => {
    const copy =
      "const isObj = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);";
    const patternsOf = (home: string) => helpers.find((h) => h.home === home)!.patterns;
    expect(patternsOf('src/lib/util/guards.ts')[1]!.test(copy)).toBe(true);
    expect(patternsOf('src/lib/storage/namespace.ts')[0]!.test(`/^[a-z0-9][a-z0-9-]{0,63}$/`)).toBe(
      true,
    );
    expect(
      patternsOf('src/lib/util/template.ts')[1]!.test(String.raw`s.replace(/\{(\w+)\}/g, f)`),
    ).toBe(true);
    expect(
      patternsOf('src/lib/util/template.ts')[2]!.test("s['path.continue'].replace('{title}', t)"),
    ).toBe(true);
  });
});
