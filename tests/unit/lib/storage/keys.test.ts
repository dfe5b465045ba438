import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { STORE_KEYS } from '../../../../src/lib/storage/keys';
import { STORES } from '../../../../src/lib/progress/registry';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory()
      ? files(path)
      : /\.(ts|tsx|astro|mjs)$/.test(name)
        ? [path]
        : [];
  });
}

describe('store keys', () => {
  test('are distinct and namespaced under tmc:', () => {
    const keys = Object.values(STORE_KEYS);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^tmc:[a-z-]+$/);
  });

  test('each progress registry entry uses the key of its name', () => {
    for (const spec of STORES) expect(spec.key).toBe(STORE_KEYS[spec.name]);
    expect(new Set(STORES.map((s) => s.name)).size).toBe(STORES.length);
  });

  test('are written out only in src/lib/storage/keys.ts', () => {
    const found = [...files('src'), ...files('scripts')].flatMap((path) => {
      const text = readFileSync(path, 'utf8');
      return (
        Object.values(STORE_KEYS)
          // Code quotes strings with ' (Prettier); "…" only appears in doc comments showing JSON.
          .filter((key) => text.includes(`'${key}'`))
          .map((key) => `${path.split('\\').join('/')}: ${key}`)
      );
    });
    expect(found.filter((f) => !f.startsWith('src/lib/storage/keys.ts:'))).toEqual([]);
    expect(found).toHaveLength(Object.keys(STORE_KEYS).length);
  });
});
