import { describe, expect, test } from 'vitest';
import {
  completion,
  markRead,
  markUnread,
  readingFormat,
} from '../../../../src/lib/progress/reading';
import { decodeVersioned } from '../../../../src/lib/storage/versioned';

const at = '2026-11-27T04:00:00.000Z';

describe('reading progress', () => {
  test('marks a lesson read once and keeps the first time', () => {
    const once = markRead(readingFormat.initial(), 'contract', at);
    expect(once).toEqual({ v: 1, read: { contract: at } });
    expect(markRead(once, 'contract', '2026-12-01T00:00:00.000Z')).toBe(once);
  });
  test('marks a lesson unread', () => {
    expect(markUnread(markRead(readingFormat.initial(), 'a', at), 'a')).toEqual({ v: 1, read: {} });
    const empty = readingFormat.initial();
    expect(markUnread(empty, 'a')).toBe(empty);
  });
  test('counts only lessons that still exist', () => {
    const progress = { v: 1 as const, read: { a: at, removed: at } };
    expect(completion(progress, ['a', 'b', 'c', 'd'])).toEqual({ read: 1, total: 4, percent: 25 });
    expect(completion(progress, [])).toEqual({ read: 0, total: 0, percent: 0 });
  });
  test('decodes stored progress and drops unreadable entries', () => {
    expect(decodeVersioned(`{"v":1,"read":{"a":"${at}"}}`, readingFormat).status).toBe('ok');
    expect(
      decodeVersioned(
        `{"v":1,"read":{"a":"${at}","BAD ID":"${at}","b":"not a date","c":5}}`,
        readingFormat,
      ),
    ).toEqual({
      value: { v: 1, read: { a: at } },
      status: 'recovered',
      dropped: 3,
    });
    expect(decodeVersioned('{"v":1,"read":[]}', readingFormat).status).toBe('recovered');
  });
});
