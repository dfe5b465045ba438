/**
 * A scenario simulator, authored as YAML in `content/scenarios/<id>.yaml`.
 * The author guide with a complete example is `docs/scenario-format.md`.
 *
 * This schema checks the shape of one file. The rules that span the graph (links, reachability,
 * dead ends, loops, bounds, maximum scores) live in `src/lib/scenario/validate.ts` and run at build
 * and in `tests/unit/content/scenarios.test.ts`.
 */
import { z } from 'astro/zod';
import { IdSchema, strictObject } from './common';
import { CompetencySchema } from './competency';
import { OUTCOMES } from './enums';

const text = (field: string) =>
  z
    .string({ error: `${field} 必须是文字` })
    .trim()
    .min(1, { error: `${field} 不能为空` });

/** A value a variable can hold: a number, `true`/`false` for flags, or an enum value id. */
export const ValueSchema = z.union([z.number(), z.boolean(), z.string()], {
  error: '值必须是数字、true/false 或枚举值的 id',
});

// ---------------------------------------------------------------------------------------------
// State variables

const variableBase = {
  /** Name shown in the learner's state panel and the debrief, e.g. `信任`. */
  label: text('label'),
  /** Whether the learner sees this variable in the state panel while playing. Default false. */
  visible: z.boolean().default(false),
};

/** A whole number kept within `min`…`max` (e.g. 信任 0–10). Effects may never push it outside. */
export const NumberVariableSchema = strictObject({
  /** Discriminator. */
  type: z.literal('number'),
  ...variableBase,
  /** Lowest allowed value (integer). */
  min: z.number().int({ error: 'min 必须是整数' }),
  /** Highest allowed value (integer). */
  max: z.number().int({ error: 'max 必须是整数' }),
  /** Value at the start of a run, unless the drawn case sets it. */
  default: z.number().int({ error: 'default 必须是整数' }),
})
  .refine((v) => v.min < v.max, { error: 'min 必须小于 max' })
  .refine((v) => v.default >= v.min && v.default <= v.max, {
    error: 'default 必须在 min 和 max 之间',
  });

/** A yes/no fact, e.g. “已找到决策人”. */
export const FlagVariableSchema = strictObject({
  /** Discriminator. */
  type: z.literal('flag'),
  ...variableBase,
  /** Value at the start of a run. Default false. */
  default: z.boolean().default(false),
});

/** One of a fixed set of values, e.g. the incumbent's relationship type. */
export const EnumVariableSchema = strictObject({
  /** Discriminator. */
  type: z.literal('enum'),
  ...variableBase,
  /** Allowed values: `value-id: 显示名称`, at least two. */
  values: z
    .record(IdSchema, text('values 的显示名称'))
    .refine((values) => Object.keys(values).length >= 2, { error: 'values 至少要有两个取值' }),
  /** Value id at the start of a run, unless the drawn case sets it. */
  default: IdSchema,
}).refine((v) => v.default in v.values, { error: 'default 必须是 values 里的一个取值 id' });

/** A typed state variable; `type` says which kind. */
export const VariableSchema = z.discriminatedUnion(
  'type',
  [NumberVariableSchema, FlagVariableSchema, EnumVariableSchema],
  {
    error: 'variable 的 type 必须是 number、flag 或 enum',
  },
);

// ---------------------------------------------------------------------------------------------
// Conditions (guards, routes, debrief paragraphs) — plain data, never code.

/** A test on one variable: exactly one operator besides `var`. */
export interface VarCondition {
  /** The variable tested. */
  var: string;
  /** Equal to (number, true/false, or enum value id). */
  eq?: number | boolean | string | undefined;
  /** Not equal to. */
  ne?: number | boolean | string | undefined;
  /** One of these values. */
  in?: (number | boolean | string)[] | undefined;
  /** Numbers: greater than or equal. */
  gte?: number | undefined;
  /** Numbers: less than or equal. */
  lte?: number | undefined;
  /** Numbers: greater than. */
  gt?: number | undefined;
  /** Numbers: less than. */
  lt?: number | undefined;
}

/**
 * A declarative condition on the run's state: a test on one variable, or `all` / `any` / `none`
 * of a list of conditions. (Written out as an interface because it is recursive.)
 */
export type Condition =
  VarCondition | { all: Condition[] } | { any: Condition[] } | { none: Condition[] };

export const OPERATORS = ['eq', 'ne', 'in', 'gte', 'lte', 'gt', 'lt'] as const;

const VarConditionSchema = strictObject({
  var: IdSchema,
  eq: ValueSchema.optional(),
  ne: ValueSchema.optional(),
  in: z.array(ValueSchema).min(1, { error: 'in 至少列出一个值' }).optional(),
  gte: z.number().optional(),
  lte: z.number().optional(),
  gt: z.number().optional(),
  lt: z.number().optional(),
}).refine((c) => OPERATORS.filter((op) => c[op] !== undefined).length === 1, {
  error: `条件除 var 外必须恰好写一个比较：${OPERATORS.join('、')}`,
});

export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union(
    [
      VarConditionSchema,
      strictObject({ all: z.array(ConditionSchema).min(1) }),
      strictObject({ any: z.array(ConditionSchema).min(1) }),
      strictObject({ none: z.array(ConditionSchema).min(1) }),
    ],
    { error: '条件写法不对：写 { var: 变量, eq: 值 } 这样的比较，或用 all / any / none 组合' },
  ),
);

// ---------------------------------------------------------------------------------------------
// Effects, scores, links, routing

/** A change to one variable: `set` it to a value, or `add` to a number (negative to subtract). */
export const EffectSchema = z.union(
  [
    strictObject({
      /** The variable changed. */
      var: IdSchema,
      /** New value (number, true/false, or enum value id). */
      set: ValueSchema,
    }),
    strictObject({
      /** The number variable changed. */
      var: IdSchema,
      /** Amount added (integer; negative subtracts). The result must stay within bounds. */
      add: z.number().int({ error: 'add 必须是整数' }),
    }),
  ],
  { error: '效果写法不对：写 { var: 变量, set: 值 } 或 { var: 数值变量, add: 整数 }' },
);

/** Points per competency, e.g. `{ intelligence: 2, competitor-strategy: -1 }`. Integers. */
export const ScoreSchema = z.partialRecord(
  CompetencySchema,
  z.number().int({ error: '分数必须是整数' }),
);

/** A link to a lesson section, e.g. `{ lesson: intelligence, section: competitor-types }`. Checked at build. */
export const LessonLinkSchema = strictObject({
  /** Lesson id (the file name in `content/lessons/` without `.mdx`). */
  lesson: IdSchema,
  /** Section id inside that lesson (`<Section id="…">`). */
  section: IdSchema,
});

/** One conditional route: go `to` a node when `when` holds; without `when` it always applies. */
export const RouteSchema = strictObject({
  /** Condition on the state after the choice's effects. Omit on the last route (the fallback). */
  when: ConditionSchema.optional(),
  /** Node id to go to. */
  to: IdSchema,
});

/**
 * Where to go next: a node id, or a list of routes tried in order, the last without `when`.
 * Routes see the state after the choice's effects, so they can branch on the drawn case or on
 * what the learner has done.
 */
export const NextSchema = z.union(
  [IdSchema, z.array(RouteSchema).min(1, { error: 'next 的路线列表不能为空' })],
  {
    error: 'next 必须是节点 id，或 [{ when, to }, …, { to }] 这样的路线列表',
  },
);

/** Notes for the trainer's console (workshop mode). Never shown to learners. */
export const FacilitatorSchema = strictObject({
  /** What the trainer should know or point out here. */
  notes: text('facilitator.notes').optional(),
  /** Questions to put to the room. */
  prompts: z.array(text('facilitator.prompts')).optional(),
});

/** A variant of a choice's outcome that applies when `when` holds (first match wins). */
export const ChoiceBranchSchema = strictObject({
  /** Condition on the state before the choice. */
  when: ConditionSchema,
  /** Replaces the choice's `feedback`. */
  feedback: text('feedback').optional(),
  /** Replaces the choice's `score`. */
  score: ScoreSchema.optional(),
  /** Replaces the choice's `effects`. */
  effects: z.array(EffectSchema).optional(),
});

/** One option at a decision node. */
export const ChoiceSchema = strictObject({
  /** Id, unique within its node; stored in runs, so keep it stable. */
  id: IdSchema,
  /** What the learner picks, as the rep would say or do it. */
  label: text('label'),
  /** Shown only when this holds; otherwise the option is not offered. */
  guard: ConditionSchema.optional(),
  /** Changes to state, applied in order. */
  effects: z.array(EffectSchema).default([]),
  /** Points per competency earned by this choice. */
  score: ScoreSchema.default({}),
  /** Immediate feedback shown (and announced) after choosing: what happened and why. */
  feedback: text('feedback'),
  /** The lesson section that explains why; linked from the feedback and the debrief. */
  rationale: LessonLinkSchema,
  /** Variants of feedback/score/effects by state, e.g. right or wrong for the drawn case. */
  branches: z.array(ChoiceBranchSchema).optional(),
  /** Node id or routes to go to after this choice. */
  next: NextSchema,
  /** Trainer-only notes. */
  facilitator: FacilitatorSchema.optional(),
});

// ---------------------------------------------------------------------------------------------
// Nodes

const nodeBase = {
  /** Who speaks, e.g. `客户行政部王主任`. Omit for narration. */
  speaker: text('speaker').optional(),
  /** Short heading of the step. */
  title: text('title'),
  /**
   * The step's text. Paragraphs are separated by a blank line (use a `|` block). `{{name}}` is
   * replaced by the drawn case's fact `name`, or by the current value of variable `name`.
   */
  text: text('text'),
  /** Show the drawn case's clue list under the text. Default false. */
  showCase: z.boolean().default(false),
  /** Trainer-only notes. */
  facilitator: FacilitatorSchema.optional(),
};

/** A step the learner reads, then continues. */
export const NarrativeNodeSchema = strictObject({
  /** Discriminator. */
  type: z.literal('narrative'),
  ...nodeBase,
  /** Node id or routes to go to on “继续”. */
  next: NextSchema,
});

/** A step where the learner decides. */
export const DecisionNodeSchema = strictObject({
  /** Discriminator. */
  type: z.literal('decision'),
  ...nodeBase,
  /** The question, used as the legend of the choice group, e.g. `你判断对手属于哪一类？`. */
  prompt: text('prompt'),
  /** The options, at least two (checked at build). */
  choices: z.array(ChoiceSchema).min(1, { error: 'choices 至少要有两个选项' }),
});

export { OUTCOMES };

/** A paragraph of the debrief, shown only when `when` holds (always when omitted). */
export const DebriefParagraphSchema = strictObject({
  /** Condition on the final state. */
  when: ConditionSchema.optional(),
  /** The paragraph; `{{name}}` placeholders as in node text. */
  text: text('debrief.text'),
});

/** An ending: the outcome and what the learner should take away. */
export const EndingNodeSchema = strictObject({
  /** Discriminator. */
  type: z.literal('ending'),
  ...nodeBase,
  /** `won` 成功, `partial` 部分成功, `risky-win` 有隐患的成功, `lost` 失败. */
  outcome: z.enum(OUTCOMES, { error: `outcome 必须是 ${OUTCOMES.join('、')} 之一` }),
  /** Debrief paragraphs, chosen by the final state. */
  debrief: z.array(DebriefParagraphSchema).default([]),
  /** Lesson sections to review after this ending. */
  review: z.array(LessonLinkSchema).default([]),
});

/** A node of the scenario graph; `type` says which kind. */
export const NodeSchema = z.discriminatedUnion(
  'type',
  [NarrativeNodeSchema, DecisionNodeSchema, EndingNodeSchema],
  {
    error: 'node 的 type 必须是 narrative、decision 或 ending',
  },
);

// ---------------------------------------------------------------------------------------------
// Cases and the scenario

/** One case of the pool; a run draws one at start with its seed. */
export const CaseSchema = strictObject({
  /** Id, unique in the scenario; stored in runs. */
  id: IdSchema,
  /** Short name shown in the debrief, e.g. `某省属能源集团`. */
  label: text('label'),
  /** Clues shown where a node has `showCase: true`. */
  clues: z.array(text('clues')).default([]),
  /** Variable values this case starts with (overriding defaults). */
  set: z.record(IdSchema, ValueSchema).default({}),
  /** Texts for `{{name}}` placeholders; every case must define the same names. */
  facts: z.record(IdSchema, text('facts')).default({}),
  /** Trainer-only notes about this case. */
  facilitator: FacilitatorSchema.optional(),
});

/** A whole scenario file. */
export const ScenarioSchema = strictObject({
  /** Stable id; must equal the file name without `.yaml`. Used in URLs and stored runs. */
  id: IdSchema,
  /** Position on the scenarios page, 1 first. */
  order: z.number().int({ error: 'order 必须是整数' }).min(1, { error: 'order 从 1 开始' }),
  /** Title, e.g. `识别竞争对手关系类型，选择应对策略`. */
  title: text('title'),
  /** One or two sentences: the situation and what the learner practises. */
  summary: text('summary'),
  /** Estimated minutes for one run. */
  minutes: z
    .number()
    .int()
    .min(1, { error: 'minutes 至少为 1' })
    .max(60, { error: 'minutes 最多 60' }),
  /** Competencies this scenario scores; every score key must be one of them. */
  competencies: z.array(CompetencySchema).min(1, { error: 'competencies 至少列一项' }),
  /** Lesson sections to read before playing. */
  lessons: z.array(LessonLinkSchema).min(1, { error: 'lessons 至少链接一个课程小节' }),
  /** Id of the first node. */
  start: IdSchema,
  /** State variables by id. */
  variables: z.record(IdSchema, VariableSchema).default({}),
  /** Case pool; when present a run draws one case with its seed. */
  cases: z.array(CaseSchema).default([]),
  /** Nodes by id. */
  nodes: z.record(IdSchema, NodeSchema),
  /** Trainer-only notes about the whole scenario. */
  facilitator: FacilitatorSchema.optional(),
});

export type Scenario = z.output<typeof ScenarioSchema>;
export type ScenarioInput = z.input<typeof ScenarioSchema>;
export type ScenarioNode = z.output<typeof NodeSchema>;
export type DecisionNode = z.output<typeof DecisionNodeSchema>;
export type EndingNode = z.output<typeof EndingNodeSchema>;
export type Choice = z.output<typeof ChoiceSchema>;
export type Variable = z.output<typeof VariableSchema>;
export type Effect = z.output<typeof EffectSchema>;
export type Next = z.output<typeof NextSchema>;
export type Score = z.output<typeof ScoreSchema>;
export type LessonLink = z.output<typeof LessonLinkSchema>;
export type ScenarioCase = z.output<typeof CaseSchema>;
export type Outcome = (typeof OUTCOMES)[number];
export type Value = z.output<typeof ValueSchema>;
