import { describe, expect, test } from 'vitest';
import { isId, isRecord } from '../../../../src/lib/util/guards';
import { fill } from '../../../../src/lib/util/template';

describe('isRecord', () => {
  test('accepts plain objects and rejects null, arrays and primitives', () => {
    expect(isRecord({})).toBe(true);
    expect(isRecord({ a: 1 })).toBe(true);
    expect(isRecord(null)).toBe(false);
    expect(isRecord([])).toBe(false);
    expect(isRecord('x')).toBe(false);
    expect(isRecord(undefined)).toBe(false);
  });
});

describe('isId', () => {
  test('accepts lower-case hyphenated ids and rejects everything else', () => {
    expect(isId('client-selection')).toBe(true);
    expect(isId('q1')).toBe(true);
    expect(isId('Client')).toBe(false);
    expect(isId('a--b')).toBe(false);
    expect(isId('-a')).toBe(false);
    expect(isId('')).toBe(false);
    expect(isId(3)).toBe(false);
  });
});

describe('fill', () => {
  test('fills named placeholders and leaves unknown ones as written', () => {
    expect(fill('{n} 题答对 {k} 题', { n: 5, k: 3 })).toBe('5 题答对 3 题');
    expect(fill('还差 {x}', {})).toBe('还差 {x}');
    expect(fill('无占位')).toBe('无占位');
  });
});
