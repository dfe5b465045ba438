import type { Question } from '../../schemas/quiz';

type WithoutFacilitator<T> = T extends unknown ? Omit<T, 'facilitator'> : never;

/** A question as learner views receive it: trainer notes removed. */
export type LearnerQuestion = WithoutFacilitator<Question> & { lesson: string };

/** Strips the facilitator notes, which must never reach a learner's page. */
export function toLearner(question: Question, lesson: string): LearnerQuestion {
  const { facilitator: _notes, ...rest } = question;
  return { ...rest, lesson } as LearnerQuestion;
}
