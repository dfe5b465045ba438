import { describe, expect, test } from 'vitest';
import { toResultView, type PagefindData } from '../../../../src/lib/search/results';

const data: PagefindData = {
  url: '/lessons/contract/',
  excerpt: '页面<mark>赔偿</mark>摘要',
  content: '……',
  meta: { title: '合约中注意的问题', kind: '第 5 课' },
  sub_results: [
    { title: '合约中注意的问题', url: '/lessons/contract/', excerpt: '<mark>赔</mark>付' },
    {
      title: '服务标准',
      url: '/lessons/contract/#service-standards',
      excerpt: '只有<mark>偿</mark>字',
    },
    {
      title: '帐款收回',
      url: '/lessons/contract/#receivables',
      excerpt: '谈到<mark>赔偿</mark>的时候',
    },
    {
      title: '赔偿：控制在单张订票的损失',
      url: '/lessons/contract/#compensation',
      excerpt: '<mark>赔偿</mark>范围',
    },
    { title: '常见误区', url: '/lessons/contract/#mistakes', excerpt: '没有命中' },
  ],
};

describe('toResultView', () => {
  test('shows the page title and kind, and sections with the exact term first (heading before text)', () => {
    expect(toResultView(data, ['赔偿'])).toEqual({
      url: '/lessons/contract/',
      title: '合约中注意的问题',
      kind: '第 5 课',
      passages: [
        {
          title: '赔偿：控制在单张订票的损失',
          url: '/lessons/contract/#compensation',
          segments: [
            { text: '赔偿', mark: true },
            { text: '范围', mark: false },
          ],
        },
        {
          title: '帐款收回',
          url: '/lessons/contract/#receivables',
          segments: [
            { text: '谈到', mark: false },
            { text: '赔偿', mark: true },
            { text: '的时候', mark: false },
          ],
        },
      ],
    });
  });
  test('falls back to the page excerpt when no section matched, and strips the site name from titles', () => {
    const view = toResultView({
      url: '/x/',
      excerpt: '<mark>返点</mark>',
      content: '',
      meta: { title: '速查 · 政企差旅销售训练营' },
    });
    expect(view).toEqual({
      url: '/x/',
      title: '速查',
      kind: '',
      passages: [{ title: '', url: '/x/', segments: [{ text: '返点', mark: true }] }],
    });
  });
});
