import type { Question } from '../../schemas/quiz';

type WithoutFacilitator<T> = T extends unknown ? Omit<T, 'facilitator'> : never;

/** A question as learner views receive it: trainer notes removed. */
export type LearnerQuestion = WithoutFacilitator<Question> & {
  lesson: string;
  /** Title of the linked section, for the "back to the lesson" link. */
  sectionTitle?: string;
};

/** Strips the facilitator notes, which must never reach a learner's page. */
export function toLearner(
  question: Question,
  lesson: string,
  sectionTitle?: string,
): LearnerQuestion {
  const { facilitator: _notes, ...rest } = question;
  return (
    sectionTitle === undefined ? { ...rest, lesson } : { ...rest, lesson, sectionTitle }
  ) as LearnerQuestion;
}
