/**
 * The mistakes book (错题本): questions the learner got wrong, until they are fixed.
 *
 * Rule: a question leaves the book once it has been answered correctly on two distinct calendar
 * days (the learner's local date) later than the day of its last miss. A new miss starts over.
 * Right answers on the day of the miss do not count: the point is recall in a later session.
 *
 * Stored JSON (key `tmc:mistakes`):
 *   { "v": 1, "entries": { "<questionId>": { "lesson": "<lessonId>", "missed": "2026-11-27",
 *                                            "misses": 2, "fixes": ["2026-11-28"] } } }
 * Version history:
 *   v1 (2026-11) — first version.
 */
import type { Parsed, VersionedFormat } from '../storage/versioned';
import { dayNotAfter, isCalendarDay } from '../time/clock';
import { isId, isRecord } from '../util/guards';

export interface MistakeEntry {
  lesson: string;
  /** Local date (YYYY-MM-DD) of the last wrong answer. */
  missed: string;
  /** How many times it was answered wrong in all. */
  misses: number;
  /** Distinct later days on which it was answered right since the last miss. */
  fixes: string[];
}

export interface MistakesBook {
  v: 1;
  entries: Record<string, MistakeEntry>;
}

/** Right answers on this many later days take a question out of the book. */
export const FIXES_NEEDED = 2;

/** More misses of one question than a learner can make; a larger count is not a real record. */
const MAX_MISSES = 100_000;

/** The local calendar date of `date` as YYYY-MM-DD. */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function parseEntry(raw: unknown): MistakeEntry | undefined {
  if (!isRecord(raw)) return undefined;
  const { lesson, missed, misses, fixes } = raw;
  if (typeof lesson !== 'string' || !isId(lesson) || !isCalendarDay(missed)) return undefined;
  if (
    typeof misses !== 'number' ||
    !Number.isInteger(misses) ||
    misses < 1 ||
    misses > MAX_MISSES ||
    !Array.isArray(fixes) ||
    !fixes.every(isCalendarDay)
  )
    return undefined;
  return { lesson, missed, misses, fixes: fixes as string[] };
}

function parseBook(payload: Record<string, unknown>): Parsed<MistakesBook> | undefined {
  const entries = payload['entries'];
  if (!isRecord(entries)) return undefined;
  const kept: Record<string, MistakeEntry> = {};
  let dropped = 0;
  for (const [id, raw] of Object.entries(entries)) {
    const entry = isId(id) ? parseEntry(raw) : undefined;
    if (entry === undefined) dropped += 1;
    else kept[id] = entry;
  }
  return { value: { v: 1, entries: kept }, dropped };
}

export const mistakesFormat: VersionedFormat<MistakesBook> = {
  version: 1,
  minVersion: 1,
  migrations: {},
  parse: parseBook,
  initial: () => ({ v: 1, entries: {} }),
};

export interface AnswerEvent {
  questionId: string;
  lesson: string;
  correct: boolean;
  /** Local date of the answer, from `localDay(clock())`. */
  day: string;
}

/** Updates the book with one graded answer. */
export function recordAnswer(book: MistakesBook, event: AnswerEvent): MistakesBook {
  const { questionId, lesson, correct, day } = event;
  const stored = book.entries[questionId];
  // A miss dated after today (clock ahead, or imported) is today's miss from now on.
  if (stored !== undefined && dayNotAfter(stored.missed, day) !== stored.missed) {
    const entry: MistakeEntry = { ...stored, missed: day, fixes: [] };
    return recordAnswer({ ...book, entries: { ...book.entries, [questionId]: entry } }, event);
  }
  const entry = stored;
  if (!correct) {
    const next: MistakeEntry = { lesson, missed: day, misses: (entry?.misses ?? 0) + 1, fixes: [] };
    return { ...book, entries: { ...book.entries, [questionId]: next } };
  }
  if (entry === undefined || day <= entry.missed || entry.fixes.includes(day)) return book;
  const fixes = [...entry.fixes, day];
  if (fixes.length >= FIXES_NEEDED) {
    const { [questionId]: _fixed, ...rest } = book.entries;
    return { ...book, entries: rest };
  }
  return { ...book, entries: { ...book.entries, [questionId]: { ...entry, fixes } } };
}

/** Records many answers at once (a submitted test). */
export function recordAnswers(book: MistakesBook, events: readonly AnswerEvent[]): MistakesBook {
  return events.reduce(recordAnswer, book);
}

/**
 * The book grouped by lesson in course order, skipping questions that no longer exist.
 * `known` maps question id to its lesson; entries under lessons not listed are left out.
 * `alsoShow` lists questions to keep on screen though no longer in the book (retried this visit).
 */
export function groupByLesson(
  book: MistakesBook,
  lessonOrder: readonly string[],
  known: ReadonlyMap<string, string>,
  alsoShow: readonly string[] = [],
): { lesson: string; ids: string[] }[] {
  const ids = [...new Set([...Object.keys(book.entries), ...alsoShow])];
  return lessonOrder
    .map((lesson) => ({
      lesson,
      ids: ids.filter((id) => known.get(id) === lesson).sort(),
    }))
    .filter((group) => group.ids.length > 0);
}

/** What a right answer today does to a question in the book, for the message shown after a retry. */
export function fixOutcome(
  book: MistakesBook,
  questionId: string,
  day: string,
): 'same-day' | 'counted' | 'removed' | 'none' {
  const entry = book.entries[questionId];
  if (entry === undefined) return 'none';
  if (day <= dayNotAfter(entry.missed, day) || entry.fixes.includes(day)) return 'same-day';
  return entry.fixes.length + 1 >= FIXES_NEEDED ? 'removed' : 'counted';
}
