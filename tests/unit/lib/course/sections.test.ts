import { describe, expect, test } from 'vitest';
import { extractSections } from '../../../../src/lib/course/sections';

describe('extractSections', () => {
  test('reads sections in order with their ids and titles', () => {
    const body = `intro\n\n<Section id="volume-tiers" title="按月票量分级">\n\ntext\n\n</Section>\n\n<Section title="会前要点" id="briefing">\n\n- a\n\n</Section>`;
    expect(extractSections(body)).toEqual({
      sections: [
        { id: 'volume-tiers', title: '按月票量分级' },
        { id: 'briefing', title: '会前要点' },
      ],
      problems: [],
    });
  });

  test('reports a section without a title', () => {
    expect(extractSections('<Section id="a">\n</Section>').problems).toEqual([
      '第 1 个 <Section> 缺少 id 或 title，请写成 <Section id="volume-tiers" title="小节标题">。',
    ]);
  });

  test('reports an id that is not kebab-case', () => {
    expect(extractSections('<Section id="Volume_Tiers" title="x">\n</Section>').problems).toEqual([
      '小节 id "Volume_Tiers" 只能由小写英文字母、数字和连字符组成，例如 volume-tiers。',
    ]);
  });

  test('reports a duplicated id and keeps the first', () => {
    const result = extractSections(
      '<Section id="a" title="一">\n</Section>\n<Section id="a" title="二">\n</Section>',
    );
    expect(result.sections).toEqual([{ id: 'a', title: '一' }]);
    expect(result.problems).toEqual(['小节 id "a" 出现了两次，每个小节的 id 必须不同。']);
  });

  test('reports unbalanced opening and closing tags', () => {
    expect(extractSections('<Section id="a" title="一">\ntext').problems).toEqual([
      '有 1 个 <Section> 开始标签，却有 0 个 </Section> 结束标签，请检查是否漏写了结束标签。',
    ]);
  });
});
