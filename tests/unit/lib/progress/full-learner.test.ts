import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import {
  buildBundle,
  bundleText,
  MAX_BYTES,
  readBundle,
} from '../../../../src/lib/progress/bundle';
import { KEEP_ATTEMPTS, type QuizAttempts } from '../../../../src/lib/quiz/attempts';
import type { MistakesBook } from '../../../../src/lib/quiz/mistakes';
import { HISTORY_LIMIT, saveRun, type ScenarioRuns } from '../../../../src/lib/scenario/runs';
import { choicesOf, choose, position, startRun } from '../../../../src/lib/scenario/engine';
import { answerCard, reviewFormat } from '../../../../src/lib/review/cards';
import { pointId, questionCardId } from '../../../../src/lib/review/queue';
import type { QuizBankInput } from '../../../../src/schemas/quiz';
import { loadScenario, scenarioFiles } from '../../content/load';

const banks = readdirSync('content/quizzes')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => parse(readFileSync(`content/quizzes/${f}`, 'utf8')) as QuizBankInput);
const objectives = readdirSync('content/lessons')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const front = parse(readFileSync(`content/lessons/${f}`, 'utf8').split('---')[1]!) as {
      id: string;
      objectives: string[];
    };
    return front;
  });
const day = (n: number) => new Date(Date.UTC(2026, 9, 1 + n, 8));

/** A learner who did everything, as often as the stores keep it: the largest export there can be. */
function fullLearner(): Record<string, unknown> {
  const questions = banks.flatMap((b) => b.questions.map((q) => ({ lesson: b.lesson, id: q.id })));
  const attempt = (ids: string[], n: number) => ({
    seed: 4000000000 + n,
    at: day(n).toISOString(),
    ids,
    answers: Object.fromEntries(ids.map((id) => [id, ['option-a', 'option-b']])),
    right: ids.slice(1),
    total: ids.length,
    percent: Math.round(((ids.length - 1) / ids.length) * 100),
  });
  const tests: QuizAttempts['tests'] = {};
  for (const b of banks)
    tests[b.lesson] = {
      seed: 1,
      attempts: Array.from({ length: KEEP_ATTEMPTS }, (_, n) =>
        attempt(
          b.questions.slice(0, 8).map((q) => q.id),
          n,
        ),
      ),
    };
  tests['exam'] = {
    seed: 2,
    attempts: Array.from({ length: KEEP_ATTEMPTS }, (_, n) =>
      attempt(
        questions.slice(n, n + 20).map((q) => q.id),
        n,
      ),
    ),
  };
  const mistakes: MistakesBook = {
    v: 1,
    entries: Object.fromEntries(
      questions.map((q) => [
        q.id,
        { lesson: q.lesson, missed: '2026-11-20', misses: 3, fixes: ['2026-11-21'] },
      ]),
    ),
  };
  const defs = scenarioFiles().map((f) => loadScenario(f).scenario!);
  let runs: ScenarioRuns = { v: 1, active: {}, history: [] };
  for (let n = 0; n < HISTORY_LIMIT; n += 1) {
    const def = defs[n % defs.length]!;
    let run = startRun(def, { seed: 3000000000 + n, at: day(n).toISOString() });
    for (let i = 0; i < 200 && run.finishedAt === undefined; i += 1) {
      const choices = choicesOf(def, run);
      run = choose(
        def,
        run,
        position(def, run).node.type === 'narrative' ? null : choices[n % choices.length]!.id,
        day(n).toISOString(),
      );
    }
    runs = saveRun({ ...runs, active: {} }, run);
  }
  let review = reviewFormat.initial();
  const ids = [
    ...questions.map((q) => questionCardId(q.id)),
    ...objectives.flatMap((l) => l.objectives.map((o) => pointId(l.id, o))),
  ];
  for (const id of ids)
    for (let n = 0; n < 5; n += 1) review = answerCard(review, id, 'good', day(n * 7));
  return {
    'tmc:reading': {
      v: 1,
      read: Object.fromEntries(objectives.map((l) => [l.id, day(0).toISOString()])),
    },
    'tmc:quiz-attempts': { v: 1, tests },
    'tmc:mistakes': mistakes,
    'tmc:scenario-runs': runs,
    'tmc:review': review,
  };
}

test('the export of a learner who did everything is far under the import limit and reads back whole', () => {
  const values = fullLearner();
  const text = bundleText(buildBundle(values, day(60).toISOString(), 'c0ffee01'));
  const bytes = new TextEncoder().encode(text).length;
  expect(bytes).toBeLessThan(MAX_BYTES / 4);
  const read = readBundle(text, bytes);
  expect(read.ok && read.values).toEqual(values);
  // The figure reported in the closing note.
  console.info(`full-learner export: ${bytes} bytes (${(bytes / 1024).toFixed(1)} KB)`);
});
