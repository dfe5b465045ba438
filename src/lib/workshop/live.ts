/**
 * The message the console sends to the audience screen, on a BroadcastChannel and in localStorage.
 *
 * Stored JSON (key `tmc:workshop-live`):
 *   { "v": 1, "seq": 42, "view": { "kind": "step", … see AudienceView … } }
 * `seq` grows with every change, so the audience ignores a message older than what it shows.
 * Version history:
 *   v1 (2026-11) — first version.
 */
import type { Parsed, VersionedFormat } from '../storage/versioned';
import type { AudienceOption, AudienceStep, AudienceView } from './audience';
import { OUTCOMES } from '../../schemas/enums';
import { isRecord } from '../util/guards';

export interface LiveMessage {
  v: 1;
  seq: number;
  view: AudienceView;
}

/**
 * The highest sequence number; a console that reaches it starts over at 1 (see `isNewer`). Far
 * below 2^53, so `seq + 1` is always exact and can never freeze the audience.
 */
export const MAX_SEQ = 2 ** 31;

/** The sequence number after `seq`. */
export const nextSeq = (seq: number): number => (seq >= MAX_SEQ ? 1 : seq + 1);

type Check = (x: unknown) => boolean;
const isText: Check = (x) => typeof x === 'string';
const isCount: Check = (x) => typeof x === 'number' && Number.isInteger(x) && x >= 0;
const isNum: Check = (x) => typeof x === 'number' && Number.isFinite(x);
const isBool: Check = (x) => typeof x === 'boolean';
const optional =
  (check: Check): Check =>
  (x) =>
    x === undefined || check(x);
const listOf =
  (check: Check): Check =>
  (x) =>
    Array.isArray(x) && x.every(check);
/** Whether `x` is an object whose fields pass their checks (missing fields must be optional). */
const shaped =
  (fields: Record<string, Check>): Check =>
  (x) =>
    isRecord(x) && Object.entries(fields).every(([name, check]) => check(x[name]));

const isOption = shaped({
  id: isText,
  letter: isText,
  label: isText,
  count: optional(isCount),
  percent: optional(isNum),
  expert: optional(isBool),
  chosen: optional(isBool),
} satisfies Record<keyof AudienceOption, Check>);

const isStep = shaped({
  kind: isText,
  key: isText,
  item: isText,
  number: isCount,
  of: optional(isCount),
  title: isText,
  speaker: optional(isText),
  paragraphs: listOf(isText),
  clues: listOf(isText),
  prompt: optional(isText),
  options: listOf(isOption),
  lists: listOf(listOf(isText)),
  revealed: isBool,
  total: optional(isCount),
  feedback: optional(isText),
  answer: optional(listOf(isText)),
  timer: optional(shaped({ seconds: isCount, since: isText })),
} satisfies Record<keyof AudienceStep, Check>);

const VIEWS: Record<AudienceView['kind'], Check> = {
  idle: () => true,
  hidden: () => true,
  step: isStep,
  ending: shaped({
    key: isText,
    item: isText,
    title: isText,
    outcome: (x) => (OUTCOMES as readonly unknown[]).includes(x),
    paragraphs: listOf(isText),
  }),
  done: shaped({ key: isText, item: isText, count: isCount }),
};

/** Every field of the view checked against its kind, so the audience never renders what it cannot. */
function isView(view: unknown): view is AudienceView {
  if (!isRecord(view) || typeof view['kind'] !== 'string') return false;
  const check = Object.hasOwn(VIEWS, view['kind'])
    ? VIEWS[view['kind'] as AudienceView['kind']]
    : undefined;
  return check !== undefined && check(view);
}

function parseLive(payload: Record<string, unknown>): Parsed<LiveMessage> | undefined {
  const { seq, view } = payload;
  if (typeof seq !== 'number' || !Number.isInteger(seq) || seq < 0 || seq > MAX_SEQ)
    return undefined;
  if (!isView(view)) return undefined;
  return { value: { v: 1, seq, view }, dropped: 0 };
}

export const liveFormat: VersionedFormat<LiveMessage> = {
  version: 1,
  minVersion: 1,
  migrations: {},
  parse: parseLive,
  initial: () => ({ v: 1, seq: 0, view: { kind: 'idle' } }),
};

/**
 * Whether `incoming` should replace what the audience shows: newer sequence numbers only, except
 * that 1 (a console starting over after MAX_SEQ) always does.
 */
export const isNewer = (incoming: LiveMessage, shown: LiveMessage): boolean =>
  incoming.seq > shown.seq || (incoming.seq === 1 && shown.seq !== 1);
