/**
 * Answers and scenario decisions as LMS interactions, in a neutral form, and their SCORM 1.2 and
 * SCORM 2004 spellings. Kinds: single, multiple and case → `choice`; truefalse → `true-false`;
 * ordering → `sequencing`; matching → `matching`; a scenario decision → `choice`.
 *
 * Ids: `<test>.<question>.<attempt time>` and `scn.<scenario>.<node>.<run start>`, where times are
 * base-36 seconds since 2020: ASCII, no spaces, stable for the same attempt or run (so a resend
 * after a reload overwrites nothing new), at most 255 characters (a CMIIdentifier).
 *
 * SCORM 1.2 allows only single characters a–z, 0–9 in choice, sequencing and matching responses.
 * Options, items, pairs, matching choices and scenario choices get letters by their authored
 * position (first = `a`, then `b`, …, `z`, `0`, …, `9`); the package build refuses more than 36.
 * Reordering options in content therefore changes the letters of later reports, not earlier ones.
 */
import type { Attempt } from '../quiz/attempts';
import type { LmsQuestion } from './course';
import { isoDuration, scorm12Time, scorm12Timespan, scorm2004Time } from './time';

export type InteractionType = 'choice' | 'true-false' | 'sequencing' | 'matching';
export type InteractionResult = 'correct' | 'incorrect' | 'neutral';

/** A response: ids (choice, sequencing), a boolean (true-false) or source→target pairs. */
export type Response =
  | { kind: 'ids'; ids: string[] }
  | { kind: 'bool'; value: boolean }
  | { kind: 'pairs'; pairs: [string, string][] };

export interface Interaction {
  id: string;
  /**
   * What was answered, as ASCII ids: the test (lesson id, `exam`, or `scn.<scenario>` for a
   * decision) and the item (question id or decision node id). `id` adds the attempt or run time;
   * xAPI names the question itself (`…/test/<test>/question/<item>`), the statement is the attempt.
   */
  activity: { test: string; item: string };
  type: InteractionType;
  /** Authored ids the 1.2 letters are taken from: options/items/pairs/scenario choices. */
  sources: string[];
  /** Matching only: the choices pairs point to, for their 1.2 letters. */
  targets: string[];
  correct?: Response;
  learner?: Response;
  result: InteractionResult;
  /** When the response was given (ISO). */
  at: string;
  latencyMs?: number;
}

const EPOCH_2020 = Date.UTC(2020, 0, 1);
const LETTERS = 'abcdefghijklmnopqrstuvwxyz0123456789';
export const MAX_LETTERS = LETTERS.length;

/** Base-36 seconds since 2020-01-01 UTC: a short, sortable stamp for ids and resume data. */
export function stamp(iso: string): string {
  return Math.max(0, Math.floor((Date.parse(iso) - EPOCH_2020) / 1000)).toString(36);
}

/** The ISO time of a `stamp`. */
export function fromStamp(text: string): string {
  return new Date(EPOCH_2020 + parseInt(text, 36) * 1000).toISOString();
}

/** Keeps ids CMIIdentifier-safe: ASCII letters, digits, `-`, `_` and `.` only. */
export const safeId = (text: string): string => text.replace(/[^A-Za-z0-9_.-]/g, '_').slice(0, 255);

/** The SCORM 1.2 letter of the authored position `index`. */
export function letter(index: number): string {
  const l = LETTERS[index];
  if (l === undefined)
    throw new RangeError(`SCORM 1.2 has no response letter for position ${index}.`);
  return l;
}

function typeOf(q: LmsQuestion): InteractionType {
  switch (q.type) {
    case 'single':
    case 'multiple':
    case 'case':
      return 'choice';
    case 'truefalse':
      return 'true-false';
    case 'ordering':
      return 'sequencing';
    case 'matching':
      return 'matching';
    default: {
      const never: never = q.type;
      throw new Error(`Unknown question type: ${String(never)}`);
    }
  }
}

function correctOf(q: LmsQuestion): Response {
  switch (typeOf(q)) {
    case 'choice':
      return { kind: 'ids', ids: (q.options ?? []).filter((o) => o.correct).map((o) => o.id) };
    case 'true-false':
      return { kind: 'bool', value: q.answer === true };
    case 'sequencing':
      return { kind: 'ids', ids: q.items ?? [] };
    case 'matching':
      return { kind: 'pairs', pairs: (q.pairs ?? []).map((p) => [p.id, p.match]) };
  }
}

function learnerOf(q: LmsQuestion, answer: readonly string[]): Response | undefined {
  const given = answer.filter((id) => id !== '');
  switch (typeOf(q)) {
    case 'choice':
    case 'sequencing':
      return given.length === 0 ? undefined : { kind: 'ids', ids: given };
    case 'true-false':
      return answer[0] === 'true' || answer[0] === 'false'
        ? { kind: 'bool', value: answer[0] === 'true' }
        : undefined;
    case 'matching': {
      const pairs = (q.pairs ?? []).flatMap((p, i): [string, string][] => {
        const target = answer[i] ?? '';
        return target === '' ? [] : [[p.id, target]];
      });
      return pairs.length === 0 ? undefined : { kind: 'pairs', pairs };
    }
  }
}

function sourcesOf(q: LmsQuestion): string[] {
  if (q.options !== undefined) return q.options.map((o) => o.id);
  if (q.items !== undefined) return q.items;
  if (q.pairs !== undefined) return q.pairs.map((p) => p.id);
  return [];
}

/** One answered question of a submitted lesson test or exam attempt. */
export function questionInteraction(
  q: LmsQuestion,
  testId: string,
  attempt: Attempt,
  latencyMs?: number,
): Interaction {
  const learner = learnerOf(q, attempt.answers[q.id] ?? []);
  return {
    id: safeId(`${testId}.${q.id}.${stamp(attempt.at)}`),
    activity: { test: testId, item: q.id },
    type: typeOf(q),
    sources: sourcesOf(q),
    targets: q.choices ?? [],
    correct: correctOf(q),
    ...(learner === undefined ? {} : { learner }),
    result: attempt.right.includes(q.id) ? 'correct' : 'incorrect',
    at: attempt.at,
    ...(latencyMs === undefined ? {} : { latencyMs }),
  };
}

/**
 * One decision in a scenario run. There is no single right answer to report (the expert path
 * depends on the state), so the result is `neutral` and no correct response is sent.
 */
export function decisionInteraction(
  scenarioId: string,
  nodeId: string,
  choiceId: string,
  choices: readonly string[],
  runStartedAt: string,
  at: string,
  latencyMs?: number,
): Interaction {
  return {
    id: safeId(`scn.${scenarioId}.${nodeId}.${stamp(runStartedAt)}`),
    activity: { test: `scn.${scenarioId}`, item: nodeId },
    type: 'choice',
    sources: [...choices],
    targets: [],
    learner: { kind: 'ids', ids: [choiceId] },
    result: 'neutral',
    at,
    ...(latencyMs === undefined ? {} : { latencyMs }),
  };
}

function format12(i: Interaction, r: Response): string {
  const src = (id: string) => letter(Math.max(0, i.sources.indexOf(id)));
  switch (r.kind) {
    case 'bool':
      return r.value ? 't' : 'f';
    case 'ids':
      return r.ids.map(src).join(',');
    case 'pairs':
      return r.pairs
        .map(([s, t]) => `${src(s)}.${letter(Math.max(0, i.targets.indexOf(t)))}`)
        .join(',');
  }
}

/** A response in SCORM 2004 and xAPI notation (`a[,]b`, `source[.]target`, `true`). */
export function format2004(r: Response): string {
  switch (r.kind) {
    case 'bool':
      return r.value ? 'true' : 'false';
    case 'ids':
      return r.ids.join('[,]');
    case 'pairs':
      return r.pairs.map(([s, t]) => `${s}[.]${t}`).join('[,]');
  }
}

/** Letters are validated against the 1.2 response formats by `validScorm12Response`. */
export function validScorm12Response(type: InteractionType, value: string): boolean {
  switch (type) {
    case 'true-false':
      return /^[01tf]$/.test(value);
    case 'choice':
    case 'sequencing':
      return /^[a-z0-9](,[a-z0-9])*$/.test(value);
    case 'matching':
      return /^[a-z0-9]\.[a-z0-9](,[a-z0-9]\.[a-z0-9])*$/.test(value);
  }
}

/** SCORM 1.2 data model writes for interaction `n`, in a valid order. */
export function scorm12Writes(i: Interaction, n: number): [string, string][] {
  const p = `cmi.interactions.${n}.`;
  const out: [string, string][] = [
    [`${p}id`, i.id],
    [`${p}type`, i.type],
    [`${p}time`, scorm12Time(i.at)],
  ];
  if (i.correct !== undefined)
    out.push([`${p}correct_responses.0.pattern`, format12(i, i.correct)]);
  if (i.learner !== undefined) out.push([`${p}student_response`, format12(i, i.learner)]);
  out.push([`${p}result`, i.result === 'incorrect' ? 'wrong' : i.result]);
  if (i.latencyMs !== undefined) out.push([`${p}latency`, scorm12Timespan(i.latencyMs)]);
  return out;
}

/** SCORM 2004 data model writes for interaction `n`, in the order the standard requires. */
export function scorm2004Writes(i: Interaction, n: number): [string, string][] {
  const p = `cmi.interactions.${n}.`;
  const out: [string, string][] = [
    [`${p}id`, i.id],
    [`${p}type`, i.type],
    [`${p}timestamp`, scorm2004Time(i.at)],
  ];
  if (i.correct !== undefined) out.push([`${p}correct_responses.0.pattern`, format2004(i.correct)]);
  if (i.learner !== undefined) out.push([`${p}learner_response`, format2004(i.learner)]);
  out.push([`${p}result`, i.result]);
  if (i.latencyMs !== undefined) out.push([`${p}latency`, isoDuration(i.latencyMs)]);
  return out;
}
