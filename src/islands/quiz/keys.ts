/** UI strings the question view needs; pages pass them with `pick(...QUESTION_KEYS)`. */
export const QUESTION_KEYS = [
  'quiz.kind.single',
  'quiz.kind.multiple',
  'quiz.kind.truefalse',
  'quiz.kind.ordering',
  'quiz.kind.matching',
  'quiz.kind.case',
  'quiz.hint.multiple',
  'quiz.hint.ordering',
  'quiz.hint.matching',
  'quiz.true',
  'quiz.false',
  'quiz.choose',
  'quiz.step',
  'quiz.number',
  'quiz.right',
  'quiz.wrong',
  'quiz.mark.rightChosen',
  'quiz.mark.rightMissed',
  'quiz.mark.wrongChosen',
  'quiz.mark.wrongOther',
  'quiz.mark.ok',
  'quiz.mark.no',
  'quiz.correctIs',
  'quiz.ifTrue',
  'quiz.ifFalse',
  'quiz.explanation',
  'quiz.seeLesson',
] as const;

/** Strings of a whole test (lesson test or exam). */
export const TEST_KEYS = [
  ...QUESTION_KEYS,
  'quiz.submit',
  'quiz.incomplete',
  'quiz.result',
  'quiz.passed',
  'quiz.failed',
  'quiz.retry',
  'quiz.history',
  'quiz.best',
  'quiz.noAttempts',
  'quiz.pass',
  'quiz.fail',
  'quiz.loading',
  'quiz.count',
  'quiz.review',
  'quiz.removed',
] as const;

export type Strings<K extends readonly string[]> = Record<K[number], string>;
export type QuestionStrings = Strings<typeof QUESTION_KEYS>;
