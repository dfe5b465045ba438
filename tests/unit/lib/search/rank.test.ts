import { describe, expect, test } from 'vitest';
import { queryTerms, rankHits, scoreOf, type RankInput } from '../../../../src/lib/search/rank';

const hit = (url: string, content: string, title = '', headings: string[] = []): RankInput => ({
  url,
  content,
  meta: { title },
  sub_results: headings.map((heading) => ({ title: heading })),
});

describe('queryTerms', () => {
  test('splits on spaces, drops quotes and folds case', () => {
    expect(queryTerms(' “航信”  InHouse ')).toEqual(['航信', 'inhouse']);
    expect(queryTerms('   ')).toEqual([]);
  });
});

describe('rankHits', () => {
  test('puts a page with the exact term above pages that only hold its characters', () => {
    const scattered = hit('/lessons/intelligence/', '信息收集，信用，航班，信用度'.repeat(5));
    const exact = hit('/lessons/meetings-proposal/', '实时与航信连接');
    expect(rankHits('航信', [scattered, exact]).map((item) => item.url)).toEqual([
      '/lessons/meetings-proposal/',
      '/lessons/intelligence/',
    ]);
  });
  test('prefers the term in the page title, then in a section heading, then more occurrences', () => {
    const inTitle = hit('/title/', '回款', '回款');
    const inHeading = hit('/heading/', '回款 回款', '', ['盯紧回款速度']);
    const often = hit('/often/', '回款 回款 回款 回款');
    const once = hit('/once/', '回款');
    expect(rankHits('回款', [once, often, inHeading, inTitle]).map((item) => item.url)).toEqual([
      '/title/',
      '/heading/',
      '/often/',
      '/once/',
    ]);
  });
  test('scales occurrences by a page weight, so a question bank does not outrank its lesson', () => {
    const lesson = hit('/lessons/client-selection/', 'INHOUSE INHOUSE');
    const bank = {
      ...hit('/practice/bank/client-selection/', 'INHOUSE '.repeat(8)),
      meta: { title: '', weight: '0.2' },
    };
    expect(scoreOf(['inhouse'], bank)).toEqual([1, 0, 0, 1.6]);
    expect(rankHits('INHOUSE', [bank, lesson]).map((item) => item.url)).toEqual([
      '/lessons/client-selection/',
      '/practice/bank/client-selection/',
    ]);
    const odd = { ...hit('/x/', 'INHOUSE'), meta: { title: '', weight: 'heavy' } };
    expect(scoreOf(['inhouse'], odd)).toEqual([1, 0, 0, 1]);
  });
  test('requires every term for the first rank and keeps pagefind’s order on ties', () => {
    const both = hit('/both/', '合同 赔偿');
    const one = hit('/one/', '赔偿 赔偿 赔偿');
    const tieA = hit('/a/', '无关');
    const tieB = hit('/b/', '无关');
    expect(rankHits('合同 赔偿', [tieA, one, tieB, both]).map((item) => item.url)).toEqual([
      '/both/',
      '/one/',
      '/a/',
      '/b/',
    ]);
  });
  test('is case-insensitive for Latin terms and counts non-overlapping occurrences', () => {
    expect(scoreOf(['inhouse'], hit('/x/', 'INHOUSE 服务，InHouse'))).toEqual([1, 0, 0, 2]);
    expect(scoreOf(['aa'], hit('/x/', 'aaaa'))).toEqual([1, 0, 0, 2]);
  });
  test('does not change its input', () => {
    const hits = [hit('/a/', 'x'), hit('/b/', '回款')];
    rankHits('回款', hits);
    expect(hits.map((item) => item.url)).toEqual(['/a/', '/b/']);
  });
});
