/**
 * The learner state kept in the LMS (`cmi.suspend_data`, cmi5 State API) so a learner resumes on
 * any computer; the browser's own copy (localStorage) is only a cache of it.
 *
 * Kept: every lesson read (with its time); per test the current draw and the best attempt
 * (questions, answers, right/wrong); per scenario the active run and the last finished run; and
 * the sync marks (what was already reported as interactions). Not kept: older attempts, the
 * mistakes book and the review schedule (they stay in the browser copy).
 *
 * Encoding, version 1 (compact JSON; SCORM 1.2 allows 4,096 characters):
 *   [1, fingerprint, count, reads, tests, scenarios]
 *   reads     = "<lesson#><stamp>" joined by "," (lesson# = base-36 position in the course)
 *   tests     = { test#: [seed36, best | 0, reportedStamp | ""] }
 *   best      = [seed36, atStamp, percent, "<question# 2 chars>…", "answer,answer,…", "1011…"]
 *   scenarios = { scenario#: [active | 0, lastFinished | 0, markStartStamp | "", markSteps] }
 *   run       = [seed36, case# | -1, startStamp, finishStamp | "", "<node# 2 chars><choice# 1 char | .>…"]
 * Positions index the authored lists in `LmsCourse`; the fingerprint guards them: data written for
 * other content is dropped except lesson reads. Stamps: see `stamp()`.
 */
import type { LmsCourse, LmsQuestion } from './course';
import { testIds } from './course';
import { fromStamp, stamp } from './interactions';
import type { Attempt, QuizAttempts } from '../quiz/attempts';
import type { ReadingProgress } from '../progress/reading';
import type { ScenarioRuns } from '../scenario/runs';
import type { Run } from '../scenario/engine';
import { isRecord } from '../util/guards';

/** SCORM 1.2's limit for `cmi.suspend_data`. */
export const SUSPEND_LIMIT = 4096;
/** Runs longer than this are kept only in the browser copy (loops can make runs long). */
export const MAX_RUN_STEPS = 60;

export interface SyncMarks {
  /** Per test: time of the last attempt already reported. */
  tests: Record<string, string>;
  /** Per scenario: the run (by start time) and how many of its steps were already reported. */
  runs: Record<string, { startedAt: string; steps: number }>;
  /** Interactions written so far (the next index). */
  count: number;
}

export interface ResumeState {
  reading: ReadingProgress;
  attempts: QuizAttempts;
  runs: ScenarioRuns;
  marks: SyncMarks;
}

export const emptyMarks = (): SyncMarks => ({ tests: {}, runs: {}, count: 0 });

const b36 = (n: number) => n.toString(36);
const at36 = (text: string) => parseInt(text, 36);
const two = (n: number) => b36(n).padStart(2, '0');

/** The part of the learner state that goes to the LMS. */
export function resumeSnapshot(
  reading: ReadingProgress,
  attempts: QuizAttempts,
  runs: ScenarioRuns,
  marks: SyncMarks,
): ResumeState {
  const tests: QuizAttempts['tests'] = {};
  for (const [id, record] of Object.entries(attempts.tests)) {
    const best = record.attempts.reduce<Attempt | undefined>(
      (b, a) => (b === undefined || a.percent >= b.percent ? a : b),
      undefined,
    );
    tests[id] = {
      ...(record.seed === undefined ? {} : { seed: record.seed }),
      attempts: best === undefined ? [] : [best],
    };
  }
  const history: Run[] = [];
  const scenarios = new Set(runs.history.map((r) => r.scenario));
  for (const id of scenarios) {
    const last = runs.history.filter((r) => r.scenario === id).at(-1);
    if (last !== undefined && last.startedAt !== runs.active[id]?.startedAt) history.push(last);
  }
  return {
    reading,
    attempts: { v: 1, tests },
    runs: { v: 1, active: runs.active, history },
    marks,
  };
}

function encodeAnswer(q: LmsQuestion, answer: readonly string[]): string {
  const pos = (list: readonly string[], id: string) => {
    const i = list.indexOf(id);
    return i < 0 ? '_' : b36(i);
  };
  if (q.type === 'truefalse') return answer[0] === 'true' ? 't' : answer[0] === 'false' ? 'f' : '_';
  if (q.options !== undefined)
    return answer
      .map((id) =>
        pos(
          q.options!.map((o) => o.id),
          id,
        ),
      )
      .join('');
  if (q.items !== undefined) return answer.map((id) => pos(q.items!, id)).join('');
  return answer.map((id) => pos(q.choices ?? [], id)).join('');
}

function decodeAnswer(q: LmsQuestion, text: string): string[] {
  const at = (list: readonly string[], c: string) => (c === '_' ? '' : (list[at36(c)] ?? ''));
  if (q.type === 'truefalse') return text === 't' ? ['true'] : text === 'f' ? ['false'] : [];
  const list = q.options?.map((o) => o.id) ?? q.items ?? q.choices ?? [];
  const ids = [...text].map((c) => at(list, c));
  return q.options === undefined ? ids : ids.filter((id) => id !== '');
}

function encodeAttempt(course: LmsCourse, a: Attempt): unknown[] | undefined {
  const index = a.ids.map((id) => course.questions.findIndex((q) => q.id === id));
  if (index.some((i) => i < 0)) return undefined;
  return [
    b36(a.seed),
    stamp(a.at),
    a.percent,
    index.map(two).join(''),
    index.map((i, k) => encodeAnswer(course.questions[i]!, a.answers[a.ids[k]!] ?? [])).join(','),
    a.ids.map((id) => (a.right.includes(id) ? '1' : '0')).join(''),
  ];
}

function decodeAttempt(course: LmsCourse, raw: unknown): Attempt | undefined {
  if (!Array.isArray(raw) || raw.length !== 6) return undefined;
  const [seed, at, percent, qs, answers, right] = raw as unknown[];
  if (typeof seed !== 'string' || typeof at !== 'string' || typeof percent !== 'number')
    return undefined;
  if (typeof qs !== 'string' || typeof answers !== 'string' || typeof right !== 'string')
    return undefined;
  const questions = (qs.match(/.{2}/g) ?? []).map((s) => course.questions[at36(s)]);
  if (questions.some((q) => q === undefined)) return undefined;
  const parts = answers.split(',');
  const ids = questions.map((q) => q!.id);
  const answerMap: Record<string, string[]> = {};
  questions.forEach((q, i) => (answerMap[q!.id] = decodeAnswer(q!, parts[i] ?? '')));
  return {
    seed: at36(seed),
    at: fromStamp(at),
    ids,
    answers: answerMap,
    right: ids.filter((_, i) => right[i] === '1'),
    total: ids.length,
    percent,
  };
}

function encodeRun(course: LmsCourse, run: Run | undefined): unknown {
  if (run === undefined || run.steps.length > MAX_RUN_STEPS) return 0;
  const sc = course.scenarios.find((s) => s.id === run.scenario);
  if (sc === undefined) return 0;
  let steps = '';
  for (const step of run.steps) {
    const node = sc.nodes.indexOf(step.node);
    if (node < 0) return 0;
    const choice = step.choice === null ? -1 : (sc.decisions[step.node] ?? []).indexOf(step.choice);
    if (step.choice !== null && choice < 0) return 0;
    steps += two(node) + (choice < 0 ? '.' : b36(choice));
  }
  return [
    b36(run.seed),
    run.case === null ? -1 : sc.cases.indexOf(run.case),
    stamp(run.startedAt),
    run.finishedAt === undefined ? '' : stamp(run.finishedAt),
    steps,
  ];
}

function decodeRun(course: LmsCourse, scenario: number, raw: unknown): Run | undefined {
  const sc = course.scenarios[scenario];
  if (sc === undefined || !Array.isArray(raw) || raw.length !== 5) return undefined;
  const [seed, caseIndex, started, finished, steps] = raw as unknown[];
  if (typeof seed !== 'string' || typeof caseIndex !== 'number' || typeof started !== 'string')
    return undefined;
  if (typeof finished !== 'string' || typeof steps !== 'string') return undefined;
  const decoded = (steps.match(/.{3}/g) ?? []).map((s) => {
    const node = sc.nodes[at36(s.slice(0, 2))] ?? '';
    const choice = s[2] === '.' ? null : ((sc.decisions[node] ?? [])[at36(s[2]!)] ?? null);
    return { node, choice };
  });
  const caseId = caseIndex < 0 ? null : (sc.cases[caseIndex] ?? null);
  const run: Run = {
    v: 1,
    scenario: sc.id,
    seed: at36(seed),
    case: caseId,
    steps: decoded,
    startedAt: fromStamp(started),
  };
  return finished === '' ? run : { ...run, finishedAt: fromStamp(finished) };
}

/** Encodes a snapshot; drops detail (finished runs, then active runs, then best attempts) until it fits `limit`. */
export function encodeResume(course: LmsCourse, state: ResumeState, limit = SUSPEND_LIMIT): string {
  const lessons = course.lessons.map((l) => l.id);
  const reads = Object.entries(state.reading.read)
    .filter(([id]) => lessons.includes(id))
    .map(([id, at]) => b36(lessons.indexOf(id)) + stamp(at))
    .join(',');
  const tests = testIds(course);
  const build = (keepFinished: boolean, keepActive: boolean, keepBest: boolean) => {
    const t: Record<string, unknown[]> = {};
    tests.forEach((id, i) => {
      const record = state.attempts.tests[id];
      const mark = state.marks.tests[id];
      if (record === undefined && mark === undefined) return;
      const best = record?.attempts.at(-1);
      t[b36(i)] = [
        record?.seed === undefined ? '' : b36(record.seed),
        keepBest && best !== undefined ? (encodeAttempt(course, best) ?? 0) : 0,
        mark === undefined ? '' : stamp(mark),
      ];
    });
    const s: Record<string, unknown[]> = {};
    course.scenarios.forEach((sc, i) => {
      const active = state.runs.active[sc.id];
      const last = state.runs.history.filter((r) => r.scenario === sc.id).at(-1);
      const mark = state.marks.runs[sc.id];
      if (active === undefined && last === undefined && mark === undefined) return;
      s[b36(i)] = [
        keepActive ? encodeRun(course, active) : 0,
        keepFinished ? encodeRun(course, last) : 0,
        mark === undefined ? '' : stamp(mark.startedAt),
        mark?.steps ?? 0,
      ];
    });
    return JSON.stringify([1, course.fingerprint, state.marks.count, reads, t, s]);
  };
  for (const keep of [
    [true, true, true],
    [false, true, true],
    [false, false, true],
    [false, false, false],
  ] as const) {
    const text = build(keep[0], keep[1], keep[2]);
    if (text.length <= limit) return text;
  }
  return JSON.stringify([1, course.fingerprint, state.marks.count, reads, {}, {}]);
}

/** Decodes suspend data; `undefined` when it is empty or not ours. */
export function decodeResume(course: LmsCourse, text: string): ResumeState | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!Array.isArray(raw) || raw[0] !== 1 || raw.length !== 6) return undefined;
  const [, fingerprint, count, reads, tests, scenarios] = raw as unknown[];
  if (typeof count !== 'number' || typeof reads !== 'string') return undefined;
  const same = fingerprint === course.fingerprint;
  const state: ResumeState = {
    reading: { v: 1, read: {} },
    attempts: { v: 1, tests: {} },
    runs: { v: 1, active: {}, history: [] },
    marks: { ...emptyMarks(), count },
  };
  for (const part of reads === '' ? [] : reads.split(',')) {
    const lesson = course.lessons[at36(part[0]!)];
    if (lesson !== undefined) state.reading.read[lesson.id] = fromStamp(part.slice(1));
  }
  if (!same || !isRecord(tests) || !isRecord(scenarios)) return state;
  const ids = testIds(course);
  for (const [key, value] of Object.entries(tests)) {
    const id = ids[at36(key)];
    if (id === undefined || !Array.isArray(value)) continue;
    const [seed, best, mark] = value as unknown[];
    const attempt = decodeAttempt(course, best);
    state.attempts.tests[id] = {
      ...(typeof seed === 'string' && seed !== '' ? { seed: at36(seed) } : {}),
      attempts: attempt === undefined ? [] : [attempt],
    };
    if (typeof mark === 'string' && mark !== '') state.marks.tests[id] = fromStamp(mark);
  }
  for (const [key, value] of Object.entries(scenarios)) {
    const index = at36(key);
    const sc = course.scenarios[index];
    if (sc === undefined || !Array.isArray(value)) continue;
    const [active, last, markStart, markSteps] = value as unknown[];
    const run = decodeRun(course, index, active);
    if (run !== undefined) state.runs.active[sc.id] = run;
    const finished = decodeRun(course, index, last);
    if (finished !== undefined) state.runs.history.push(finished);
    // A finished active run is also in the history (the snapshot keeps it once, as active).
    if (run?.finishedAt !== undefined && finished?.startedAt !== run.startedAt)
      state.runs.history.push(run);
    if (typeof markStart === 'string' && markStart !== '' && typeof markSteps === 'number')
      state.marks.runs[sc.id] = { startedAt: fromStamp(markStart), steps: markSteps };
  }
  return state;
}

/**
 * The browser copy after a relaunch: union of what the browser has and what the LMS kept. Reads
 * keep the earlier time; attempts are merged by time; per scenario the run started last wins.
 */
export function mergeResume(
  local: Omit<ResumeState, 'marks'>,
  lms: Omit<ResumeState, 'marks'>,
): Omit<ResumeState, 'marks'> {
  const read = { ...lms.reading.read };
  for (const [id, at] of Object.entries(local.reading.read))
    if (read[id] === undefined || at < read[id]) read[id] = at;
  const tests: QuizAttempts['tests'] = { ...lms.attempts.tests };
  for (const [id, record] of Object.entries(local.attempts.tests)) {
    const other = tests[id];
    const byTime = new Map<string, Attempt>();
    for (const a of [...(other?.attempts ?? []), ...record.attempts]) byTime.set(a.at, a);
    const attempts = [...byTime.values()].sort((a, b) => (a.at < b.at ? -1 : 1));
    const seed = record.seed ?? other?.seed;
    tests[id] = seed === undefined ? { attempts } : { seed, attempts };
  }
  const active = { ...lms.runs.active };
  for (const [id, run] of Object.entries(local.runs.active))
    if (active[id] === undefined || run.startedAt >= active[id].startedAt) active[id] = run;
  const seen = new Set(local.runs.history.map((r) => `${r.scenario}@${r.startedAt}`));
  const history = [
    ...local.runs.history,
    ...lms.runs.history.filter((r) => !seen.has(`${r.scenario}@${r.startedAt}`)),
  ].sort((a, b) => (a.startedAt < b.startedAt ? -1 : 1));
  return {
    reading: { v: 1, read },
    attempts: { v: 1, tests },
    runs: { v: 1, active, history },
  };
}
