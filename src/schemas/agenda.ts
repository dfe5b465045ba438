/**
 * Workshop agenda templates (`content/agendas/<id>.json`): a session built from the course's
 * lessons, scenarios and tests. Each block names what it uses by id; `src/data/agendas.ts` checks
 * at build that the blocks add up to the session's length and that every id exists.
 */
import { z } from 'astro/zod';
import { IdSchema, strictObject } from './common';

const text = (field: string) => z.string().min(1, { error: `${field} 不能为空` });

/** What a block uses; the workshop page turns each into a link. */
export const BlockUseSchema = z.discriminatedUnion('kind', [
  /** A lesson, by id. */
  strictObject({ kind: z.literal('lesson'), id: IdSchema }),
  /** A scenario presented to the room, by id. */
  strictObject({ kind: z.literal('scenario'), id: IdSchema }),
  /** A scenario printed as decision cards for group work, by id. */
  strictObject({ kind: z.literal('cards'), id: IdSchema }),
  /** A lesson's test, by lesson id. */
  strictObject({ kind: z.literal('test'), id: IdSchema }),
  /** The final exam. */
  strictObject({ kind: z.literal('exam') }),
  /** The roster of result codes. */
  strictObject({ kind: z.literal('roster') }),
]);

export const AgendaBlockSchema = strictObject({
  /** Length of the block in minutes. */
  minutes: z.number().int({ error: 'minutes 必须是整数' }).positive({ error: 'minutes 至少为 1' }),
  title: text('title'),
  /** How the trainer runs this part. */
  how: text('how'),
  uses: z.array(BlockUseSchema).min(1, { error: 'uses 至少写一项：这一段用到的课、情景或测验' }),
});

export const AgendaSchema = strictObject({
  /** Equals the file name without `.json`. */
  id: IdSchema,
  /** Position on the workshop page (1, 2, …). */
  order: z.number().int({ error: 'order 必须是整数' }).positive({ error: 'order 从 1 开始编号' }),
  title: text('title'),
  /** Length of the whole session in minutes; the blocks must add up to it. */
  minutes: z.number().int({ error: 'minutes 必须是整数' }).positive({ error: 'minutes 至少为 1' }),
  /** Who and when the session suits. */
  fits: text('fits'),
  blocks: z.array(AgendaBlockSchema).min(1, { error: 'blocks 至少要有一段' }),
}).superRefine((agenda, ctx) => {
  const total = agenda.blocks.reduce((sum, b) => sum + b.minutes, 0);
  if (total !== agenda.minutes)
    ctx.addIssue({
      code: 'custom',
      path: ['minutes'],
      message: `各段 minutes 加起来是 ${total} 分钟，但 minutes 写的是 ${agenda.minutes}：请调整某一段的时长，或改 minutes。`,
    });
});

export type Agenda = z.output<typeof AgendaSchema>;
export type AgendaBlock = z.output<typeof AgendaBlockSchema>;
export type BlockUse = z.output<typeof BlockUseSchema>;
