/**
 * Question banks: `content/quizzes/<lessonId>.yaml`, one per lesson. Every rule an author can break
 * is checked here and reported as one sentence naming the question (`parseQuizBank` adds the file).
 */
import { z } from 'astro/zod';
import { IdSchema, strictObject, type ContentIssue } from './common';

const text = (field: string) =>
  z
    .string({ error: `${field} 必须是一段文字` })
    .trim()
    .min(1, { error: `${field} 不能为空` });

/** An answer option of a single, multiple or case question. */
export const OptionSchema = strictObject({
  /** Stable id within the question, e.g. `ask-finance`. */
  id: IdSchema,
  /** What the learner reads. */
  text: text('选项 text'),
  /** True for the right option(s). */
  correct: z.boolean({ error: 'correct 只能写 true 或 false' }).default(false),
  /** Why this option is right or wrong; shown after answering. */
  feedback: text('选项 feedback'),
});

/** Notes for the trainer console (issue 6); never shown to learners. */
export const FacilitatorSchema = strictObject({
  notes: z.string().optional(),
  prompts: z.array(z.string()).optional(),
}).optional();

const base = {
  /** Stable id, unique across all banks; attempts and the mistakes book are stored under it. */
  id: IdSchema,
  /** The question as the learner reads it. */
  prompt: text('prompt'),
  /** Why the right answer is right, in one to three sentences. Required (checked with the question id). */
  explanation: z.string().optional(),
  /** The `<Section id>` of the bank's lesson this question tests; the explanation links to it. */
  section: z.string().optional(),
  facilitator: FacilitatorSchema,
};

const choiceQuestion = <T extends string>(type: T) =>
  strictObject({
    ...base,
    type: z.literal(type),
    options: z.array(OptionSchema).min(2, { error: '至少要有 2 个选项' }),
  });

/** Pick exactly one option. */
export const SingleSchema = choiceQuestion('single');
/** Pick every right option; scored all-or-nothing. */
export const MultipleSchema = choiceQuestion('multiple');
/** A short client situation, then pick the best next action (exactly one). */
export const CaseSchema = choiceQuestion('case').extend({
  /** The situation, told in two to five sentences. */
  scenario: text('scenario'),
});
/** A statement that is true or false. */
export const TrueFalseSchema = strictObject({
  ...base,
  type: z.literal('truefalse'),
  answer: z.boolean({ error: 'answer 只能写 true（对）或 false（错）' }),
  /** Feedback when the learner answers 对. */
  ifTrue: text('ifTrue'),
  /** Feedback when the learner answers 错. */
  ifFalse: text('ifFalse'),
});
/** Put steps in order; `items` are written in the right order. */
export const OrderingSchema = strictObject({
  ...base,
  type: z.literal('ordering'),
  items: z
    .array(strictObject({ id: IdSchema, text: text('步骤 text'), feedback: text('步骤 feedback') }))
    .min(3, { error: '排序题至少要有 3 个步骤' }),
});
/** Match each prompt on the left to one choice on the right. */
export const MatchingSchema = strictObject({
  ...base,
  type: z.literal('matching'),
  pairs: z
    .array(
      strictObject({
        id: IdSchema,
        text: text('配对 text'),
        match: IdSchema,
        feedback: text('配对 feedback'),
      }),
    )
    .min(2, { error: '配对题至少要有 2 组' }),
  choices: z
    .array(strictObject({ id: IdSchema, text: text('choices text') }))
    .min(2, { error: '配对题至少要有 2 个可选项' }),
});

export const QuestionSchema = z.discriminatedUnion(
  'type',
  [SingleSchema, MultipleSchema, CaseSchema, TrueFalseSchema, OrderingSchema, MatchingSchema],
  { error: 'type 必须是 single、multiple、truefalse、ordering、matching、case 之一' },
);

function questionIssues(q: z.output<typeof QuestionSchema>): string[] {
  const name = `题目 "${q.id}"`;
  const out: string[] = [];
  if (q.explanation === undefined || q.explanation.trim() === '') {
    out.push(`${name} 缺少 explanation：请用一两句话讲清为什么，学员答完后会看到。`);
  }
  if (q.section === undefined || q.section.trim() === '') {
    out.push(`${name} 缺少 section：请写它考的是课文哪个小节的 id，例如 volume-tiers。`);
  }
  const dupes = (ids: string[], what: string) => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) out.push(`${name} 里有两个 id 都是 "${id}" 的${what}，请改成不同的 id。`);
      seen.add(id);
    }
  };
  switch (q.type) {
    case 'single':
    case 'case': {
      dupes(
        q.options.map((o) => o.id),
        '选项',
      );
      const n = q.options.filter((o) => o.correct).length;
      if (n !== 1)
        out.push(`${name} 是单选题，必须恰好有 1 个 correct: true 的选项，现在有 ${n} 个。`);
      break;
    }
    case 'multiple': {
      dupes(
        q.options.map((o) => o.id),
        '选项',
      );
      if (!q.options.some((o) => o.correct))
        out.push(`${name} 是多选题，至少要有 1 个 correct: true 的选项。`);
      break;
    }
    case 'ordering':
      dupes(
        q.items.map((i) => i.id),
        '步骤',
      );
      break;
    case 'matching': {
      dupes(
        q.pairs.map((p) => p.id),
        '配对',
      );
      dupes(
        q.choices.map((c) => c.id),
        '可选项',
      );
      const choices = new Set(q.choices.map((c) => c.id));
      for (const pair of q.pairs) {
        if (!choices.has(pair.match)) {
          out.push(`${name} 的配对 "${pair.id}" 指向 "${pair.match}"，但 choices 里没有这个 id。`);
        }
      }
      break;
    }
    case 'truefalse':
      break;
  }
  return out;
}

/** A whole bank file. */
export const QuizBankSchema = strictObject({
  /** The lesson this bank belongs to; must equal the file name without `.yaml`. */
  lesson: IdSchema,
  questions: z
    .array(QuestionSchema, { error: 'questions 必须是题目列表' })
    .min(1, { error: 'questions 至少要有 1 道题' }),
}).superRefine((bank, ctx) => {
  const seen = new Set<string>();
  bank.questions.forEach((q, index) => {
    if (seen.has(q.id)) {
      ctx.addIssue({
        code: 'custom',
        path: ['questions', index, 'id'],
        message: `题目 id "${q.id}" 出现了两次，每道题的 id 必须不同。`,
      });
    }
    seen.add(q.id);
    for (const message of questionIssues(q))
      ctx.addIssue({ code: 'custom', path: ['questions', index], message });
  });
});

export type QuizBank = z.output<typeof QuizBankSchema>;
export type QuizBankInput = z.input<typeof QuizBankSchema>;
export type Question = z.output<typeof QuestionSchema>;
export type QuestionType = Question['type'];

function questionIdAt(data: unknown, index: unknown): string | undefined {
  if (typeof index !== 'number' || typeof data !== 'object' || data === null) return undefined;
  const list = (data as { questions?: unknown }).questions;
  const item = Array.isArray(list) ? (list[index] as { id?: unknown } | undefined) : undefined;
  return typeof item?.id === 'string' ? item.id : `第 ${index + 1} 题`;
}

/** Parses one bank file; problems come back as issues naming `file` and the question. */
export function parseQuizBank(
  file: string,
  data: unknown,
): { bank: QuizBank | undefined; issues: ContentIssue[] } {
  const result = QuizBankSchema.safeParse(data);
  if (result.success) return { bank: result.data, issues: [] };
  const issues = result.error.issues.map((issue) => {
    if (issue.code === 'custom' || issue.path[0] !== 'questions' || issue.path.length < 2) {
      const where =
        issue.path.length > 0 && issue.code !== 'custom' ? `${issue.path.join('.')}：` : '';
      return { where: file, message: `${where}${issue.message}` };
    }
    const id = questionIdAt(data, issue.path[1]);
    const field = issue.path.slice(2).join('.');
    const label = id?.startsWith('第 ') ? id : `题目 "${id}"`;
    return {
      where: file,
      message:
        field === '' ? `${label}：${issue.message}` : `${label} 的 ${field}：${issue.message}`,
    };
  });
  return { bank: undefined, issues };
}
