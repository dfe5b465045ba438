import { z } from 'astro/zod';
import { IdSchema, strictObject } from './common';

/** The seven section titles of the source deck, in deck order. A lesson names the one it teaches. */
export const DECK_SECTIONS = [
  '首先注意的问题',
  '选定客户',
  '联系客户之前的信息收集',
  '约见客户，准备产品服务方案',
  '合约中注意的问题',
  '客户关怀',
  '客户关注的重点',
] as const;

/**
 * One entry of a lesson's 参考资料: where a fact added beyond the deck comes from. Callouts cite
 * entries by id (`<Callout type="changed" sources="caac-2016">`); the list renders at the lesson's end.
 */
export const SourceSchema = strictObject({
  /** Short id the lesson's callouts cite, e.g. `aucl-2025` (lower-case letters, digits, hyphens). */
  id: IdSchema,
  /** Who issued or published it: 全国人民代表大会常务委员会, 中国民用航空局, 工人日报… */
  publisher: z
    .string({ error: '来源缺少 publisher：请写发布机关或发布者，例如「中国民用航空局」' })
    .min(1, { error: '来源缺少 publisher：请写发布机关或发布者，例如「中国民用航空局」' }),
  /** Title without 《》, e.g. 中华人民共和国反不正当竞争法. */
  title: z
    .string({ error: '来源缺少 title：请写文件或文章的标题' })
    .min(1, { error: '来源缺少 title：请写文件或文章的标题' })
    .refine((title) => !/[《》]/.test(title), {
      error: '来源的 title 不要带书名号《》，页面会自动加上',
    }),
  /** The article(s) cited, for laws and regulations: 第八条. Shown next to the title in callouts. */
  article: z.string().min(1, { error: '来源的 article 写了就不能为空，例如「第八条」' }).optional(),
  /** Document number and/or date: 交通运输部令2021年第3号，2021年9月1日起施行. */
  ref: z
    .string({ error: '来源缺少 ref：请写文号或日期，例如「财库〔2014〕33号」或「2016年2月24日」' })
    .min(1, { error: '来源缺少 ref：请写文号或日期，例如「财库〔2014〕33号」或「2016年2月24日」' }),
  /** Public address where the text was read (http or https). */
  url: z.url({
    protocol: /^https?$/,
    error: '来源的 url 必须是以 http:// 或 https:// 开头的公开网址',
  }),
  /**
   * `primary`: the issuing body's own text (the law, the notice, the airline's announcement).
   * `secondary`: a report, a reprint or a law firm's commentary; say in `note` why no primary is given.
   */
  kind: z.enum(['primary', 'secondary'], {
    error: '来源的 kind 只能是 primary（发布机关的原文）或 secondary（转载、报道或解读）',
  }),
  /** What the learner should know about this source, e.g. 「转载页；民航局原文未找到」. */
  note: z.string().min(1, { error: '来源的 note 写了就不能为空' }).optional(),
});

export type LessonSourceRef = z.output<typeof SourceSchema>;

/** Frontmatter of a lesson in `content/lessons/<id>.mdx`. */
export const LessonSchema = strictObject({
  /** Stable id; must equal the file name without `.mdx`. Used in URLs and stored progress. */
  id: IdSchema,
  /** Position in the course, 1 for the first lesson. Each lesson has its own number. */
  order: z
    .number({ error: 'order 必须是数字，表示这一课在课程里的位置（第一课写 1）' })
    .int({ error: 'order 必须是整数，例如 3' })
    .min(1, { error: 'order 从 1 开始编号' }),
  /** Lesson title as shown in the sidebar and page heading (at most 30 characters). */
  title: z
    .string({ error: 'title 不能为空：请写这一课的标题' })
    .min(1, { error: 'title 不能为空：请写这一课的标题' })
    .max(30, { error: 'title 最多 30 个字，请缩短标题' }),
  /** One sentence saying what the lesson teaches (at most 80 characters). */
  summary: z
    .string({ error: 'summary 不能为空：请用一句话说明这一课学什么' })
    .min(1, { error: 'summary 不能为空：请用一句话说明这一课学什么' })
    .max(80, { error: 'summary 最多 80 个字，请压缩成一句话' }),
  /** Two to six learning objectives, each starting with a verb (能说出…, 会判断…). */
  objectives: z
    .array(z.string().min(1, { error: 'objectives 里不能有空行' }), {
      error: 'objectives 必须是列表，每行一条学习目标',
    })
    .min(2, { error: 'objectives 至少写 2 条学习目标' })
    .max(6, { error: 'objectives 最多 6 条，请合并相近的目标' }),
  /** Estimated reading time in whole minutes. */
  minutes: z
    .number({ error: 'minutes 必须是数字：预计学习分钟数，例如 15' })
    .int({ error: 'minutes 必须是整数，例如 15' })
    .min(1, { error: 'minutes 至少为 1' })
    .max(120, { error: 'minutes 超过 120 分钟了，请把这一课拆开' }),
  /** The deck section this lesson teaches, spelled exactly as in the deck. */
  sourceSection: z.enum(DECK_SECTIONS, {
    error: `sourceSection 必须是原稿章节名之一：${DECK_SECTIONS.join('、')}`,
  }),
  /**
   * The lesson's 参考资料, shown at its end. Every `added` or `changed` callout cites at least one
   * of these ids; ids are unique within the lesson.
   */
  sources: z
    .array(SourceSchema, { error: 'sources 必须是列表，每项是一条参考资料' })
    .default([])
    .refine((sources) => new Set(sources.map((source) => source.id)).size === sources.length, {
      error: 'sources 里有重复的 id，每条参考资料的 id 必须不同',
    }),
});

export type Lesson = z.output<typeof LessonSchema>;
export type LessonInput = z.input<typeof LessonSchema>;

/** A `<Section id title>` block of a lesson body: the unit quizzes, cards and the sidebar link to. */
export interface LessonSection {
  id: string;
  title: string;
}

/** Sections every lesson must end with. */
export const REQUIRED_SECTIONS = ['mistakes', 'briefing'] as const;
