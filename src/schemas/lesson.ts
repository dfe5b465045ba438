import { z } from 'astro/zod';
import { IdSchema } from './common';

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

/** Frontmatter of a lesson in `content/lessons/<id>.mdx`. */
export const LessonSchema = z.object({
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
