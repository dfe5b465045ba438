import { describe, expect, test } from 'vitest';
import {
  decodeResult,
  encodeResult,
  groupCode,
  normalizeCode,
  NAME_BYTES,
  type Catalog,
} from '../../../../src/lib/workshop/result-code';
import {
  addCodes,
  MAX_CODES,
  removeCode,
  sameNames,
  rosterCsv,
  rosterFormat,
  roomStats,
  selectItem,
} from '../../../../src/lib/workshop/roster';
import { decodeVersioned } from '../../../../src/lib/storage/versioned';
import { t } from '../../../../src/i18n';

const catalog: Catalog = {
  item: 'test:contract',
  keys: ['c-q1', 'c-q2', 'c-q3', 'c-q4', 'c-q5', 'c-q6', 'c-q7', 'c-q8', 'c-q9', 'c-q10'],
};
const result = {
  name: '王小明',
  percent: 80,
  results: [
    { key: 'c-q3', ok: true },
    { key: 'c-q1', ok: false },
    { key: 'c-q9', ok: true },
    { key: 'c-q2', ok: true },
    { key: 'c-q10', ok: false },
    { key: 'c-q5', ok: true },
    { key: 'c-q6', ok: true },
    { key: 'c-q7', ok: true },
    { key: 'c-q8', ok: true },
    { key: 'c-q4', ok: true },
  ],
};
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

describe('result codes', () => {
  test('round trip: name, item, score and each result in order', () => {
    const code = encodeResult(catalog, result);
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]+$/);
    expect(decodeResult(catalog, code)).toEqual({
      ok: true,
      value: { item: 'test:contract', ...result },
    });
  });
  test('the typed form (groups of four, lower case, O for 0, I/L for 1) decodes the same', () => {
    const code = encodeResult(catalog, result);
    const typed = groupCode(code).toLowerCase().replace(/0/g, 'o').replace(/1/g, 'l');
    expect(groupCode(code)).toMatch(/^([0-9A-Z]{4}-)*[0-9A-Z]{1,4}$/);
    expect(normalizeCode(typed)).toBe(code);
    expect(decodeResult(catalog, ` ${typed}\n`)).toEqual(decodeResult(catalog, code));
  });
  test('is short enough to type: a 10-question test with a three-character Chinese name fits in 13 groups of four', () => {
    expect(encodeResult(catalog, result).length).toBeLessThanOrEqual(52);
  });
  test('the checksum catches every single changed character', () => {
    const code = encodeResult(catalog, result);
    for (let i = 0; i < code.length; i++) {
      for (const ch of ALPHABET) {
        if (ch === code[i]) continue;
        const changed = code.slice(0, i) + ch + code.slice(i + 1);
        const decoded = decodeResult(catalog, changed);
        expect(decoded.ok, `${i}:${ch}`).toBe(false);
      }
    }
    expect(decodeResult(catalog, code.slice(0, 10) + code.slice(11))).toMatchObject({ ok: false });
    const mangled = code.slice(0, 5) + (code[5] === 'A' ? 'B' : 'A') + code.slice(6);
    expect(decodeResult(catalog, mangled)).toEqual({ ok: false, error: 'checksum' });
  });
  test('refuses codes of another item, and nonsense, each with a pinned message', () => {
    const other = encodeResult({ ...catalog, item: 'test:intelligence' }, result);
    expect(decodeResult(catalog, other)).toEqual({ ok: false, error: 'item' });
    expect(decodeResult(catalog, '')).toEqual({ ok: false, error: 'empty' });
    expect(decodeResult(catalog, '这不是结果码')).toEqual({ ok: false, error: 'malformed' });
    expect(t('code.error.item', { item: '综合考试' })).toBe(
      '这个结果码属于另一项练习，不是本场所选的「综合考试」，未计入。',
    );
    expect(t('code.error.checksum')).toBe(
      '结果码校验未通过：有字符抄错或被改动过，请让学员重新念一遍或直接复制。',
    );
    expect(t('code.error.malformed')).toBe(
      '结果码格式不对：可能抄漏或多抄了字符，请对照学员屏幕重新输入。',
    );
  });
  test('a code from an older content version is refused with a message, not misread', () => {
    const older: Catalog = { item: catalog.item, keys: catalog.keys.slice(0, 9) };
    const code = encodeResult(older, {
      ...result,
      results: result.results.filter((r) => r.key !== 'c-q10'),
      percent: 89,
    });
    expect(decodeResult(older, code).ok).toBe(true);
    expect(decodeResult(catalog, code)).toEqual({ ok: false, error: 'content' });
    expect(t('code.error.content')).toBe(
      '这个结果码来自另一版课程内容（题目已调整），无法对到本场的题目，未计入。请学员刷新页面后重做再生成。',
    );
  });
  test('names are cut to the byte limit without breaking a character, markup kept as plain text', () => {
    const long = encodeResult(catalog, { ...result, name: '欧阳'.repeat(20) });
    const decoded = decodeResult(catalog, long);
    expect(decoded.ok && decoded.value.name).toBe('欧阳'.repeat(4));
    expect(new TextEncoder().encode('欧阳'.repeat(4)).length).toBe(NAME_BYTES);
    const markup = decodeResult(catalog, encodeResult(catalog, { ...result, name: '<b>x</b>' }));
    expect(markup.ok && markup.value.name).toBe('<b>x</b>');
  });
  test('wide catalogs (more than 256 entries, e.g. the exam) keep every index', () => {
    const wide: Catalog = { item: 'exam', keys: Array.from({ length: 300 }, (_, i) => `q${i}`) };
    const r = {
      name: 'Li',
      percent: 67,
      results: [
        { key: 'q299', ok: true },
        { key: 'q0', ok: false },
        { key: 'q257', ok: true },
      ],
    };
    expect(decodeResult(wide, encodeResult(wide, r))).toEqual({
      ok: true,
      value: { item: 'exam', ...r },
    });
  });
});

describe('forged codes with a valid checksum are refused', () => {
  const forge = (r: typeof result) => decodeResult(catalog, encodeResult(catalog, r));
  test('a code with no answers at all', () => {
    expect(forge({ ...result, percent: 100, results: [] })).toEqual({
      ok: false,
      error: 'impossible',
    });
  });
  test('a score that is not the share of right answers (100 % with every answer wrong)', () => {
    const allWrong = result.results.map((r) => ({ ...r, ok: false }));
    expect(forge({ ...result, percent: 100, results: allWrong })).toEqual({
      ok: false,
      error: 'impossible',
    });
  });
  test('one question answered many times', () => {
    const repeated = Array.from({ length: 200 }, () => ({ key: 'c-q1', ok: false }));
    expect(forge({ ...result, percent: 0, results: repeated })).toEqual({
      ok: false,
      error: 'impossible',
    });
  });
  test('more or fewer questions than the test draws', () => {
    const sized: Catalog = { ...catalog, size: 8 };
    expect(decodeResult(sized, encodeResult(sized, result))).toEqual({
      ok: false,
      error: 'impossible',
    });
    const eight = { ...result, percent: 75, results: result.results.slice(0, 8) };
    expect(decodeResult(sized, encodeResult(sized, eight)).ok).toBe(true);
    expect(t('code.error.impossible')).toBe(
      '这个结果码内容不合常理（题数、得分或答题记录对不上），可能被改动过，未计入。请学员在自己的设备上重新生成。',
    );
  });
});

describe('roster', () => {
  const row = (name: string, percent: number, wrong: string[]) => ({
    name,
    percent,
    results: ['a', 'b', 'c'].map((key) => ({ key, ok: !wrong.includes(key) })),
  });
  test('statistics: count, mean, median, bands and what most people got wrong', () => {
    const stats = roomStats([
      row('甲', 100, []),
      row('乙', 67, ['b']),
      row('丙', 33, ['b', 'c']),
      row('丁', 67, ['c']),
    ]);
    expect(stats.count).toBe(4);
    expect(stats.mean).toBe(67);
    expect(stats.median).toBe(67);
    expect(stats.bands.map((b) => b.count)).toEqual([1, 2, 0, 0, 1]);
    expect(stats.missed).toEqual([
      { key: 'b', wrong: 2, asked: 4 },
      { key: 'c', wrong: 2, asked: 4 },
    ]);
  });
  test('a learner who hands in twice counts once, with the last code', () => {
    const stats = roomStats([row('甲', 33, ['a', 'b']), row('甲', 100, [])]);
    expect(stats.count).toBe(1);
    expect(stats.mean).toBe(100);
    expect(stats.missed).toEqual([]);
    expect(roomStats([]).median).toBe(0);
  });
  test('two learners with the same name are both visible; the trainer can count them as two people', () => {
    const rows = [row('王伟', 33, ['a', 'b']), row('李娜', 67, ['c']), row('王伟', 100, [])];
    expect(sameNames(rows)).toEqual(['王伟']);
    expect(roomStats(rows).count).toBe(2);
    const two = roomStats(rows, new Set(['王伟']));
    expect(two.count).toBe(3);
    expect(two.missed.find((m) => m.key === 'a')).toEqual({ key: 'a', wrong: 1, asked: 3 });
  });
  test('codes over the roster’s cap are refused and handed back, never silently dropped', () => {
    const codes = Array.from({ length: MAX_CODES + 50 }, (_, i) => `AB${i}`);
    const { roster, added, duplicates, over } = addCodes(
      selectItem(rosterFormat.initial(), 'exam'),
      codes,
    );
    expect(roster.codes).toHaveLength(MAX_CODES);
    expect(added).toBe(MAX_CODES);
    expect(duplicates).toBe(0);
    expect(over).toEqual(codes.slice(MAX_CODES));
  });
  test('codes are normalised and deduplicated; changing the item starts a new list', () => {
    let r = selectItem(rosterFormat.initial(), 'exam');
    const first = addCodes(r, ['ab12-cd34', 'AB12CD34', ' ']);
    r = first.roster;
    expect(first).toMatchObject({ added: 1, duplicates: 1, over: [] });
    expect(r.codes).toEqual(['AB12CD34']);
    expect(removeCode(r, 'AB12CD34').codes).toEqual([]);
    expect(selectItem(r, 'exam')).toBe(r);
    expect(selectItem(r, 'test:contract').codes).toEqual([]);
  });
  test('stored roster is versioned and survives damaged entries', () => {
    const read = decodeVersioned(
      JSON.stringify({ v: 1, item: 'exam', codes: ['AB12', 5, '<x>'] }),
      rosterFormat,
    );
    expect(read.value).toEqual({ v: 1, item: 'exam', codes: ['AB12'] });
    expect(decodeVersioned('{"v":9}', rosterFormat).status).toBe('recovered');
  });
  test('CSV: one row per learner, formula-like names kept as text, quotes escaped', () => {
    const csv = rosterCsv(
      [row('=HYPERLINK("x")', 67, ['b'])],
      ['a', 'b', 'c'],
      { a: '第一题' },
      { name: '名字', score: '得分' },
    );
    expect(csv).toBe('\uFEFF名字,得分,第一题,b,c\r\n"\'=HYPERLINK(""x"")",67,1,0,1\r\n');
  });
});
