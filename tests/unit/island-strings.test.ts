/**
 * One way for UI strings to reach islands (issue 13; docs/style-guide.md 「界面文字怎么交给交互组件」):
 * a `*_KEYS` list checked against the dictionary, `strings: Strings<typeof X_KEYS>` on the island,
 * `strings={pick(...X_KEYS)}` on the page. This test names every place that does it another way.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

function files(dir: string, pattern: RegExp): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...files(path, pattern));
    else if (pattern.test(name))
      out.push({ path: path.split('\\').join('/'), text: readFileSync(path, 'utf8') });
  }
  return out;
}

const astro = files('src', /\.astro$/);
// strings.ts defines the type (and shows it in its comment); everything else uses it.
const islands = files('src/islands', /\.tsx?$/).filter(
  ({ path }) => !path.endsWith('src/islands/strings.ts'),
);

/** Every `name={…}` attribute whose name is `strings` or ends in `Strings`, with its value. */
function stringAttributes(text: string): { name: string; value: string }[] {
  return [...text.matchAll(/\b(strings|\w+Strings)=\{/g)].map((match) => {
    let depth = 1;
    let end = match.index + match[0].length;
    while (depth > 0 && end < text.length) {
      const char = text[end++];
      if (char === '{') depth++;
      if (char === '}') depth--;
    }
    return { name: match[1]!, value: text.slice(match.index + match[0].length, end - 1) };
  });
}

/** The declared type of every `strings` / `s` prop or parameter (destructuring renames excluded). */
function stringTypes(text: string): string[] {
  return [...text.matchAll(/\b(?:strings|s)\??:\s*([A-Z][^;,)\n}]*?)\s*(?=[;,)\n}])/g)].map(
    (match) => match[1]!.trim(),
  );
}

describe('strings reach islands one way', () => {
  test('the scan finds the pages and islands it checks', () => {
    const attributes = astro.flatMap((file) => stringAttributes(file.text));
    expect(attributes.length).toBeGreaterThan(25);
    expect(islands.flatMap((file) => stringTypes(file.text)).length).toBeGreaterThan(40);
    // The scanners themselves: what a wrong page or island would look like is found.
    expect(stringAttributes(`<X strings={pick('a.b', 'c.d')} chartStrings={s} />`)).toEqual([
      { name: 'strings', value: "pick('a.b', 'c.d')" },
      { name: 'chartStrings', value: 's' },
    ]);
    expect(
      stringTypes(
        "interface P {\n  strings: Record<'a.b', string>;\n}\nfunction F({ strings: s }: P) {}\nfunction G(v: V, s: Strings<typeof G_KEYS>) {}",
      ),
    ).toEqual(["Record<'a.b'", 'Strings<typeof G_KEYS>']);
  });

  test('pages pass `strings={pick(...X_KEYS)}` and nothing else', () => {
    const wrong = astro.flatMap(({ path, text }) =>
      stringAttributes(text)
        .filter(
          ({ name, value }) => name !== 'strings' || !/^pick\(\.\.\.[A-Z_]+_KEYS\)$/.test(value),
        )
        .map(({ name, value }) => `${path}: ${name}={${value}}`),
    );
    expect(wrong).toEqual([]);
  });

  test('islands type their strings as `Strings<typeof X_KEYS>`', () => {
    const wrong = islands.flatMap(({ path, text }) =>
      stringTypes(text)
        .filter(
          (type) => !/^Strings<typeof [A-Z_]+_KEYS>$/.test(type) && type !== "Props['strings']",
        )
        .map((type) => `${path}: ${type}`),
    );
    expect(wrong).toEqual([]);
  });

  test('no island declares a strings type of its own', () => {
    const aliases = islands.flatMap(({ path, text }) =>
      [...text.matchAll(/\btype (\w*Strings|Key|Keys)\b/g)].map((m) => `${path}: ${m[1]}`),
    );
    expect(aliases).toEqual([]);
  });

  test('every key list is checked against the dictionary', () => {
    const lists = islands.flatMap(({ path, text }) =>
      [...text.matchAll(/export const ([A-Z_]+_KEYS) = \[[\s\S]*?\](.*);/g)].map((m) => ({
        path,
        name: m[1]!,
        tail: m[2]!.trim(),
      })),
    );
    expect(lists.length).toBeGreaterThan(20);
    expect(
      lists
        .filter(({ tail }) => tail !== 'as const satisfies readonly MessageKey[]')
        .map(({ path, name }) => `${path}: ${name}`),
    ).toEqual([]);
    // Key lists live in key files, which pages import without pulling an island into the page.
    expect(
      lists
        .filter(({ path }) => !/\/(keys|present-keys)\.ts$/.test(path))
        .map(({ path, name }) => `${path}: ${name}`),
    ).toEqual([]);
  });
});
