import type { Strings } from '../strings';
import type { QUESTION_KEYS } from './keys';

interface Props {
  chosen: boolean;
  correct: boolean;
  text: string;
  strings: Strings<typeof QUESTION_KEYS>;
}

/** The feedback line under one option after answering. */
export default function ChoiceFeedback({ chosen, correct, text, strings: s }: Props) {
  const mark = correct
    ? chosen
      ? s['quiz.mark.rightChosen']
      : s['quiz.mark.rightMissed']
    : chosen
      ? s['quiz.mark.wrongChosen']
      : s['quiz.mark.wrongOther'];
  return (
    <p class={`q-fb ${correct ? 'is-right' : chosen ? 'is-wrong' : 'is-other'}`}>
      <strong>
        {correct ? '✓' : chosen ? '✗' : '·'} {mark}：
      </strong>
      {text}
    </p>
  );
}
