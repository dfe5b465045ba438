import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  $quizAttempts,
  quizAttemptsAtServer,
  ensureDraw,
  newDraw,
  submitTest,
} from '../../stores/quiz-attempts';
import { bestPercent, currentResult } from '../../lib/quiz/attempts';
import { displayOrder, type Pool } from '../../lib/quiz/draw';
import type { LearnerQuestion } from '../../lib/quiz/learner';
import { drawnQuestions, reviewOf } from '../../lib/quiz/test-run';
import QuestionView from './QuestionView';
import History from './History';
import { fill } from '../../lib/util/template';
import type { Strings } from '../strings';
import { useStored } from '../use-stored';
import type { TEST_KEYS } from './keys';

interface Props {
  /** A lesson id, or `exam`. */
  testId: string;
  pools: Pool<LearnerQuestion>[];
  count: number;
  passMark: number;
  strings: Strings<typeof TEST_KEYS>;
  /** Rendering over the server's HTML (see `DataGate`). */
  hydrating: boolean;
}

/** A scored test over loaded pools: a seeded draw, submit, results with feedback, retry, attempt history. */
export default function TestRun({ testId, pools, count, passMark, strings: s, hydrating }: Props) {
  const state = useStored($quizAttempts, quizAttemptsAtServer, hydrating);
  const [answers, setAnswers] = useState<Record<string, string[]>>({});
  const [missing, setMissing] = useState<LearnerQuestion[]>([]);
  const focusRef = useRef<HTMLElement>(null);
  const [focusNext, setFocusNext] = useState(false);
  useEffect(() => void ensureDraw(testId), [testId]);
  const seed = state.tests[testId]?.seed;
  const drawn = useMemo(() => drawnQuestions(pools, count, seed), [pools, count, seed]);
  const byId = useMemo(
    () => new Map(pools.flatMap((p) => p.questions.map((q) => [q.id, q] as const))),
    [pools],
  );
  const result = currentResult(state, testId);
  useEffect(() => {
    if (focusNext) focusRef.current?.focus();
    setFocusNext(false);
  }, [focusNext, result, missing]);

  // The draw is stored by the effect above: until then the test is still loading (same class as
  // DataGate's line, so whatever waits for the island to finish loading waits for this too).
  if (seed === undefined) return <p class="data-loading">{s['quiz.loading']}</p>;
  const history = (
    <History
      attempts={state.tests[testId]?.attempts ?? []}
      best={bestPercent(state, testId)}
      passMark={passMark}
      strings={s}
    />
  );

  if (result !== undefined) {
    const { passed, removed, questions } = reviewOf(result, byId, passMark);
    return (
      <div class="quiz-test">
        <div
          class={`quiz-score ${passed ? 'is-right' : 'is-wrong'}`}
          tabIndex={-1}
          ref={focusRef as never}
        >
          <h2>
            {fill(s['quiz.result'], {
              percent: result.percent,
              right: result.right.length,
              total: result.total,
            })}
          </h2>
          <p>{fill(passed ? s['quiz.passed'] : s['quiz.failed'], { pass: passMark })}</p>
          <button
            type="button"
            onClick={() => (newDraw(testId), setAnswers({}), setFocusNext(true))}
          >
            {s['quiz.retry']}
          </button>
        </div>
        <h2>{s['quiz.review']}</h2>
        {removed > 0 && <p>{fill(s['quiz.removed'], { n: removed })}</p>}
        {questions.map(({ question: q, order, answer, grade }, i) => (
          <QuestionView
            key={q.id}
            question={q}
            order={order}
            answer={answer}
            onChange={() => undefined}
            graded={grade}
            number={i + 1}
            name={`${testId}-${q.id}`}
            strings={s}
          />
        ))}
        {history}
      </div>
    );
  }

  const submit = (event: Event) => {
    event.preventDefault();
    setMissing(submitTest(testId, seed, drawn, answers));
    setFocusNext(true);
  };
  return (
    <div class="quiz-test">
      <form onSubmit={submit} noValidate>
        {missing.length === 0 && (
          <p class="quiz-count" tabIndex={-1} ref={focusRef as never}>
            {fill(s['quiz.count'], { n: drawn.length })}
          </p>
        )}
        {missing.length > 0 && (
          <div class="quiz-error" role="alert" tabIndex={-1} ref={focusRef as never}>
            <p>{fill(s['quiz.incomplete'], { n: missing.length })}</p>
            <ul>
              {missing.map((q) => (
                <li key={q.id}>
                  <a href={`#${testId}-${q.id}`}>
                    {fill(s['quiz.number'], { n: drawn.indexOf(q) + 1 })}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        )}
        {drawn.map((q, i) => (
          <QuestionView
            key={`${seed}-${q.id}`}
            question={q}
            order={displayOrder(q, seed)}
            answer={answers[q.id] ?? []}
            onChange={(answer) => setAnswers({ ...answers, [q.id]: answer })}
            number={i + 1}
            name={`${testId}-${q.id}`}
            strings={s}
          />
        ))}
        <button type="submit">{s['quiz.submit']}</button>
      </form>
      {history}
    </div>
  );
}
