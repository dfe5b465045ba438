import { z } from 'astro/zod';
import { IdSchema, strictObject } from './common';

/**
 * The playbook: the structured facts a rep checks before a meeting (volume tiers, competitor types,
 * the three meetings, contract points…). One YAML file per quick-refresh card in
 * `content/playbook/`. The same blocks render on the card (`/refresh/<id>/`) and, through
 * `<PlaybookBlock card block />`, inside the lessons, so a fact is written once.
 */

const text = (what: string) =>
  z.string({ error: `${what} 不能为空` }).min(1, { error: `${what} 不能为空` });

/** Whether a block states the deck's own points or material the course added. */
const SourceSchema = z.enum(['deck', 'added'], {
  error: 'source 只能是 deck（原稿内容）或 added（课程补充）',
});

/** A note under a block: what changed in the trade since the deck, or a tip. */
export const NoteSchema = strictObject({
  /** `changed`: the trade changed since the deck; `tip`: practical advice added by the course. */
  type: z.enum(['changed', 'tip'], { error: 'note.type 只能是 changed 或 tip' }),
  /** One or two sentences. */
  text: text('note.text'),
});

const BlockBase = {
  /** Stable id inside the card, used by `<PlaybookBlock card block />` in lessons. */
  id: IdSchema,
  /** Heading shown above the block. */
  title: text('title'),
  /** The lesson section that teaches this block; the card links to it. */
  section: IdSchema,
  /** `deck` (default) when the block lists the deck's points, `added` when it is course material. */
  source: SourceSchema.default('deck'),
  /** An optional note (industry change or tip). */
  note: NoteSchema.optional(),
};

/** A plain checklist. */
export const ListBlockSchema = strictObject({
  type: z.literal('list'),
  ...BlockBase,
  /** Ordered list (steps) or bullet checklist. */
  ordered: z.boolean().default(false),
  items: z.array(text('items 的每一条')).min(1, { error: 'items 至少写一条' }),
});

/** A table; every row has exactly one cell per column. */
export const TableBlockSchema = strictObject({
  type: z.literal('table'),
  ...BlockBase,
  columns: z.array(text('columns 的每一列')).min(2, { error: 'table 至少两列' }),
  rows: z.array(z.array(text('表格单元格'))).min(1, { error: 'rows 至少一行' }),
}).superRefine((block, ctx) => {
  block.rows.forEach((row, index) => {
    if (row.length !== block.columns.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['rows', index],
        message: `表格「${block.title}」第 ${index + 1} 行有 ${row.length} 格，但表头有 ${block.columns.length} 列`,
      });
    }
  });
});

/** Monthly ticket volume tiers (in 万元) with the lines the deck draws. */
export const TiersBlockSchema = strictObject({
  type: z.literal('tiers'),
  ...BlockBase,
  /** Tier values in 万元, ascending: 5, 10, 20, 30, 50, 100. */
  tiers: z.array(z.number().positive()).min(2),
  /** Lines drawn at a tier: what clients from that tier up are like. */
  lines: z
    .array(
      strictObject({
        from: z.number().positive(),
        label: text('lines.label'),
        text: text('lines.text'),
      }),
    )
    .min(1),
}).superRefine((block, ctx) => {
  block.tiers.forEach((tier, index) => {
    if (index > 0 && tier <= block.tiers[index - 1]!) {
      ctx.addIssue({
        code: 'custom',
        path: ['tiers', index],
        message: `tiers 必须从小到大排列：${block.tiers.join('、')}`,
      });
    }
  });
  block.lines.forEach((line, index) => {
    if (!block.tiers.includes(line.from)) {
      ctx.addIssue({
        code: 'custom',
        path: ['lines', index, 'from'],
        message: `lines 里的 ${line.from} 万不是 tiers 中的一级（${block.tiers.join('、')}）`,
      });
    }
  });
});

/** Meeting-by-meeting steps: tasks, then what to prepare afterwards. */
export const StepsBlockSchema = strictObject({
  type: z.literal('steps'),
  ...BlockBase,
  steps: z
    .array(
      strictObject({
        /** e.g. 首次约见 */
        title: text('steps.title'),
        /** Lesson section of this step. */
        section: IdSchema,
        tasks: z.array(text('steps.tasks 的每一条')).min(1),
        /** What to produce after the meeting (the deck's 做初步的客户解决方案…). */
        after: z.array(text('steps.after 的每一条')).default([]),
        /** A remark such as 最好不要一个人去. */
        remark: z.string().optional(),
      }),
    )
    .min(1),
});

/**
 * The people around a decision (决策人 / 参与人 / 有影响力人): the first role is the one who decides,
 * the others bear on that decision. Lessons draw it as a chain with `<DecisionChain />`.
 */
export const RolesBlockSchema = strictObject({
  type: z.literal('roles'),
  ...BlockBase,
  roles: z
    .array(
      strictObject({
        /** e.g. 决策人 (at most 6 characters: it is drawn inside a box). */
        name: text('roles.name').max(6, { error: 'roles.name 最多 6 个字' }),
        /** Who this is, one short sentence. */
        text: text('roles.text'),
        /** How the role bears on the decider, drawn on the arrow (at most 8 characters); not for the first role. */
        arrow: text('roles.arrow').max(8, { error: 'roles.arrow 最多 8 个字' }).optional(),
      }),
    )
    .min(2, { error: 'roles 至少两类人：第一类拍板，其余影响他' }),
});

export const BlockSchema = z.discriminatedUnion('type', [
  ListBlockSchema,
  TableBlockSchema,
  TiersBlockSchema,
  StepsBlockSchema,
  RolesBlockSchema,
]);

/** One quick-refresh card, `content/playbook/<id>.yaml`. */
export const CardSchema = strictObject({
  /** Must equal the file name; the card lives at `/refresh/<id>/`. */
  id: IdSchema,
  /** Position on the card index. */
  order: z.number().int().min(1),
  /** Card title (at most 20 characters: it must fit one line on a phone). */
  title: text('title').max(20, { error: 'title 最多 20 个字' }),
  /** What the card is for, one sentence. */
  summary: text('summary').max(60, { error: 'summary 最多 60 个字' }),
  /** Id of the lesson the card summarises. */
  lesson: IdSchema,
  blocks: z.array(BlockSchema).min(1, { error: 'blocks 至少一块' }),
}).superRefine((card, ctx) => {
  const seen = new Set<string>();
  card.blocks.forEach((block, index) => {
    if (seen.has(block.id)) {
      ctx.addIssue({
        code: 'custom',
        path: ['blocks', index, 'id'],
        message: `速查卡 ${card.id} 里有两块都叫 ${block.id}`,
      });
    }
    seen.add(block.id);
  });
});

export type Card = z.output<typeof CardSchema>;
export type CardInput = z.input<typeof CardSchema>;
export type Block = z.output<typeof BlockSchema>;
