import { useStore } from '@nanostores/preact';
import { $quizAttempts, quizAttemptsAtServer } from '../../stores/quiz-attempts';
import { bestPercent } from '../../lib/quiz/attempts';
import { fill } from '../../lib/util/template';
import type { Strings } from '../strings';
import type { BEST_SCORES_KEYS } from './keys';

interface Props {
  tests: { id: string; title: string; order: number; href: string }[];
  strings: Strings<typeof BEST_SCORES_KEYS>;
}

/** The practice hub's list of lesson tests with each best score. */
export default function BestScores({ tests, strings: s }: Props) {
  const state = useStore($quizAttempts, { ssr: quizAttemptsAtServer });
  return (
    <ul class="best-scores">
      {tests.map((test) => {
        const best = bestPercent(state, test.id);
        return (
          <li key={test.id}>
            <a href={test.href}>
              {fill(s['common.lessonN'], { n: test.order })} {test.title}：{s['practice.take']}
            </a>{' '}
            <span class="best">
              {best === undefined ? s['practice.notYet'] : fill(s['quiz.best'], { percent: best })}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
