import { describe, expect, test } from 'vitest';
import { LessonSchema, SourceSchema } from '../../../src/schemas/lesson';

const valid = {
  id: 'client-selection',
  order: 2,
  title: '选定客户',
  summary: '按行业和月票量挑客户。',
  objectives: ['能说出月票量分级', '能判断高风险客户'],
  minutes: 15,
  sourceSection: '选定客户',
};

function messages(input: unknown): string[] {
  const result = LessonSchema.safeParse(input);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('LessonSchema', () => {
  test('accepts complete frontmatter', () => {
    expect(messages(valid)).toEqual([]);
  });
  test.each([
    [
      { id: 'Client Selection' },
      'id: id 只能由小写英文字母、数字和连字符组成，例如 client-selection',
    ],
    [{ order: 0 }, 'order: order 从 1 开始编号'],
    [{ order: 1.5 }, 'order: order 必须是整数，例如 3'],
    [{ order: '2' }, 'order: order 必须是数字，表示这一课在课程里的位置（第一课写 1）'],
    [{ title: '' }, 'title: title 不能为空：请写这一课的标题'],
    [{ title: undefined }, 'title: title 不能为空：请写这一课的标题'],
    [{ summary: 'x'.repeat(81) }, 'summary: summary 最多 80 个字，请压缩成一句话'],
    [{ objectives: ['只有一条'] }, 'objectives: objectives 至少写 2 条学习目标'],
    [{ objectives: '一条' }, 'objectives: objectives 必须是列表，每行一条学习目标'],
    [{ minutes: 0 }, 'minutes: minutes 至少为 1'],
    [{ minutes: undefined }, 'minutes: minutes 必须是数字：预计学习分钟数，例如 15'],
    [
      { sourceSection: '选客户' },
      'sourceSection: sourceSection 必须是原稿章节名之一：首先注意的问题、选定客户、联系客户之前的信息收集、约见客户，准备产品服务方案、合约中注意的问题、客户关怀、客户关注的重点',
    ],
  ])('rejects %o with an author-facing message', (change, message) => {
    expect(messages({ ...valid, ...change })).toEqual([message]);
  });
});

const source = {
  id: 'aucl-2025',
  publisher: '全国人民代表大会常务委员会',
  title: '中华人民共和国反不正当竞争法',
  article: '第八条',
  ref: '2025年6月27日修订，2025年10月15日起施行',
  url: 'https://flk.npc.gov.cn/',
  kind: 'primary',
};

function sourceMessages(input: unknown): string[] {
  const result = SourceSchema.safeParse(input);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('SourceSchema (参考资料)', () => {
  test('accepts a complete source, with or without article and note', () => {
    expect(sourceMessages(source)).toEqual([]);
    const { article: _article, ...withoutArticle } = source;
    expect(sourceMessages({ ...withoutArticle, kind: 'secondary', note: '转载页' })).toEqual([]);
  });
  test.each([
    [{ url: 'flk.npc.gov.cn' }, 'url: 来源的 url 必须是以 http:// 或 https:// 开头的公开网址'],
    [
      { url: 'ftp://flk.npc.gov.cn/' },
      'url: 来源的 url 必须是以 http:// 或 https:// 开头的公开网址',
    ],
    [{ title: '' }, 'title: 来源缺少 title：请写文件或文章的标题'],
    [{ title: '《反不正当竞争法》' }, 'title: 来源的 title 不要带书名号《》，页面会自动加上'],
    [
      { publisher: undefined },
      'publisher: 来源缺少 publisher：请写发布机关或发布者，例如「中国民用航空局」',
    ],
    [{ ref: '' }, 'ref: 来源缺少 ref：请写文号或日期，例如「财库〔2014〕33号」或「2016年2月24日」'],
    [
      { kind: 'mirror' },
      'kind: 来源的 kind 只能是 primary（发布机关的原文）或 secondary（转载、报道或解读）',
    ],
    [{ id: 'AUCL 2025' }, 'id: id 只能由小写英文字母、数字和连字符组成，例如 client-selection'],
    [{ note: '' }, 'note: 来源的 note 写了就不能为空'],
  ])('rejects %o with an author-facing message', (change, message) => {
    expect(sourceMessages({ ...source, ...change })).toEqual([message]);
  });
  test('a lesson without sources gets an empty list; a malformed source fails the lesson', () => {
    expect(LessonSchema.parse(valid).sources).toEqual([]);
    expect(messages({ ...valid, sources: [{ ...source, url: 'npc' }] })).toEqual([
      'sources.0.url: 来源的 url 必须是以 http:// 或 https:// 开头的公开网址',
    ]);
    expect(messages({ ...valid, sources: source })).toEqual([
      'sources: sources 必须是列表，每项是一条参考资料',
    ]);
  });
  test('source ids are unique within a lesson', () => {
    expect(messages({ ...valid, sources: [source, source] })).toEqual([
      'sources: sources 里有重复的 id，每条参考资料的 id 必须不同',
    ]);
  });
});
