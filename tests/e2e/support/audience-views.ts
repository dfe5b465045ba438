/**
 * Every screen the projector can show for the course's content, built the way the presenter console
 * builds them (`audienceView` over a workshop session): for each scenario and case, every reachable
 * step with the room's votes revealed (once per option the room can follow, so every feedback text
 * is seen) and each decision as asked with the countdown running; every ending; every question of
 * every bank revealed, and each ordering or matching question also as asked (its shuffled lists).
 * Runs in Node (Playwright's TypeScript loader) and reads the same YAML the build reads.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { ScenarioSchema, type Scenario } from '../../../src/schemas/scenario';
import { QuizBankSchema } from '../../../src/schemas/quiz';
import type { Step } from '../../../src/lib/scenario/engine';
import { explore } from '../../../src/lib/scenario/explore';
import { audienceView, type AudienceView } from '../../../src/lib/workshop/audience';
import {
  apply,
  initialSession,
  optionsOf,
  type Deck,
  type Session,
} from '../../../src/lib/workshop/session';
import { zhCN } from '../../../src/i18n/zh-CN';

const AT = '2026-11-27T08:00:00.000Z';
const WORDS = { true: zhCN['audience.true'], false: zhCN['audience.false'] };
/** A full room: 30 hands, the followed option ahead, the rest spread so every bar has a length. */
const ROOM = 30;

/** Votes that make `lead` the room's clear choice and give every other option some hands. */
function votesFor(ids: string[], lead: string): Record<string, number> {
  const others = ids.filter((id) => id !== lead);
  const each = Math.floor(ROOM / (2 * Math.max(1, others.length)));
  return Object.fromEntries(
    ids.map((id) => [id, id === lead ? ROOM - each * others.length : each]),
  );
}

/**
 * Variables whose values change which options and which feedback a node shows: read by its guards
 * and branches. (Printed values such as amounts change a text by a few characters; the cases'
 * facts, which change more, are covered by walking every case.)
 */
function screenVars(def: Scenario, nodeId: string): string[] {
  const node = def.nodes[nodeId];
  const found = new Set<string>();
  const conditions = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(conditions);
    else if (typeof value === 'object' && value !== null)
      for (const [key, v] of Object.entries(value))
        if (key === 'var' && typeof v === 'string') found.add(v);
        else conditions(v);
  };
  if (node?.type === 'decision')
    for (const choice of node.choices) {
      conditions(choice.guard);
      (choice.branches ?? []).forEach((b) => conditions(b.when));
    }
  return [...found].sort();
}

/**
 * The explorer's configuration graph (every node and variable state a run can reach, guards
 * included) for each case; each configuration is put on the projector through a run that reaches
 * it by the first path found, revealed once per option the room can follow (each shows that
 * option's feedback and the room's choice on it). Configurations that differ only in variables
 * the node's guards and branches do not read show the same screens and are put up once (full-deal
 * alone has 7,520 configurations). Of all the revealed screens of one node (cases, variables and
 * followed options change their texts) the longest is kept: it is the one that must fit, and one
 * screen per node keeps the browser pass short.
 */
function scenarioViews(deck: Extract<Deck, { kind: 'scenario' }>): AudienceView[] {
  const { def } = deck;
  const longest = new Map<string, { size: number; view: AudienceView }>();
  const keep = (key: string, view: AudienceView) => {
    const size = JSON.stringify(view).length;
    if ((longest.get(key)?.size ?? -1) < size) longest.set(key, { size, view });
  };
  const cases = def.cases.length > 0 ? def.cases : [undefined];
  for (const caseDef of cases) {
    const start = apply(deck, initialSession(), {
      type: 'start',
      seed: 7,
      at: AT,
      ...(caseDef === undefined ? {} : { caseId: caseDef.id }),
    }).session;
    const graph = explore(def, caseDef);
    // Breadth-first: the shortest path of steps to every configuration.
    const paths = new Map<number, Step[]>([[graph.start, []]]);
    const queue = [graph.start];
    while (queue.length > 0) {
      const at = queue.shift()!;
      const path = paths.get(at)!;
      for (const edge of graph.edges[at]!) {
        if (paths.has(edge.to)) continue;
        paths.set(edge.to, [...path, { node: graph.configs[at]!.node, choice: edge.choice }]);
        queue.push(edge.to);
      }
    }
    const shown = new Set<string>();
    for (const [at, steps] of paths) {
      const { node: nodeId, vars } = graph.configs[at]!;
      const screen = `${nodeId}\u0000${JSON.stringify(screenVars(def, nodeId).map((v) => vars[v]))}`;
      if (shown.has(screen)) continue;
      shown.add(screen);
      const pres = start.current!;
      const here: Session = { ...start, current: { ...pres, run: { ...pres.run!, steps } } };
      const options = optionsOf(deck, here.current!).map((o) => o.id);
      // As asked, before the vote: the options and the countdown (the timer on).
      if (options.length > 0)
        keep(
          `${nodeId} asked`,
          audienceView(deck, apply(deck, here, { type: 'timer', on: true }).session, WORDS),
        );
      for (const lead of options.length > 0 ? options : [undefined]) {
        const voted =
          lead === undefined
            ? here
            : apply(deck, here, { type: 'setVotes', votes: votesFor(options, lead) }).session;
        const view = audienceView(
          deck,
          apply(deck, voted, { type: 'reveal', on: true }).session,
          WORDS,
        );
        keep(nodeId, view);
      }
    }
  }
  return [...longest.values()].map((v) => v.view);
}

function bankViews(deck: Extract<Deck, { kind: 'quiz' }>): AudienceView[] {
  const views: AudienceView[] = [];
  let s = apply(deck, initialSession(), { type: 'start', seed: 7, at: AT }).session;
  for (let i = 0; i <= deck.questions.length; i += 1) {
    // Before the reveal an ordering or matching question shows its shuffled lists (both sides of a
    // matching one), which the answer replaces afterwards: a screen of its own that must fit too.
    const asked = audienceView(deck, s, WORDS);
    if (asked.kind === 'step' && asked.lists.length > 0) views.push(asked);
    const options = optionsOf(deck, s.current!).map((o) => o.id);
    if (options.length > 0)
      s = apply(deck, s, { type: 'setVotes', votes: votesFor(options, options[0]!) }).session;
    s = apply(deck, s, { type: 'reveal', on: true }).session;
    views.push(audienceView(deck, s, WORDS));
    s = apply(deck, s, { type: 'next', at: AT }).session;
  }
  return views;
}

/** The lesson's title from its MDX front matter (what the quiz console shows as the item). */
function lessonTitle(lesson: string): string {
  const source = readFileSync(`content/lessons/${lesson}.mdx`, 'utf8');
  const front = /^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '';
  return (parse(front) as { title: string }).title;
}

export interface NamedView {
  /** Where the view comes from, for failure messages: `scenario:full-deal #12`. */
  name: string;
  view: AudienceView;
}

/** Every projector view of every scenario and question bank: revealed, and lists as asked. */
export function allAudienceViews(): NamedView[] {
  const named: NamedView[] = [];
  for (const file of readdirSync('content/scenarios')
    .filter((f) => f.endsWith('.yaml'))
    .sort()) {
    const def = ScenarioSchema.parse(parse(readFileSync(`content/scenarios/${file}`, 'utf8')));
    scenarioViews({ kind: 'scenario', def }).forEach((view, i) =>
      named.push({ name: `scenario:${def.id} #${i}`, view }),
    );
  }
  for (const file of readdirSync('content/quizzes')
    .filter((f) => f.endsWith('.yaml'))
    .sort()) {
    const bank = QuizBankSchema.parse(parse(readFileSync(`content/quizzes/${file}`, 'utf8')));
    const deck: Deck = {
      kind: 'quiz',
      lesson: bank.lesson,
      title: lessonTitle(bank.lesson),
      questions: bank.questions,
    };
    bankViews(deck).forEach((view, i) => named.push({ name: `quiz:${bank.lesson} #${i}`, view }));
  }
  return named;
}
