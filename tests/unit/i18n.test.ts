import { describe, expect, test } from 'vitest';
import { pick, t } from '../../src/i18n';
import { areas, zhCN } from '../../src/i18n/zh-CN';

describe('i18n', () => {
  test('no key is defined in two areas of the dictionary', () => {
    const counts = new Map<string, number>();
    for (const area of Object.values(areas))
      for (const key of Object.keys(area)) counts.set(key, (counts.get(key) ?? 0) + 1);
    expect([...counts].filter(([, n]) => n > 1)).toEqual([]);
    expect(Object.keys(zhCN).length).toBe(counts.size);
  });
  test('fills placeholders and leaves unknown ones visible', () => {
    expect(t('progress.value', { read: 3, total: 7 })).toBe('已读 3/7 课');
    expect(t('progress.value', { read: 3 })).toBe('已读 3/{total} 课');
  });
  test('picks several strings for an island', () => {
    expect(pick('lesson.next', 'lesson.previous')).toEqual({
      'lesson.next': '下一课',
      'lesson.previous': '上一课',
    });
  });
  test('every string is non-empty', () => {
    expect(Object.entries(zhCN).filter(([, value]) => value.trim() === '')).toEqual([]);
  });
});
