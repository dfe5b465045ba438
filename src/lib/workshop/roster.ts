/**
 * The trainer's roster: the result codes collected in a session, and the statistics of the room.
 *
 * Stored JSON (key `tmc:workshop-roster`):
 *   { "v": 1, "item": "test:contract", "codes": ["0A1B…", …], "distinct"?: ["王伟", …] }
 * `distinct`: names the trainer marked as different learners who share a name (optional; a roster
 * without it reads as before).
 * Only the codes are kept (decoded again on every render), so one format describes everything the
 * learners handed in; a code that no longer decodes after a content change shows its message.
 * Version history:
 *   v1 (2026-11) — first version.
 */
import type { Parsed, VersionedFormat } from '../storage/versioned';
import { normalizeCode, type ItemResult } from './result-code';
import { ID_PATTERN } from '../../schemas/id';

export interface Roster {
  v: 1;
  item: string;
  codes: string[];
  /** Names that several different learners share (all their codes count); see `countedResults`. */
  distinct?: string[];
}

export const MAX_CODES = 200;

/** `''` (nothing chosen yet), `exam`, `test:<lessonId>` or `scenario:<scenarioId>`. */
const ITEM = new RegExp(`^(?:|exam|(?:test|scenario):${ID_PATTERN.source.slice(1, -1)})$`);
/** Far longer than the code of the longest test with a full name; a longer one is not a code. */
const MAX_CODE_LENGTH = 400;
/** Names are cut to this length when a code is made (result-code.ts, NAME_BYTES). */
const MAX_NAME_LENGTH = 40;

const isCode = (c: unknown): c is string =>
  typeof c === 'string' && c.length <= MAX_CODE_LENGTH && /^[0-9A-Z]+$/.test(c);
const isName = (n: unknown): n is string =>
  typeof n === 'string' && n.trim() === n && n !== '' && n.length <= MAX_NAME_LENGTH;

function parseRoster(payload: Record<string, unknown>): Parsed<Roster> | undefined {
  const { item, codes, distinct } = payload;
  if (typeof item !== 'string' || !ITEM.test(item) || !Array.isArray(codes)) return undefined;
  if (distinct !== undefined && !Array.isArray(distinct)) return undefined;
  // Values, not only shapes: each code once, each name once, never past the cap.
  const good = [...new Set(codes.filter(isCode))].slice(0, MAX_CODES);
  const names = [...new Set((distinct ?? []).filter(isName))].slice(0, MAX_CODES);
  const roster: Roster = { v: 1, item, codes: good };
  return {
    value: names.length > 0 ? { ...roster, distinct: names } : roster,
    dropped: codes.length - good.length + (distinct?.length ?? 0) - names.length,
  };
}

export const rosterFormat: VersionedFormat<Roster> = {
  version: 1,
  minVersion: 1,
  migrations: {},
  parse: parseRoster,
  initial: () => ({ v: 1, item: '', codes: [] }),
};

export interface Added {
  roster: Roster;
  /** Codes newly on the list. */
  added: number;
  /** Codes already on it. */
  duplicates: number;
  /** Codes (as given) that did not fit under MAX_CODES: handed back, never dropped silently. */
  over: string[];
}

/** Adds codes (normalised, duplicates ignored); codes past MAX_CODES are handed back in `over`. */
export function addCodes(roster: Roster, codes: readonly string[]): Added {
  const next = [...roster.codes];
  let duplicates = 0;
  const over: string[] = [];
  for (const raw of codes) {
    const code = normalizeCode(raw);
    if (code === '') continue;
    if (next.includes(code)) duplicates += 1;
    else if (next.length >= MAX_CODES) over.push(raw);
    else next.push(code);
  }
  return {
    roster: { ...roster, codes: next },
    added: next.length - roster.codes.length,
    duplicates,
    over,
  };
}

export function removeCode(roster: Roster, code: string): Roster {
  return { ...roster, codes: roster.codes.filter((c) => c !== code) };
}

/** Marks (or unmarks) a name as several different learners. */
export function setDistinct(roster: Roster, name: string, distinct: boolean): Roster {
  const names = new Set(roster.distinct ?? []);
  if (distinct) names.add(name);
  else names.delete(name);
  const { distinct: _old, ...rest } = roster;
  return names.size === 0 ? rest : { ...rest, distinct: [...names] };
}

/** Switching the item starts a new session list. */
export function selectItem(roster: Roster, item: string): Roster {
  return item === roster.item ? roster : { v: 1, item, codes: [] };
}

export interface Band {
  from: number;
  to: number;
  count: number;
}

export interface Missed {
  key: string;
  wrong: number;
  asked: number;
}

export interface RoomStats {
  count: number;
  mean: number;
  median: number;
  /** Score bands 0–59, 60–69, 70–79, 80–89, 90–100. */
  bands: Band[];
  /** What most people got wrong, most first (only keys someone got wrong). */
  missed: Missed[];
}

const BANDS: [number, number][] = [
  [0, 59],
  [60, 69],
  [70, 79],
  [80, 89],
  [90, 100],
];

/** Names that more than one code carries: a retake, or two learners with the same name. */
export function sameNames(results: readonly ItemResult[]): string[] {
  const seen = new Map<string, number>();
  for (const r of results) seen.set(r.name, (seen.get(r.name) ?? 0) + 1);
  return [...seen].filter(([, n]) => n > 1).map(([name]) => name);
}

/**
 * The codes that count: when several codes carry one name, the last one (a retake), unless the
 * trainer marked that name as `distinct` people, then every one of them.
 */
export function countedResults<T extends ItemResult>(
  results: readonly T[],
  distinct: ReadonlySet<string> = new Set(),
): T[] {
  const latest = new Map<string, T>();
  results.forEach((r, i) => latest.set(distinct.has(r.name) ? `${r.name}\u0000${i}` : r.name, r));
  return [...latest.values()];
}

/** Statistics of the room (see `countedResults` for learners who share a name). */
export function roomStats(
  results: readonly ItemResult[],
  distinct: ReadonlySet<string> = new Set(),
): RoomStats {
  const rows = countedResults(results, distinct);
  const scores = rows.map((r) => r.percent).sort((a, b) => a - b);
  const count = scores.length;
  const mean = count === 0 ? 0 : Math.round(scores.reduce((a, b) => a + b, 0) / count);
  const mid = Math.floor(count / 2);
  const median =
    count === 0
      ? 0
      : count % 2 === 1
        ? (scores[mid] ?? 0)
        : Math.round(((scores[mid - 1] ?? 0) + (scores[mid] ?? 0)) / 2);
  const bands = BANDS.map(([from, to]) => ({
    from,
    to,
    count: scores.filter((s) => s >= from && s <= to).length,
  }));
  const tally = new Map<string, Missed>();
  for (const r of rows) {
    // A scenario can pass one decision twice (a loop); it counts once per learner, as last answered.
    const answers = new Map(r.results.map((q) => [q.key, q.ok]));
    for (const [key, ok] of answers) {
      const q = { key, ok };
      const m = tally.get(q.key) ?? { key: q.key, wrong: 0, asked: 0 };
      m.asked += 1;
      if (!q.ok) m.wrong += 1;
      tally.set(q.key, m);
    }
  }
  const missed = [...tally.values()]
    .filter((m) => m.wrong > 0)
    .sort(
      (a, b) =>
        b.wrong - a.wrong || b.wrong / b.asked - a.wrong / a.asked || a.key.localeCompare(b.key),
    );
  return { count, mean, median, bands, missed };
}

function csvCell(value: string | number): string {
  let text = String(value);
  // Spreadsheet formula injection: a name starting with = + - @ is kept as text.
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV of the room: one row per learner, one column per catalog entry (1 right, 0 wrong, empty not asked). */
export function rosterCsv(
  results: readonly ItemResult[],
  keys: readonly string[],
  labels: Readonly<Record<string, string>>,
  header: { name: string; score: string },
): string {
  const lines = [
    [header.name, header.score, ...keys.map((k) => labels[k] ?? k)].map(csvCell).join(','),
  ];
  for (const r of results) {
    const byKey = new Map(r.results.map((q) => [q.key, q.ok]));
    lines.push(
      [r.name, r.percent, ...keys.map((k) => (byKey.has(k) ? (byKey.get(k) ? 1 : 0) : ''))]
        .map(csvCell)
        .join(','),
    );
  }
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
