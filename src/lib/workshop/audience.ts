/**
 * What the projector shows, as plain data: exactly the room's view of the current screen. Built
 * from learner-facing fields only (the scenario view and question texts), never from `facilitator`;
 * the expert's or right option and the votes appear only after the trainer reveals.
 */
import type { Outcome } from '../../schemas/scenario';
import type { Question } from '../../schemas/quiz';
import { expertChoice, position } from '../scenario/engine';
import { arrange, displayOrder } from '../quiz/draw';
import { interpolate, outcomeOf } from '../scenario/state';
import { viewOf } from '../scenario/view';
import {
  followed,
  optionsOf,
  positionKey,
  presentationOf,
  roomTally,
  type Deck,
  type Presentation,
  type Session,
} from './session';

export interface AudienceOption {
  id: string;
  /** A, B, C… as the trainer calls them out. */
  letter: string;
  label: string;
  /** After reveal only: votes, share of all votes, whether it is the expert's / right option, and the room's. */
  count?: number;
  percent?: number;
  expert?: boolean;
  chosen?: boolean;
}

export interface AudienceStep {
  kind: 'step';
  /** Changes with every screen and with reveal: focus and announcements follow it. */
  key: string;
  item: string;
  /** Step or question number, and the number of questions of a bank. */
  number: number;
  of: number | undefined;
  title: string;
  speaker: string | undefined;
  paragraphs: string[];
  clues: string[];
  prompt: string | undefined;
  options: AudienceOption[];
  /** Steps of an ordering question or the two sides of a matching question (choices shuffled). */
  lists: string[][];
  revealed: boolean;
  /** After reveal: all votes counted, the feedback, and (ordering/matching) the right answer. */
  total?: number;
  feedback?: string;
  answer?: string[];
  /** Countdown, when the trainer turned the timer on. */
  timer?: { seconds: number; since: string };
}

export type AudienceView =
  | { kind: 'idle' }
  | { kind: 'hidden' }
  | AudienceStep
  | {
      kind: 'ending';
      key: string;
      item: string;
      title: string;
      outcome: Outcome;
      paragraphs: string[];
    }
  | { kind: 'done'; key: string; item: string; count: number };

export interface AudienceWords {
  true: string;
  false: string;
}

export const letter = (i: number): string => String.fromCharCode(65 + i);

/** Title of the deck as the room reads it. */
export const deckTitle = (deck: Deck): string =>
  deck.kind === 'scenario' ? deck.def.title : deck.title;

/** What the projector shows now. `ignoreHidden` gives the console the screen behind the blank. */
export function audienceView(
  deck: Deck,
  session: Session,
  words: AudienceWords,
  ignoreHidden = false,
): AudienceView {
  const pres = presentationOf(deck, session);
  if (pres === undefined) return { kind: 'idle' };
  if (session.hidden && !ignoreHidden) return { kind: 'hidden' };
  const key = `${pres.item}/${pres.p}/${positionKey(deck, pres)}/${pres.revealed ? 'r' : 'q'}`;
  const item = deckTitle(deck);
  const base =
    deck.kind === 'scenario'
      ? scenarioStep(deck, pres, key, item)
      : questionStep(deck, pres, key, item, words);
  if (base.kind !== 'step') return base;
  const decision = base.options.length > 0;
  if (decision && session.timer.on && !pres.revealed)
    base.timer = { seconds: session.timer.seconds, since: pres.shownAt };
  if (!pres.revealed) return base;
  const tally = roomTally(deck, session, pres);
  const chosen = followed(deck, session, pres);
  const expert = deck.kind === 'scenario' ? expertChoice(deck.def, pres.run!) : undefined;
  const correct = new Set(
    optionsOf(deck, pres)
      .filter((o) => o.correct)
      .map((o) => o.id),
  );
  base.total = tally.total;
  base.options = base.options.map((o) => {
    const count = tally.counts.find((c) => c.id === o.id)?.count ?? 0;
    return {
      ...o,
      count,
      percent: tally.total === 0 ? 0 : Math.round((count / tally.total) * 100),
      expert: deck.kind === 'scenario' ? o.id === expert : correct.has(o.id),
      chosen: deck.kind === 'scenario' && o.id === chosen,
    };
  });
  const feedback =
    deck.kind === 'scenario' && decision ? choiceFeedback(deck, pres, chosen ?? expert) : undefined;
  if (feedback !== undefined) base.feedback = feedback;
  return base;
}

function choiceFeedback(
  deck: Extract<Deck, { kind: 'scenario' }>,
  pres: Presentation,
  id: string | undefined,
): string | undefined {
  const here = position(deck.def, pres.run!);
  if (here.node.type !== 'decision' || id === undefined) return undefined;
  const choice = here.node.choices.find((c) => c.id === id);
  return choice === undefined
    ? undefined
    : interpolate(deck.def, outcomeOf(choice, here.vars).feedback, here.caseDef, here.vars);
}

function scenarioStep(
  deck: Extract<Deck, { kind: 'scenario' }>,
  pres: Presentation,
  key: string,
  item: string,
): AudienceView {
  const view = viewOf(deck.def, pres.run!);
  if (view.kind === 'ending')
    return {
      kind: 'ending',
      key,
      item,
      title: view.title,
      outcome: view.outcome,
      paragraphs: view.paragraphs,
    };
  return {
    kind: 'step',
    key,
    item,
    number: view.stepNumber,
    of: undefined,
    title: view.title,
    speaker: view.speaker,
    paragraphs: view.paragraphs,
    clues: view.clues,
    prompt: view.prompt,
    options: view.choices.map((c, i) => ({ id: c.id, letter: letter(i), label: c.label })),
    lists: [],
    revealed: pres.revealed,
  };
}

function questionStep(
  deck: Extract<Deck, { kind: 'quiz' }>,
  pres: Presentation,
  key: string,
  item: string,
  words: AudienceWords,
): AudienceView {
  const q: Question | undefined = deck.questions[pres.index];
  if (q === undefined) return { kind: 'done', key, item, count: deck.questions.length };
  const step: AudienceStep = {
    kind: 'step',
    key,
    item,
    number: pres.index + 1,
    of: deck.questions.length,
    title: q.prompt,
    speaker: undefined,
    paragraphs: q.type === 'case' ? [q.scenario] : [],
    clues: [],
    prompt: undefined,
    options: [],
    lists: [],
    revealed: pres.revealed,
  };
  // The session's seed orders options, steps and matching choices (never as authored).
  const order = displayOrder(q, pres.seed);
  const inOrder = <T extends { id: string }>(items: readonly T[]): T[] => arrange(items, order);
  switch (q.type) {
    case 'single':
    case 'case':
    case 'multiple':
      step.options = inOrder(q.options).map((o, i) => ({
        id: o.id,
        letter: letter(i),
        label: o.text,
      }));
      break;
    case 'truefalse':
      step.options = [
        { id: 'true', letter: letter(0), label: words.true },
        { id: 'false', letter: letter(1), label: words.false },
      ];
      break;
    case 'ordering':
      step.lists = [inOrder(q.items).map((i) => i.text)];
      if (pres.revealed) step.answer = q.items.map((i) => i.text);
      break;
    case 'matching':
      step.lists = [q.pairs.map((p) => p.text), inOrder(q.choices).map((c) => c.text)];
      if (pres.revealed)
        step.answer = q.pairs.map(
          (p) => `${p.text} — ${q.choices.find((c) => c.id === p.match)?.text ?? ''}`,
        );
      break;
  }
  if (pres.revealed && q.explanation !== undefined) step.feedback = q.explanation;
  return step;
}
