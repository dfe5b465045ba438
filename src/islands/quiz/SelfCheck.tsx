import { useState } from 'preact/hooks';
import type { Grade } from '../../lib/quiz/grade';
import { checkSelf } from '../../lib/quiz/retry';
import type { LearnerQuestion } from '../../lib/quiz/learner';
import QuestionView from './QuestionView';
import type { Strings } from '../strings';
import type { SELF_CHECK_KEYS } from './keys';

interface Props {
  question: LearnerQuestion;
  /** Option order shown (authored order, so server and client render alike). */
  order: string[];
  strings: Strings<typeof SELF_CHECK_KEYS>;
}

/** An unscored self-check inside a lesson: answer, check, read the feedback, try again. */
export default function SelfCheck({ question, order, strings: s }: Props) {
  const [answer, setAnswer] = useState<string[]>([]);
  const [graded, setGraded] = useState<Grade | undefined>(undefined);
  const [message, setMessage] = useState('');
  const name = `sc-${question.id}`;
  const check = (event: Event) => {
    event.preventDefault();
    const result = checkSelf(question, answer);
    if (result.kind === 'incomplete') {
      setMessage(s['quiz.needAnswer']);
      return;
    }
    setGraded(result.grade);
    setMessage(s[result.message]);
  };
  const reset = () => {
    setAnswer([]);
    setGraded(undefined);
    setMessage('');
    document.getElementById(name)?.querySelector<HTMLElement>('input, select')?.focus();
  };
  return (
    <form class="self-check" onSubmit={check} aria-label={s['quiz.selfCheck']} noValidate>
      <p class="self-check-head">
        <strong>{s['quiz.selfCheck']}</strong> {s['quiz.selfCheckNote']}
      </p>
      <QuestionView
        question={question}
        order={order}
        answer={answer}
        onChange={setAnswer}
        graded={graded}
        name={name}
        strings={s}
      />
      <p class="quiz-status" role="status">
        {message}
      </p>
      {graded === undefined ? (
        <button type="submit">{s['quiz.check']}</button>
      ) : (
        <button type="button" class="secondary" onClick={reset}>
          {s['quiz.tryAgain']}
        </button>
      )}
    </form>
  );
}
