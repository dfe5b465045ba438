// @vitest-environment happy-dom
// src/stores/storage.ts installs its engine over happy-dom's localStorage when first imported, so
// each test seeds storage, then imports a fresh copy of the modules.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

const RAW = `{"v":1,"cards":{"broken":${'9'.repeat(5000)}`;

beforeEach(() => {
  localStorage.clear();
  vi.resetModules();
});
afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

async function load() {
  const storage = await import('../../../src/stores/storage');
  const review = await import('../../../src/stores/review');
  const stop = review.$review.listen(() => undefined);
  return { ...storage, ...review, stop };
}

/**
 * A localStorage that refuses (or silently mangles) writes of backup keys, as a nearly full store
 * does, installed in place of happy-dom's.
 */
function breakBackups(how: 'throw' | 'mangle'): void {
  const items = new Map<string, string>([['tmc:review', RAW]]);
  const fake: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> = {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      if (!key.endsWith(':backup')) return void items.set(key, value);
      if (how === 'throw') throw new DOMException('full', 'QuotaExceededError');
      items.set(key, value.slice(0, 10));
    },
    removeItem: (key) => void items.delete(key),
  };
  vi.stubGlobal('localStorage', fake);
}

describe('unreadable records and their backups', () => {
  test('never overwrites an unreadable record whose backup could not be stored; keeps working in memory and offers the raw record', async () => {
    breakBackups('throw');
    const { $review, $storageNotices, unsavedRecord, stop } = await load();
    $review.set({ v: 1, cards: {} });
    expect(localStorage.getItem('tmc:review')).toBe(RAW);
    expect($review.get()).toEqual({ v: 1, cards: {} });
    expect($storageNotices.get()).toContainEqual({
      kind: 'unsaved',
      key: 'tmc:review',
      dropped: 0,
    });
    expect($storageNotices.get().some((n) => n.kind === 'recovered')).toBe(false);
    expect(unsavedRecord('tmc:review')).toBe(RAW);
    stop();
  });

  test('a backup that reads back different from the original counts as not stored', async () => {
    breakBackups('mangle');
    const { $review, $storageNotices, stop } = await load();
    $review.set({ v: 1, cards: {} });
    expect(localStorage.getItem('tmc:review')).toBe(RAW);
    expect($storageNotices.get()).toContainEqual({
      kind: 'unsaved',
      key: 'tmc:review',
      dropped: 0,
    });
    stop();
  });

  test('once the backup is verifiably stored, the record is replaced and the notice says a backup exists', async () => {
    localStorage.setItem('tmc:review', RAW);
    const { $review, $storageNotices, unsavedRecord, stop } = await load();
    $review.set({ v: 1, cards: {} });
    expect(localStorage.getItem('tmc:review:backup')).toBe(RAW);
    expect(localStorage.getItem('tmc:review')).toBe('{"v":1,"cards":{}}');
    expect($storageNotices.get()).toEqual([{ kind: 'recovered', key: 'tmc:review', dropped: 0 }]);
    expect(unsavedRecord('tmc:review')).toBeUndefined();
    stop();
  });
});

describe('records with impossible values', () => {
  test('the notice counts the records left out of a partly readable record', async () => {
    const card = {
      due: '2026-11-27T08:00:00.000Z',
      stability: 2,
      difficulty: 5,
      elapsedDays: 0,
      scheduledDays: 2,
      learningSteps: 0,
      reps: 1,
      lapses: 0,
      state: 2,
    };
    localStorage.setItem(
      'tmc:review',
      JSON.stringify({
        v: 1,
        cards: {
          'q:a': card,
          'q:b': { ...card, difficulty: 99 },
          'q:c': { ...card, due: '2026-02-30T00:00:00.000Z' },
        },
      }),
    );
    const { $review, $storageNotices, stop } = await load();
    expect(Object.keys($review.get().cards)).toEqual(['q:a']);
    expect($storageNotices.get()).toEqual([{ kind: 'recovered', key: 'tmc:review', dropped: 2 }]);
    stop();
  });
});

describe('storage that throws on reading', () => {
  test('a record that cannot be read is never written over; the page works in memory and says so', async () => {
    const writes: string[] = [];
    vi.stubGlobal('localStorage', {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: (key: string) => void writes.push(key),
      removeItem: () => undefined,
    });
    const { $review, $storageNotices, writeAll, stop } = await load();
    expect($review.get()).toEqual({ v: 1, cards: {} });
    $review.set({ v: 1, cards: {} });
    expect(writes.filter((key) => key !== 'tmc:probe')).toEqual([]);
    expect($storageNotices.get()).toContainEqual({ kind: 'unavailable' });
    expect(writeAll({ 'tmc:review': '{}' })).toBe('failed');
    expect(writeAll({ 'tmc:reading': '{}' })).toBe('failed');
    stop();
  });
});
