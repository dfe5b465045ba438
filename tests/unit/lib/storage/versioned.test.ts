import { describe, expect, test } from 'vitest';
import { decodeVersioned, type VersionedFormat } from '../../../../src/lib/storage/versioned';

interface V3 {
  v: 3;
  items: string[];
}

/** A format with history: v1 stored `list` as a comma string, v2 renamed it, v3 is current. */
const format: VersionedFormat<V3> = {
  version: 3,
  minVersion: 1,
  migrations: {
    1: (old) => ({ v: 2, list: String(old['list']).split(',') }),
    2: (old) => ({ v: 3, items: old['list'] }),
  },
  parse: (payload) => {
    const items = payload['items'];
    if (!Array.isArray(items)) return undefined;
    const kept = items.filter((item): item is string => typeof item === 'string');
    return { value: { v: 3, items: kept }, dropped: items.length - kept.length };
  },
  initial: () => ({ v: 3, items: [] }),
};

describe('decodeVersioned', () => {
  test('starts empty when nothing is stored', () => {
    expect(decodeVersioned(undefined, format)).toEqual({
      value: { v: 3, items: [] },
      status: 'empty',
    });
    expect(decodeVersioned(null, format).status).toBe('empty');
  });
  test('reads the current version as it is', () => {
    expect(decodeVersioned('{"v":3,"items":["a"]}', format)).toEqual({
      value: { v: 3, items: ['a'] },
      status: 'ok',
    });
  });
  test('migrates every older version step by step', () => {
    expect(decodeVersioned('{"v":1,"list":"a,b"}', format)).toEqual({
      value: { v: 3, items: ['a', 'b'] },
      status: 'migrated',
    });
    expect(decodeVersioned('{"v":2,"list":["c"]}', format)).toEqual({
      value: { v: 3, items: ['c'] },
      status: 'migrated',
    });
  });
  test.each([
    ['not JSON', '{oops'],
    ['JSON that is not an object', '[1,2]'],
    ['an object without a version', '{"items":[]}'],
    ['a version newer than this code', '{"v":4,"items":[]}'],
    ['a version older than the oldest supported', '{"v":0}'],
    ['a fractional version', '{"v":2.5}'],
    ['a payload that fails its check', '{"v":3,"items":"x"}'],
  ])('recovers to a fresh value from %s', (_name, raw) => {
    expect(decodeVersioned(raw, format)).toEqual({
      value: { v: 3, items: [] },
      status: 'recovered',
    });
  });
  test('keeps what a parser salvaged and reports the recovery with the count left out', () => {
    expect(decodeVersioned('{"v":3,"items":["a",5,null]}', format)).toEqual({
      value: { v: 3, items: ['a'] },
      status: 'recovered',
      dropped: 2,
    });
  });
  test('recovers when a migration throws or is missing', () => {
    const broken: VersionedFormat<V3> = {
      ...format,
      migrations: {
        1: () => {
          throw new Error('bad');
        },
      },
    };
    expect(decodeVersioned('{"v":1,"list":"a"}', broken).status).toBe('recovered');
    expect(decodeVersioned('{"v":2,"list":["a"]}', broken).status).toBe('recovered');
  });
});
