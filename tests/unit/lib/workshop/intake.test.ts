import { describe, expect, test } from 'vitest';
import {
  encodeResult,
  groupCode,
  normalizeCode,
  type Catalog,
} from '../../../../src/lib/workshop/result-code';
import { isNewSighting, SCAN_QUIET_MS, takeCodes } from '../../../../src/lib/workshop/intake';
import { MAX_CODES, type Roster } from '../../../../src/lib/workshop/roster';

const keys = ['q1', 'q2', 'q3', 'q4'];
const catalog: Catalog = { item: 'test:contract', keys, size: 4 };
const other: Catalog = { item: 'test:pricing', keys, size: 4 };
const code = (name: string, right: number, cat: Catalog = catalog) =>
  encodeResult(cat, {
    name,
    percent: (right / 4) * 100,
    results: keys.map((key, i) => ({ key, ok: i < right })),
  });
const empty: Roster = { v: 1, item: 'test:contract', codes: [] };

describe('takeCodes: one path for pasted and scanned codes', () => {
  test('adds good codes, names each learner with the score, and reports the line of each refused one', () => {
    const a = code('小王', 3);
    const tampered = a.slice(0, 5) + (a[5] === 'A' ? 'B' : 'A') + a.slice(6);
    const r = takeCodes(empty, catalog, [
      groupCode(a),
      '',
      tampered,
      code('李娜', 4, other),
      code('张三', 2),
    ]);
    expect(r.roster.codes).toEqual([a, code('张三', 2)]);
    expect(r.accepted.map((x) => [x.line, x.value.name, x.value.percent, x.fresh])).toEqual([
      [1, '小王', 75, true],
      [5, '张三', 50, true],
    ]);
    expect(r.refused).toEqual([
      { line: 3, text: tampered, error: 'checksum' },
      { line: 4, text: code('李娜', 4, other), error: 'item' },
    ]);
    expect([r.added, r.duplicates, r.over]).toEqual([2, 0, []]);
  });

  test('the same learner again (same code, grouped or not) is recognised and not counted twice', () => {
    const a = code('小王', 3);
    const first = takeCodes(empty, catalog, [a]);
    const again = takeCodes(first.roster, catalog, [groupCode(a).toLowerCase()]);
    expect(again.roster.codes).toEqual([a]);
    expect(again.accepted).toEqual([
      {
        line: 1,
        value: { item: 'test:contract', name: '小王', percent: 75, results: expect.any(Array) },
        fresh: false,
      },
    ]);
    expect([again.added, again.duplicates]).toEqual([0, 1]);
    // Twice in one paste: once added, once recognised.
    const twice = takeCodes(empty, catalog, [a, a]);
    expect(twice.accepted.map((x) => x.fresh)).toEqual([true, false]);
    expect(twice.roster.codes).toHaveLength(1);
  });

  test('good codes past the cap are handed back, not dropped', () => {
    const full: Roster = {
      ...empty,
      codes: Array.from({ length: MAX_CODES }, (_, i) => normalizeCode(code(`学员${i}`, 2))),
    };
    const r = takeCodes(full, catalog, [code('迟到的人', 4)]);
    expect(r.over).toEqual([code('迟到的人', 4)]);
    expect(r.accepted).toEqual([]);
    expect(r.roster.codes).toHaveLength(MAX_CODES);
  });
});

describe('isNewSighting: a code held up to the camera is handled once', () => {
  test('the same text in consecutive frames is not new; another text is', () => {
    expect(isNewSighting(undefined, 'A', 0)).toBe(true);
    expect(isNewSighting({ text: 'A', at: 0 }, 'A', 100)).toBe(false);
    expect(isNewSighting({ text: 'A', at: 0 }, 'B', 100)).toBe(true);
  });

  test('the same text shown again after a pause is handled again (and then recognised as already in)', () => {
    expect(isNewSighting({ text: 'A', at: 0 }, 'A', SCAN_QUIET_MS - 1)).toBe(false);
    expect(isNewSighting({ text: 'A', at: 0 }, 'A', SCAN_QUIET_MS)).toBe(true);
    expect(isNewSighting({ text: 'A', at: 0 }, 'A', 50, 10)).toBe(true);
  });
});
