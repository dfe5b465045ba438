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
    expect($storageNotices.get()).toContainEqual({ kind: 'unsaved', key: 'tmc:review' });
    expect($storageNotices.get().some((n) => n.kind === 'recovered')).toBe(false);
    expect(unsavedRecord('tmc:review')).toBe(RAW);
    stop();
  });

  test('a backup that reads back different from the original counts as not stored', async () => {
    breakBackups('mangle');
    const { $review, $storageNotices, stop } = await load();
    $review.set({ v: 1, cards: {} });
    expect(localStorage.getItem('tmc:review')).toBe(RAW);
    expect($storageNotices.get()).toContainEqual({ kind: 'unsaved', key: 'tmc:review' });
    stop();
  });

  test('once the backup is verifiably stored, the record is replaced and the notice says a backup exists', async () => {
    localStorage.setItem('tmc:review', RAW);
    const { $review, $storageNotices, unsavedRecord, stop } = await load();
    $review.set({ v: 1, cards: {} });
    expect(localStorage.getItem('tmc:review:backup')).toBe(RAW);
    expect(localStorage.getItem('tmc:review')).toBe('{"v":1,"cards":{}}');
    expect($storageNotices.get()).toEqual([{ kind: 'recovered', key: 'tmc:review' }]);
    expect(unsavedRecord('tmc:review')).toBeUndefined();
    stop();
  });
});
