import { useState } from 'preact/hooks';
import type { Grade } from '../../lib/quiz/grade';
import { displayOrder, FIXED_ORDER_SEED } from '../../lib/quiz/draw';
import type { RetryStatus } from '../../lib/quiz/retry';
import { retryMistake } from '../../stores/mistakes';
import type { LearnerQuestion } from '../../lib/quiz/learner';
import QuestionView from './QuestionView';
import { fill } from '../../lib/util/template';
import type { Strings } from '../strings';
import type { MISTAKE_ITEM_KEYS } from './keys';

interface Props {
  question: LearnerQuestion;
  status: RetryStatus;
  onAnswer: (correct: boolean) => void;
  strings: Strings<typeof MISTAKE_ITEM_KEYS>;
}

/** One question in the mistakes book: its explanation on request, and a retry that counts. */
export default function MistakeItem({ question: q, status, onAnswer, strings: s }: Props) {
  const [answer, setAnswer] = useState<string[]>([]);
  const [graded, setGraded] = useState<Grade | undefined>(undefined);
  const [message, setMessage] = useState('');
  const check = (event: Event) => {
    event.preventDefault();
    const check = retryMistake(q, answer);
    if (check.kind === 'incomplete') return setMessage(s['quiz.needAnswer']);
    setGraded(check.grade);
    setMessage(s[check.message]);
    onAnswer(check.grade.correct);
  };
  const again = () => {
    setAnswer([]);
    setGraded(undefined);
    setMessage('');
  };
  return (
    <form class="mistake" onSubmit={check} noValidate aria-label={q.prompt}>
      <p class="mistake-status">{fill(s['mistakes.status'], status)}</p>
      {graded === undefined && (
        <details>
          <summary>{s['mistakes.showExplanation']}</summary>
          <p>{q.explanation}</p>
        </details>
      )}
      <QuestionView
        question={q}
        order={displayOrder(q, FIXED_ORDER_SEED)}
        answer={answer}
        onChange={setAnswer}
        graded={graded}
        name={`mb-${q.id}`}
        strings={s}
      />
      <p class="quiz-status" role="status">
        {message}
      </p>
      {graded === undefined ? (
        <button type="submit">{s['quiz.check']}</button>
      ) : (
        <button type="button" class="secondary" onClick={again}>
          {s['quiz.tryAgain']}
        </button>
      )}
    </form>
  );
}
