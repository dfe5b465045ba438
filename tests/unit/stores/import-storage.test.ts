// @vitest-environment happy-dom
// An import into a browser storage that fills up part-way: all stores are written or none.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { mine, theirs } from '../../fixtures/progress';

const KEYS = Object.keys(mine);

/** A localStorage holding `mine` (or `held`) that refuses writes once `quota` more characters are stored. */
function storageWithRoom(
  quota: number,
  held: Record<string, string> = Object.fromEntries(KEYS.map((k) => [k, JSON.stringify(mine[k])])),
): Map<string, string> {
  const items = new Map<string, string>(Object.entries(held));
  const used = () => [...items.values()].reduce((n, v) => n + v.length, 0);
  const limit = used() + quota;
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => {
      const before = items.get(key);
      items.set(key, value);
      if (used() > limit) {
        if (before === undefined) items.delete(key);
        else items.set(key, before);
        throw new DOMException('full', 'QuotaExceededError');
      }
    },
    removeItem: (key: string) => void items.delete(key),
  });
  return items;
}

beforeEach(() => vi.resetModules());
vi.setConfig({ testTimeout: 20_000 });
afterEach(() => vi.unstubAllGlobals());

async function load() {
  const io = await import('../../../src/stores/progress-io');
  const { $storageNotices } = await import('../../../src/stores/storage');
  return { ...io, $storageNotices };
}

describe('an import writes all stores or none', () => {
  test('when storage fills up part-way, nothing is changed, in storage or on the page, and the result says so', async () => {
    const items = storageWithRoom(120);
    const before = new Map(items);
    const { commitImport, currentValues } = await load();
    const shown = currentValues();
    expect(commitImport(theirs, 'replace')).toBe('failed');
    expect(items).toEqual(before);
    expect(currentValues()).toEqual(shown);
  });
  test('with room, every store is written, read back and reported saved', async () => {
    const items = storageWithRoom(100_000);
    const { commitImport, currentValues } = await load();
    expect(commitImport(theirs, 'replace')).toBe('saved');
    for (const key of KEYS) expect(JSON.parse(items.get(key)!)).toEqual(theirs[key]);
    expect(currentValues()).toEqual(theirs);
  });
});

describe('a reset clears every store or none, and says which', () => {
  test('with a record that could be neither read nor backed up, nothing is cleared and the result says so', async () => {
    // Unreadable, and too long for its backup to fit: the storage rule keeps it, so the reset stops.
    const held = Object.fromEntries(KEYS.map((k) => [k, JSON.stringify(mine[k])]));
    held['tmc:mistakes'] = `{${'x'.repeat(400)}`;
    const items = storageWithRoom(100, held);
    const before = new Map(items);
    const { resetProgress, currentValues, $storageNotices } = await load();
    const shown = currentValues();
    expect(resetProgress()).toBe('failed');
    expect(items).toEqual(before);
    expect(currentValues()).toEqual(shown);
    expect($storageNotices.get()).toContainEqual({
      kind: 'unsaved',
      key: 'tmc:mistakes',
      dropped: 0,
    });
  });
  test('otherwise every store is written empty, read back and reported saved', async () => {
    const items = storageWithRoom(100_000);
    const { resetProgress, currentValues } = await load();
    const { STORES } = await import('../../../src/lib/progress/registry');
    expect(resetProgress()).toBe('saved');
    for (const spec of STORES)
      expect(JSON.parse(items.get(spec.key)!)).toEqual(spec.format.initial());
    expect(Object.values(currentValues())).toEqual(STORES.map((spec) => spec.format.initial()));
  });
});
