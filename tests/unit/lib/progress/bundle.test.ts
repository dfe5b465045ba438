import { describe, expect, test } from 'vitest';

// Test files poke at untyped JSON on purpose.
/* eslint-disable @typescript-eslint/no-explicit-any */
import {
  applyImport,
  buildBundle,
  bundleText,
  FORMAT,
  MAX_BYTES,
  readBundle,
  summarize,
  type ImportError,
} from '../../../../src/lib/progress/bundle';
import { canonicalJson, hashText } from '../../../../src/lib/progress/hash';
import { STORES } from '../../../../src/lib/progress/registry';
import { t } from '../../../../src/i18n';
import { mine, theirs } from '../../../fixtures/progress';

const AT = '2026-11-27T08:00:00.000Z';
const NOW = new Date('2026-11-29T08:00:00.000Z');
const text = (values = mine) => bundleText(buildBundle(values, AT, 'c0ffee01'));
const bytes = (s: string) => new TextEncoder().encode(s).length;
const read = (s: string) => readBundle(s, bytes(s));
/** Re-signs an edited file, so a check other than the checksum must catch it. */
function resign(edit: (file: Record<string, any>) => void): string {
  const file = JSON.parse(text());
  edit(file);
  file.checksum = hashText(canonicalJson(file.stores));
  return JSON.stringify(file);
}

describe('export file', () => {
  test('has format, schema, export time, content version and a checksum over the canonical payload', () => {
    const file = JSON.parse(text());
    expect(file).toMatchObject({ format: FORMAT, schema: 1, exportedAt: AT, content: 'c0ffee01' });
    expect(file.checksum).toBe(hashText(canonicalJson(file.stores)));
    expect(Object.keys(file.stores)).toEqual(STORES.map((s) => s.key));
  });
  test('export → import is lossless', () => {
    const result = read(text());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.values).toEqual(mine);
  });
  test('an empty learner round-trips to empty stores', () => {
    const result = read(text({}));
    expect(result.ok && Object.values(result.values)).toEqual(
      STORES.map((s) => s.format.initial()),
    );
  });
  test('key order in the file does not matter for the checksum', () => {
    const file = JSON.parse(text());
    const reordered = {
      ...file,
      stores: Object.fromEntries(Object.entries(file.stores).reverse()),
    };
    expect(read(JSON.stringify(reordered)).ok).toBe(true);
  });
});

describe('bad files are refused with their pinned message', () => {
  const cases: [string, () => string, ImportError, string][] = [
    [
      'not ours (other JSON)',
      () => JSON.stringify({ hello: 'world' }),
      'not-ours',
      '这不是本课程导出的进度文件，没有导入。你现有的记录没有任何改动。',
    ],
    [
      'not ours (not JSON)',
      () => '<html>report</html>',
      'not-ours',
      '这不是本课程导出的进度文件，没有导入。你现有的记录没有任何改动。',
    ],
    [
      'truncated',
      () => text().slice(0, 300),
      'truncated',
      '文件不完整（可能下载或复制时被截断了），没有导入。你现有的记录没有任何改动。',
    ],
    [
      'an empty file',
      () => ' \n',
      'empty',
      '文件是空的，没有导入。请确认选的是导出的进度文件。你现有的记录没有任何改动。',
    ],
    [
      'a JSON syntax error (a comma too many), not a truncated file',
      () => text().replace('"schema": 1,', '"schema": 1,,'),
      'syntax',
      '文件内容有格式错误（可能被手工编辑过），没有导入。请重新导出一份。你现有的记录没有任何改动。',
    ],
    [
      'a file nested 5,000 levels deep (would overflow the stack)',
      () =>
        resign((f) => (f.stores['tmc:review'] = { v: 1, cards: {} })).replace(
          '"cards":{}',
          `"cards":{"x":${'['.repeat(5000)}${']'.repeat(5000)}}`,
        ),
      'damaged',
      '文件里有读不懂的记录，没有导入。你现有的记录没有任何改动。',
    ],
    [
      'tampered (a score raised by hand)',
      () => text().replace('"percent": 50', '"percent": 100'),
      'tampered',
      '文件内容和校验码对不上（导出后被改动或损坏了），没有导入。你现有的记录没有任何改动。',
    ],
    [
      'newer file schema',
      () => resign((f) => (f.schema = 2)),
      'newer',
      '文件来自更新版本的课程网站，这个版本读不了。请刷新页面或稍后再试。你现有的记录没有任何改动。',
    ],
    [
      'newer store version',
      () => resign((f) => (f.stores['tmc:review'].v = 2)),
      'newer',
      '文件来自更新版本的课程网站，这个版本读不了。请刷新页面或稍后再试。你现有的记录没有任何改动。',
    ],
    [
      'a store that does not parse',
      () => resign((f) => (f.stores['tmc:mistakes'].entries.q2.misses = 'many')),
      'damaged',
      '文件里有读不懂的记录，没有导入。你现有的记录没有任何改动。',
    ],
    [
      'missing checksum',
      () => JSON.stringify({ ...JSON.parse(text()), checksum: undefined }),
      'damaged',
      '文件里有读不懂的记录，没有导入。你现有的记录没有任何改动。',
    ],
  ];
  test.each(cases)('%s', (_name, make, error, message) => {
    const result = read(make());
    expect(result).toEqual({ ok: false, error });
    expect(t(`data.import.error.${error}`)).toBe(message);
  });
  test('too large, checked before parsing', () => {
    expect(readBundle('{}', MAX_BYTES + 1)).toEqual({ ok: false, error: 'too-large' });
    expect(readBundle(' '.repeat(MAX_BYTES + 1), 10)).toEqual({ ok: false, error: 'too-large' });
    expect(MAX_BYTES).toBe(2 * 1024 * 1024);
    expect(t('data.import.error.too-large')).toBe(
      '文件超过 2 MB，不像是本课程的进度文件，没有导入。你现有的记录没有任何改动。',
    );
  });
});

describe('merge keeps the best of both, replace takes the file', () => {
  const merged = applyImport(mine, theirs, 'merge', NOW) as Record<string, any>;
  test('reading: union, earliest time', () => {
    expect(merged['tmc:reading'].read).toEqual({
      contract: '2026-11-19T10:00:00.000Z',
      intelligence: '2026-11-21T10:00:00.000Z',
      'customer-care': '2026-11-25T10:00:00.000Z',
    });
  });
  test('attempts: every attempt once, in time order, so the best score is kept', () => {
    expect(
      merged['tmc:quiz-attempts'].tests.contract.attempts.map(
        (a: { percent: number }) => a.percent,
      ),
    ).toEqual([50, 100]);
    expect(merged['tmc:quiz-attempts'].tests.contract.seed).toBe(7);
    expect(merged['tmc:quiz-attempts'].tests.exam.attempts).toHaveLength(1);
  });
  test('mistakes: union; same miss day unions the fixes', () => {
    expect(merged['tmc:mistakes'].entries).toEqual({
      q2: { lesson: 'contract', missed: '2026-11-20', misses: 1, fixes: ['2026-11-26'] },
      q9: { lesson: 'intelligence', missed: '2026-11-26', misses: 2, fixes: [] },
    });
  });
  test('runs: union of history; review: the card answered last', () => {
    expect(merged['tmc:scenario-runs'].history.map((r: { seed: number }) => r.seed)).toEqual([
      1, 2,
    ]);
    expect(merged['tmc:review'].cards['q:q2'].reps).toBe(2);
  });
  test('merging is idempotent and replace takes the file as is', () => {
    expect(applyImport(merged, merged, 'merge', NOW)).toEqual(merged);
    expect(applyImport(mine, mine, 'merge', NOW)).toEqual(mine);
    expect(applyImport(mine, theirs, 'replace', NOW)).toEqual(theirs);
  });
  test('the summary counts what is here, in the file and after a merge', () => {
    expect(summarize(mine, theirs, 'aaaa', 'aaaa', NOW)).toEqual({
      lines: [
        { kind: 'lessons', mine: 2, file: 2, merged: 3, left: 0 },
        { kind: 'attempts', mine: 1, file: 3, merged: 3, left: 0 },
        { kind: 'mistakes', mine: 1, file: 2, merged: 2, left: 0 },
        { kind: 'runs', mine: 1, file: 1, merged: 2, left: 0 },
        { kind: 'cards', mine: 1, file: 1, merged: 1, left: 0 },
      ],
      fileIsNewer: true,
      otherContent: false,
    });
    expect(summarize(theirs, mine, 'aaaa', 'bbbb', NOW)).toMatchObject({
      fileIsNewer: false,
      otherContent: true,
    });
  });
});

describe('merge never drops the learner’s own records', () => {
  const attempt = (at: string, seed: number) => ({
    seed,
    at,
    ids: ['q1'],
    answers: { q1: ['a'] },
    right: ['q1'],
    total: 1,
    percent: 100,
  });
  const run = (at: string, seed: number) => ({
    v: 1,
    scenario: 'competitor-types',
    seed,
    case: null,
    steps: [{ node: 'start', choice: null }],
    startedAt: at,
    finishedAt: at,
  });
  const day = (n: number, year = 2026) => `${year}-11-${String(n).padStart(2, '0')}T10:00:00.000Z`;
  const values = (attempts: { seed: number }[], runs: { seed: number }[]) => ({
    'tmc:quiz-attempts': { v: 1, tests: { contract: { attempts } } },
    'tmc:scenario-runs': { v: 1, active: {}, history: runs },
  });
  const local = values(
    Array.from({ length: 20 }, (_, i) => attempt(day(i + 1), i)),
    Array.from({ length: 50 }, (_, i) => run(day((i % 28) + 1), i)),
  );
  // A file from a device whose clock was a year ahead: every record is "later" than ours.
  const file = values(
    Array.from({ length: 20 }, (_, i) => attempt(day(i + 1, 2027), 100 + i)),
    Array.from({ length: 30 }, (_, i) => run(day(i + 1, 2027), 100 + i)),
  );
  test('keeps every local attempt and run when the file has many later-dated ones', () => {
    const merged = applyImport(local, file, 'merge', NOW) as Record<string, any>;
    const seeds = (list: { seed: number }[]) => list.map((x) => x.seed).sort((a, b) => a - b);
    expect(seeds(merged['tmc:quiz-attempts'].tests.contract.attempts)).toEqual(
      seeds(local['tmc:quiz-attempts'].tests.contract.attempts),
    );
    expect(seeds(merged['tmc:scenario-runs'].history)).toEqual(
      seeds(local['tmc:scenario-runs'].history),
    );
  });
  test('the summary states how many of the file’s records will not fit, before the learner chooses', () => {
    const lines = summarize(local, file, 'a', 'a', NOW).lines;
    expect(lines.find((l) => l.kind === 'attempts')).toMatchObject({ merged: 20, left: 20 });
    expect(lines.find((l) => l.kind === 'runs')).toMatchObject({ merged: 50, left: 30 });
  });
  test('room left under the cap is filled with the file’s newest records', () => {
    const few = values([attempt(day(1), 1)], []);
    const merged = applyImport(few, file, 'merge', NOW) as Record<string, any>;
    const kept = merged['tmc:quiz-attempts'].tests.contract.attempts.map(
      (a: { seed: number }) => a.seed,
    );
    expect(kept).toHaveLength(20);
    expect(kept).toContain(1);
    expect(kept).not.toContain(100);
    expect(summarize(few, file, 'a', 'a', NOW).lines[1]).toMatchObject({ merged: 20, left: 1 });
  });
});
