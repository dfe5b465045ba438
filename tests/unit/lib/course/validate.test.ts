import { describe, expect, test } from 'vitest';
import {
  formatIssues,
  validateCourse,
  type LessonSource,
} from '../../../../src/lib/course/validate';
import type { Lesson } from '../../../../src/schemas/lesson';

const body = (...ids: string[]) =>
  ids.map((id) => `<Section id="${id}" title="${id}">\n\n</Section>`).join('\n');

function source(id: string, order: number, overrides: Partial<LessonSource> = {}): LessonSource {
  const data: Lesson = {
    id,
    order,
    title: id,
    summary: 's',
    objectives: ['a', 'b'],
    minutes: 5,
    sourceSection: '选定客户',
    sources: [],
  };
  return {
    file: `content/lessons/${id}.mdx`,
    entryId: id,
    data,
    body: body('intro', 'mistakes', 'briefing'),
    ...overrides,
  };
}

describe('validateCourse', () => {
  test('returns lessons in course order with their sections', () => {
    const { lessons, issues } = validateCourse([source('b', 2), source('a', 1)]);
    expect(issues).toEqual([]);
    expect(lessons.map((lesson) => lesson.id)).toEqual(['a', 'b']);
    expect(lessons[0]?.sections.map((section) => section.id)).toEqual([
      'intro',
      'mistakes',
      'briefing',
    ]);
  });

  test('reports an id that differs from the file name', () => {
    const { issues } = validateCourse([source('a', 1, { entryId: 'a-old' })]);
    expect(issues).toEqual([
      {
        where: 'content/lessons/a.mdx',
        message:
          'frontmatter 里的 id "a" 与文件名不一致，请把 id 改成 "a-old"，或把文件改名为 a.mdx。',
      },
    ]);
  });

  test('reports two lessons with the same order', () => {
    const { issues } = validateCourse([source('a', 1), source('b', 1)]);
    expect(issues).toContainEqual({
      where: 'content/lessons/b.mdx',
      message: 'order 1 已经被 content/lessons/a.mdx 使用，每一课的 order 必须不同。',
    });
  });

  test('reports a gap in the course order', () => {
    const { issues } = validateCourse([source('a', 1), source('c', 3)]);
    expect(issues).toEqual([
      {
        where: 'content/lessons/c.mdx',
        message: '课程顺序应从 1 连续编号，这里是 3，但第 2 个位置空着。',
      },
    ]);
  });

  test('reports missing mistakes and briefing sections', () => {
    const { issues } = validateCourse([source('a', 1, { body: body('intro') })]);
    expect(issues.map((issue) => issue.message)).toEqual([
      '缺少 id 为 "mistakes" 的小节，请在课文末尾加上 <Section id="mistakes" title="常见误区">。',
      '缺少 id 为 "briefing" 的小节，请在课文末尾加上 <Section id="briefing" title="会前要点">。',
    ]);
  });

  test('passes section problems through with the file name', () => {
    const { issues } = validateCourse([
      source('a', 1, { body: `${body('mistakes', 'briefing')}\n<Section id="x">` }),
    ]);
    expect(issues[0]?.where).toBe('content/lessons/a.mdx');
    expect(issues.length).toBe(2);
  });

  test('reports links to lessons or sections that do not exist', () => {
    const linking = source('a', 1, {
      body: `${body('mistakes', 'briefing')}\n[ok](/lessons/b/#mistakes) [ok](/lessons/b/) [bad](/lessons/zz/) [bad](/lessons/b/#nope)`,
    });
    const { issues } = validateCourse([linking, source('b', 2)]);
    expect(issues).toEqual([
      {
        where: 'content/lessons/a.mdx',
        message: '链接指向的课程 "zz" 不存在，请检查 /lessons/zz/ 的拼写。',
      },
      {
        where: 'content/lessons/a.mdx',
        message:
          '链接指向课程 "b" 的小节 "nope"，但这一课没有这个小节；可用的小节：intro、mistakes、briefing。',
      },
    ]);
  });

  test('reports an added or changed callout without a source, and a source the lesson does not list', () => {
    const cited = {
      id: 'caac-2021-refund',
      publisher: '工人日报',
      title: '公共航空运输旅客服务管理新规出台',
      ref: '2021年3月16日',
      url: 'https://example.org/',
      kind: 'secondary' as const,
    };
    const lesson = source('a', 1, {
      body: `${body('mistakes', 'briefing')}
<Callout type="changed" title="退票" sources="caac-2021-refund">x</Callout>
<Callout type="added" title="补充">x</Callout>
<Callout type="added" title="补充二" sources="nope">x</Callout>`,
    });
    const { issues } = validateCourse([{ ...lesson, data: { ...lesson.data, sources: [cited] } }]);
    expect(issues.map((issue) => issue.message)).toEqual([
      '第 2 个 <Callout>「补充」是 type="added"，必须注明来源：请在 frontmatter 的 sources 里登记参考资料，并写成 <Callout type="added" sources="来源id">。',
      '第 3 个 <Callout>「补充二」引用的来源 "nope" 不在这一课 frontmatter 的 sources 里；已登记的来源：caac-2021-refund。',
    ]);
  });

  test('the section id "sources" is kept for the 参考资料 list', () => {
    const { issues } = validateCourse([
      source('a', 1, { body: body('sources', 'mistakes', 'briefing') }),
    ]);
    expect(issues.map((issue) => issue.message)).toEqual([
      '小节 id "sources" 留给页面末尾自动生成的「参考资料」，请给这个小节换一个 id。',
    ]);
  });

  test('formats issues as one build message', () => {
    expect(formatIssues([{ where: 'f.mdx', message: '问题。' }])).toBe(
      '课程内容有 1 处需要修改：\n- f.mdx：问题。',
    );
  });
});
