import { describe, expect, test } from 'vitest';
import {
  formatBytes,
  namedFailures,
  packAfter,
  parsePackMessage,
} from '../../../../src/lib/offline/pack';

describe('parsePackMessage', () => {
  test('accepts the three messages of the worker', () => {
    const progress = {
      type: 'trainer-pack-progress',
      done: 3,
      total: 33,
      bytes: 1000,
      totalBytes: 9000,
    };
    expect(parsePackMessage(progress)).toEqual(progress);
    const done = { type: 'trainer-pack-done', total: 33, totalBytes: 9000 };
    expect(parsePackMessage(done)).toEqual(done);
    const failed = { type: 'trainer-pack-failed', urls: ['/workshop/'], done: 32, total: 33 };
    expect(parsePackMessage(failed)).toEqual(failed);
  });
  test('ignores other messages and malformed ones', () => {
    expect(parsePackMessage(null)).toBeUndefined();
    expect(parsePackMessage('trainer-pack-done')).toBeUndefined();
    expect(parsePackMessage({ type: 'precache-missing', urls: ['/'] })).toBeUndefined();
    expect(
      parsePackMessage({ type: 'trainer-pack-done', total: -1, totalBytes: 0 }),
    ).toBeUndefined();
    expect(
      parsePackMessage({
        type: 'trainer-pack-progress',
        done: 1.5,
        total: 2,
        bytes: 0,
        totalBytes: 0,
      }),
    ).toBeUndefined();
    expect(
      parsePackMessage({ type: 'trainer-pack-failed', urls: [1], done: 0, total: 1 }),
    ).toBeUndefined();
  });
});

describe('packAfter', () => {
  test('each message gives the whole state to show', () => {
    expect(
      packAfter({ type: 'trainer-pack-progress', done: 3, total: 33, bytes: 10, totalBytes: 90 }),
    ).toEqual({ kind: 'progress', done: 3, total: 33, bytes: 10, totalBytes: 90 });
    expect(packAfter({ type: 'trainer-pack-done', total: 33, totalBytes: 90 })).toEqual({
      kind: 'done',
      total: 33,
      totalBytes: 90,
    });
    expect(
      packAfter({ type: 'trainer-pack-failed', urls: ['/workshop/roster/'], done: 32, total: 33 }),
    ).toEqual({ kind: 'failed', urls: ['/workshop/roster/'], done: 32, total: 33 });
  });
});

describe('formatBytes', () => {
  test('KB below a megabyte, one decimal MB above', () => {
    expect(formatBytes(0)).toBe('0 KB');
    expect(formatBytes(300)).toBe('1 KB');
    expect(formatBytes(30_765)).toBe('30 KB');
    expect(formatBytes(1024 * 1024 - 1)).toBe('1024 KB');
    expect(formatBytes(1_825_000)).toBe('1.7 MB');
  });
});

describe('namedFailures', () => {
  test('names the first five and counts the rest', () => {
    const urls = ['/a/', '/b/', '/c/', '/d/', '/e/', '/f/', '/g/'];
    expect(namedFailures(urls)).toEqual({ shown: urls.slice(0, 5), more: 2 });
    expect(namedFailures(['/a/'])).toEqual({ shown: ['/a/'], more: 0 });
  });
});
