import type { Attempt } from '../../lib/quiz/attempts';
import { hasPassed } from '../../lib/quiz/grade';
import { fill } from '../../lib/util/template';
import type { Strings } from '../strings';
import type { HISTORY_KEYS } from './keys';

interface Props {
  attempts: readonly Attempt[];
  best: number | undefined;
  passMark: number;
  strings: Strings<typeof HISTORY_KEYS>;
}

const when = (iso: string) =>
  new Date(iso).toLocaleString('zh-CN', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });

/** Attempt history of one test, newest first, with the best score. */
export default function History({ attempts, best, passMark, strings: s }: Props) {
  return (
    <section class="quiz-history" aria-labelledby="quiz-history-title">
      <h2 id="quiz-history-title">{s['quiz.history']}</h2>
      {best === undefined ? (
        <p>{s['quiz.noAttempts']}</p>
      ) : (
        <>
          <p class="quiz-best">{fill(s['quiz.best'], { percent: best })}</p>
          <ol reversed>
            {[...attempts].reverse().map((a) => (
              <li key={a.at}>
                {when(a.at)} · {a.percent}% ·{' '}
                {hasPassed(a.percent, passMark) ? s['quiz.pass'] : s['quiz.fail']}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
