/**
 * Spaced review (复习): each review card's memory schedule, kept by the FSRS algorithm (ts-fsrs).
 *
 * Stored JSON (key `tmc:review`):
 *   { "v": 1, "cards": { "<cardId>": { "due": ISO, "stability": 2.3, "difficulty": 5.1,
 *       "elapsedDays": 0, "scheduledDays": 2, "learningSteps": 0, "reps": 1, "lapses": 0,
 *       "state": 2, "last": ISO } } }
 * Card ids: `q:<questionId>` for a question from the mistakes book, `k:<lessonId>:<hash>` for a
 * key point (a lesson objective; the hash is of its text, so reordering objectives keeps them).
 * Only cards the learner has answered are stored; the rest are new and built from content.
 * Version history:
 *   v1 (2026-11) — first version.
 */
import { createEmptyCard, fsrs, Rating, type Card, type Grade } from 'ts-fsrs';
import type { Parsed, VersionedFormat } from '../storage/versioned';
import { isIsoTime, timeNotAfter } from '../time/clock';
import { isRecord } from '../util/guards';
import { ID_PATTERN } from '../../schemas/id';

export interface StoredCard {
  due: string;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  /** ts-fsrs `State`: 0 new, 1 learning, 2 review, 3 relearning. */
  state: number;
  /** Time of the last answer. */
  last?: string;
}

export interface ReviewState {
  v: 1;
  cards: Record<string, StoredCard>;
}

/** The content id pattern without its anchors, to build the card id pattern from. */
const ID = ID_PATTERN.source.slice(1, -1);
/** A card id: `q:<question id>` or `k:<lesson id>:<8 hex digits of the key point's hash>`. */
export const CARD_ID = new RegExp(`^(?:q:${ID}|k:${ID}:[0-9a-f]{8})$`);

/** ts-fsrs keeps stability within [0.001, 36 500] days and difficulty within [1, 10]. */
const MAX_DAYS = 36_500;
/** More answers or lapses than anyone gives one card in a lifetime of daily review. */
const MAX_COUNT = 100_000;
const isTime = isIsoTime;
const inRange = (x: unknown, min: number, max: number): x is number =>
  typeof x === 'number' && Number.isFinite(x) && x >= min && x <= max;
const isCount = (x: unknown, max = MAX_COUNT): x is number =>
  Number.isInteger(x) && inRange(x, 0, max);

function parseCard(raw: unknown): StoredCard | undefined {
  if (!isRecord(raw)) return undefined;
  const {
    due,
    stability,
    difficulty,
    elapsedDays,
    scheduledDays,
    learningSteps,
    reps,
    lapses,
    state,
    last,
  } = raw;
  // Values, not only shapes: each number within what the scheduler can produce.
  if (
    !isTime(due) ||
    !inRange(stability, 0, MAX_DAYS) ||
    !inRange(difficulty, 0, 10) ||
    !isCount(elapsedDays, MAX_DAYS) ||
    !isCount(scheduledDays, MAX_DAYS)
  )
    return undefined;
  if (
    !isCount(learningSteps) ||
    !isCount(reps) ||
    !isCount(lapses) ||
    lapses > reps ||
    typeof state !== 'number' ||
    ![0, 1, 2, 3].includes(state)
  )
    return undefined;
  if (last !== undefined && !isTime(last)) return undefined;
  const card: StoredCard = {
    due,
    stability,
    difficulty,
    elapsedDays,
    scheduledDays,
    learningSteps,
    reps,
    lapses,
    state,
  };
  return last === undefined ? card : { ...card, last };
}

function parseReview(payload: Record<string, unknown>): Parsed<ReviewState> | undefined {
  const cards = payload['cards'];
  if (!isRecord(cards)) return undefined;
  const kept: Record<string, StoredCard> = {};
  let dropped = 0;
  for (const [id, raw] of Object.entries(cards)) {
    const card = CARD_ID.test(id) ? parseCard(raw) : undefined;
    if (card === undefined) dropped += 1;
    else kept[id] = card;
  }
  return { value: { v: 1, cards: kept }, dropped };
}

export const reviewFormat: VersionedFormat<ReviewState> = {
  version: 1,
  minVersion: 1,
  migrations: {},
  parse: parseReview,
  initial: () => ({ v: 1, cards: {} }),
};

/** The four answers a learner gives to a card, weakest first. */
export const RATINGS = ['again', 'hard', 'good', 'easy'] as const;
export type RatingName = (typeof RATINGS)[number];
const GRADE: Record<RatingName, Grade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};

// Fuzz off: the schedule depends only on the answers and the clock, so tests are exact.
const scheduler = fsrs({ enable_fuzz: false });

/** The card as ts-fsrs reads it at `now`; a last review later than `now` reads as `now`. */
export function toFsrs(card: StoredCard, now: Date): Card {
  const base: Card = {
    due: new Date(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsedDays,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
  };
  return card.last === undefined ? base : { ...base, last_review: timeNotAfter(card.last, now) };
}

function fromFsrs(card: Card): StoredCard {
  const stored: StoredCard = {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
  };
  return card.last_review === undefined
    ? stored
    : { ...stored, last: card.last_review.toISOString() };
}

/** Records an answer to a card at `now` and reschedules it. */
export function answerCard(
  state: ReviewState,
  id: string,
  rating: RatingName,
  now: Date,
): ReviewState {
  const current = state.cards[id];
  const card = current === undefined ? createEmptyCard(now) : toFsrs(current, now);
  const next = scheduler.next(card, now, GRADE[rating]).card;
  return { ...state, cards: { ...state.cards, [id]: fromFsrs(next) } };
}

/** Probability (0–1) that the learner still recalls a stored card at `at`; 0 for a card never answered. */
export function recallAt(card: StoredCard | undefined, at: Date): number {
  if (card === undefined || card.last === undefined) return 0;
  return scheduler.get_retrievability(toFsrs(card, at), at, false);
}
