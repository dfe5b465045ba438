/**
 * Which review cards are due, and the cram set for an upcoming meeting. Cards come from content
 * (`ReviewCardDef`, built at build time) and from the learner's progress: a question enters review
 * the day after it was missed, a lesson's key points the day after the lesson was marked read.
 */
import { localDay, type MistakesBook } from '../quiz/mistakes';
import { dayNotAfter, timeNotAfter } from '../time/clock';
import type { ReadingProgress } from '../progress/reading';
import { hashText } from '../progress/hash';
import { recallAt, type ReviewState } from './cards';

/** A review card as content defines it. */
export interface ReviewCardDef {
  id: string;
  kind: 'question' | 'point';
  lesson: string;
  /** What the learner is asked. */
  front: string;
  /** The answer, shown after the learner has tried to recall it. */
  back: string[];
  /** Where to read more. */
  href: string;
}

/** Id of a lesson key point's card: stable while its text stays the same. */
export function pointId(lesson: string, text: string): string {
  return `k:${lesson}:${hashText(text).slice(-8)}`;
}

export const questionCardId = (questionId: string): string => `q:${questionId}`;

/** The local midnight starting the day after `day` (YYYY-MM-DD or an ISO time read as local). */
export function nextDay(day: string | Date): Date {
  const d =
    typeof day === 'string'
      ? /^\d{4}-\d{2}-\d{2}$/.test(day)
        ? new Date(`${day}T00:00:00`)
        : new Date(day)
      : day;
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1);
}

export interface Progress {
  review: ReviewState;
  mistakes: MistakesBook;
  reading: ReadingProgress;
}

/**
 * When a card is due at `now`: its schedule once answered, else the day after it entered review;
 * `undefined` when not in review. A date later than `now` (clock ahead, or imported from such a
 * device) reads as `now`: that card is due now instead of being stuck until that day.
 */
export function dueOf(def: ReviewCardDef, p: Progress, now: Date): Date | undefined {
  const stored = p.review.cards[def.id];
  if (stored !== undefined) {
    const ahead = stored.last !== undefined && Date.parse(stored.last) > now.getTime();
    return ahead ? new Date(now.getTime()) : new Date(stored.due);
  }
  if (def.kind === 'question') {
    const entry = p.mistakes.entries[def.id.slice(2)];
    if (entry === undefined) return undefined;
    const today = localDay(now);
    return dayNotAfter(entry.missed, today) === entry.missed ? nextDay(entry.missed) : now;
  }
  const read = p.reading.read[def.lesson];
  if (read === undefined) return undefined;
  return timeNotAfter(read, now).getTime() === Date.parse(read) ? nextDay(read) : now;
}

/** Cards due at `now`, most overdue first (questions before key points on the same time). */
export function dueQueue(defs: readonly ReviewCardDef[], p: Progress, now: Date): ReviewCardDef[] {
  return defs
    .flatMap((def) => {
      const due = dueOf(def, p, now);
      return due !== undefined && due.getTime() <= now.getTime()
        ? [{ def, due: due.getTime() }]
        : [];
    })
    .sort(
      (a, b) =>
        a.due - b.due || (a.def.kind === b.def.kind ? 0 : a.def.kind === 'question' ? -1 : 1),
    )
    .map((x) => x.def);
}

/** When the next card will be due after `now`, if any is in review. */
export function nextDue(defs: readonly ReviewCardDef[], p: Progress, now: Date): Date | undefined {
  const times = defs
    .map((d) => dueOf(d, p, now)?.getTime())
    .filter((t): t is number => t !== undefined && t > now.getTime());
  return times.length === 0 ? undefined : new Date(Math.min(...times));
}

export const CRAM_SIZE = 12;

/**
 * A short set for a meeting on `meeting`, from the chosen lessons: their key points and the
 * questions missed in them, the ones least likely to be remembered on that day first. Pure: it
 * reads the schedule and changes nothing, so cramming never disturbs the normal review.
 */
export function cramSet(
  defs: readonly ReviewCardDef[],
  p: Progress,
  lessons: readonly string[],
  meeting: Date,
  size = CRAM_SIZE,
): ReviewCardDef[] {
  const order = new Map(lessons.map((l, i) => [l, i]));
  const inScope = (d: ReviewCardDef) =>
    order.has(d.lesson) &&
    (d.kind === 'point' ||
      p.mistakes.entries[d.id.slice(2)] !== undefined ||
      p.review.cards[d.id] !== undefined);
  return defs
    .filter(inScope)
    .map((def, i) => ({ def, i, recall: recallAt(p.review.cards[def.id], meeting) }))
    .sort(
      (a, b) =>
        a.recall - b.recall ||
        (a.def.kind === b.def.kind ? a.i - b.i : a.def.kind === 'question' ? -1 : 1),
    )
    .slice(0, size)
    .map((x) => x.def);
}
