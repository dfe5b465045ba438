import { describe, expect, test } from 'vitest';
import {
  checkCalloutSources,
  extractCallouts,
  sourceIdsOf,
} from '../../../../src/lib/course/callouts';

const body = `
<Callout type="example" title="案例">x</Callout>
<Callout type="changed" title="行业变化：退票" sources="caac-2021-refund">x</Callout>
<Callout type="added" sources="aucl-2025  civil-code-506" title="补充">x</Callout>
<Callout type="added" title="没来源">x</Callout>
`;

describe('extractCallouts', () => {
  test('reads type, title and the space-separated source ids of every callout, in order', () => {
    expect(extractCallouts(body)).toEqual([
      { type: 'example', title: '案例', sources: [] },
      { type: 'changed', title: '行业变化：退票', sources: ['caac-2021-refund'] },
      { type: 'added', title: '补充', sources: ['aucl-2025', 'civil-code-506'] },
      { type: 'added', title: '没来源', sources: [] },
    ]);
  });
  test('sourceIdsOf ignores extra spaces and a missing attribute', () => {
    expect(sourceIdsOf(' a  b ')).toEqual(['a', 'b']);
    expect(sourceIdsOf(undefined)).toEqual([]);
  });
});

describe('checkCalloutSources', () => {
  const known = ['caac-2021-refund', 'aucl-2025', 'civil-code-506'];
  test('an added or changed callout without sources is named, with the fix', () => {
    expect(checkCalloutSources(extractCallouts(body), known)).toEqual([
      '第 4 个 <Callout>「没来源」是 type="added"，必须注明来源：请在 frontmatter 的 sources 里登记参考资料，并写成 <Callout type="added" sources="来源id">。',
    ]);
  });
  test('a cited id the lesson does not list is named with the ids it does list', () => {
    const [, changed] = extractCallouts(body);
    expect(changed).toBeDefined();
    expect(checkCalloutSources(changed === undefined ? [] : [changed], ['aucl-2025'])).toEqual([
      '第 1 个 <Callout>「行业变化：退票」引用的来源 "caac-2021-refund" 不在这一课 frontmatter 的 sources 里；已登记的来源：aucl-2025。',
    ]);
  });
  test('examples, tips and warnings need no source', () => {
    const tags = extractCallouts(
      '<Callout type="tip">x</Callout><Callout type="warning">x</Callout><Callout type="example">x</Callout>',
    );
    expect(checkCalloutSources(tags, [])).toEqual([]);
  });
});
