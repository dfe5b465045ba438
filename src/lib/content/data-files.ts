/**
 * The shared data files: each question bank and each scenario (learner view) is written once at
 * build, as `/data/banks/<lesson>.json` and `/data/scenarios/<id>.json`, from the parsed and checked
 * collections (`src/pages/data/…`). Pages pass an island the file's URL instead of the data, so a
 * bank used by a lesson test, a card's self-test, the exam and the mistakes book is downloaded once.
 *
 * File shapes (v1):
 *   bank      `{ "v": 1, "kind": "bank", "lesson": "<id>", "questions": LearnerQuestion[] }`
 *   scenario  `{ "v": 1, "kind": "scenario", "def": Scenario }` (trainer notes stripped)
 *
 * The readers below check the envelope of what arrives (a wrong or stale file, an HTML error page),
 * not the content again: that was validated by the zod schemas when the file was written.
 */
import type { Scenario } from '../../schemas/scenario';
import type { Pool } from '../quiz/draw';
import type { LearnerQuestion } from '../quiz/learner';
import { isId, isRecord } from '../util/guards';

export const DATA_FILE_VERSION = 1;

/** URL of a lesson's question bank (root-relative; the LMS packager makes it page-relative). */
export const bankDataHref = (lesson: string): string => `/data/banks/${lesson}.json`;
/** URL of a scenario's learner view. */
export const scenarioDataHref = (id: string): string => `/data/scenarios/${id}.json`;

/** A bank an island needs: which lesson, where its file is, and its share of a multi-bank draw. */
export interface BankSource {
  lesson: string;
  href: string;
  /** Relative share of the exam (the lesson's minutes); 1 for a single-bank test. */
  weight: number;
}

/** A scenario an island needs. */
export interface ScenarioSource {
  id: string;
  href: string;
}

export interface BankFile {
  v: typeof DATA_FILE_VERSION;
  kind: 'bank';
  lesson: string;
  questions: LearnerQuestion[];
}

export interface ScenarioFile {
  v: typeof DATA_FILE_VERSION;
  kind: 'scenario';
  def: Scenario;
}

/** The file written for a bank. */
export const bankFile = (lesson: string, questions: LearnerQuestion[]): BankFile => ({
  v: DATA_FILE_VERSION,
  kind: 'bank',
  lesson,
  questions,
});

/** The file written for a scenario; `def` must already be the learner view (`forLearners`). */
export const scenarioFile = (def: Scenario): ScenarioFile => ({
  v: DATA_FILE_VERSION,
  kind: 'scenario',
  def,
});

/** The questions of a fetched bank file, or undefined when it is not the bank of `lesson`. */
export function readBankFile(json: unknown, lesson: string): LearnerQuestion[] | undefined {
  if (!isRecord(json) || json['v'] !== DATA_FILE_VERSION || json['kind'] !== 'bank')
    return undefined;
  if (json['lesson'] !== lesson || !Array.isArray(json['questions'])) return undefined;
  const questions: unknown[] = json['questions'];
  const fits = questions.every(
    (q) => isRecord(q) && isId(q['id']) && typeof q['type'] === 'string' && q['lesson'] === lesson,
  );
  return fits ? (questions as LearnerQuestion[]) : undefined;
}

/** The scenario of a fetched scenario file, or undefined when it is not scenario `id`. */
export function readScenarioFile(json: unknown, id: string): Scenario | undefined {
  if (!isRecord(json) || json['v'] !== DATA_FILE_VERSION || json['kind'] !== 'scenario')
    return undefined;
  const def = json['def'];
  if (!isRecord(def) || def['id'] !== id || typeof def['start'] !== 'string') return undefined;
  if (!isRecord(def['nodes']) || !isRecord(def['nodes'][def['start']])) return undefined;
  return def as unknown as Scenario;
}

/** Where a file an island needs stands. */
export type Loaded<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed' };

export const LOADING: Loaded<never> = { state: 'loading' };

/**
 * Several files at once: failed if any failed, loading while any is still on its way (or not asked
 * for yet), else their values in the order of `hrefs` (ready at once when none is needed).
 */
export function allLoaded<T>(
  hrefs: readonly string[],
  loaded: Readonly<Record<string, Loaded<T> | undefined>>,
): Loaded<T[]> {
  const each = hrefs.map((href) => loaded[href] ?? LOADING);
  if (each.some((file) => file.state === 'failed')) return { state: 'failed' };
  const values: T[] = [];
  for (const file of each) {
    if (file.state !== 'ready') return LOADING;
    values.push(file.value);
  }
  return { state: 'ready', value: values };
}

/** The pools of a test once all its banks are loaded, in the order of `sources`. */
export function poolsFrom(
  sources: readonly BankSource[],
  banks: Readonly<Record<string, Loaded<LearnerQuestion[]> | undefined>>,
): Loaded<Pool<LearnerQuestion>[]> {
  const all = allLoaded(
    sources.map((source) => source.href),
    banks,
  );
  if (all.state !== 'ready') return all;
  return {
    state: 'ready',
    value: all.value.map((questions, i) => ({
      key: sources[i]!.lesson,
      weight: sources[i]!.weight,
      questions,
    })),
  };
}
