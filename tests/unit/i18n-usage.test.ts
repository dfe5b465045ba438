import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { zhCN } from '../../src/i18n/zh-CN';

/** Source files that may use dictionary keys (everything but the dictionary itself). */
function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (path !== join('src', 'i18n')) out.push(...sources(path));
    } else if (/\.(ts|tsx|astro|mjs)$/.test(name)) out.push(readFileSync(path, 'utf8'));
  }
  return out;
}

/**
 * A key is used when it appears as a string literal somewhere in `src/` or `scripts/`, or when it
 * belongs to a family the code builds with a template literal whose fixed part names at least two
 * segments (`t(\`home.door.${door}.title\`)`). One-segment families (`quiz.${value}`) are too broad to
 * vouch for a key: their keys must also be listed literally (as the islands' key lists do), except
 * the callout labels, whose family is the closed set of `<Callout type>` values.
 */
describe('dictionary usage', () => {
  const code = [...sources('src'), ...sources('scripts')].join('\n');
  const families = [...code.matchAll(/[`'"]([a-zA-Z0-9_-]+(?:\.[a-zA-Z0-9_-]+)+\.)\$\{/g)].map(
    (match) => match[1]!,
  );
  const calloutTypes = /type: ('[a-z]+'(?: \| '[a-z]+')*);/
    .exec(readFileSync('src/components/Callout.astro', 'utf8'))?.[1]
    ?.split(' | ')
    .map((quoted) => `callout.${quoted.slice(1, -1)}`);

  test('finds the families and callout types it relies on', () => {
    expect(families).toContain('home.door.');
    expect(calloutTypes).toContain('callout.example');
  });

  test('every key of the zh-CN dictionary is used somewhere', () => {
    const used = (key: string) =>
      code.includes(`'${key}'`) ||
      code.includes(`"${key}"`) ||
      families.some((prefix) => key.startsWith(prefix)) ||
      (calloutTypes ?? []).includes(key);
    expect(Object.keys(zhCN).filter((key) => !used(key))).toEqual([]);
  });
});
