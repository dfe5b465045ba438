import { describe, expect, test } from 'vitest';
import { checkEntries, type ContentEntry } from '../../../../src/lib/content/entries';

const entry = (fileId: string, id = fileId, order?: number): ContentEntry => ({
  where: `content/x/${fileId}.yaml`,
  fileId,
  id,
  ...(order === undefined ? {} : { order }),
});
const mismatch = (e: ContentEntry) => `id "${e.id}" 应为 "${e.fileId}"`;

describe('checkEntries', () => {
  test('accepts ids that match their files and distinct orders', () => {
    expect(
      checkEntries([entry('a', 'a', 1), entry('b', 'b', 2)], { mismatch, each: '每项' }),
    ).toEqual([]);
  });

  test('reports an id that differs from its file name, with the caller’s sentence', () => {
    expect(checkEntries([entry('a', 'b')], { mismatch })).toEqual([
      { where: 'content/x/a.yaml', message: 'id "b" 应为 "a"' },
    ]);
  });

  test('reports a repeated order at the second entry, naming the first file', () => {
    expect(
      checkEntries([entry('a', 'a', 1), entry('b', 'b', 1)], { mismatch, each: '每项' }),
    ).toEqual([
      {
        where: 'content/x/b.yaml',
        message: 'order 1 已经被 content/x/a.yaml 使用，每项的 order 必须不同。',
      },
    ]);
  });

  test('ignores orders when the collection is unordered', () => {
    expect(checkEntries([entry('a', 'a', 1), entry('b', 'b', 1)], { mismatch })).toEqual([]);
  });

  test('reports gaps only when asked for a consecutive order', () => {
    const entries = [entry('a', 'a', 1), entry('c', 'c', 3), entry('d', 'd', 4)];
    expect(checkEntries(entries, { mismatch, each: '每项' })).toEqual([]);
    expect(checkEntries(entries, { mismatch, each: '每项', consecutive: '顺序' })).toEqual([
      { where: 'content/x/c.yaml', message: '顺序应从 1 连续编号，这里是 3，但第 2 个位置空着。' },
      { where: 'content/x/d.yaml', message: '顺序应从 1 连续编号，这里是 4，但第 3 个位置空着。' },
    ]);
  });
});
