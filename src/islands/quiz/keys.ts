/** UI strings the question view needs; pages pass them with `pick(...QUESTION_KEYS)`. */
import type { MessageKey } from '../../i18n';
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
] as const satisfies readonly MessageKey[];

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
  'quiz.loadFailed',
  'common.reload',
  'quiz.count',
  'quiz.review',
  'quiz.removed',
] as const satisfies readonly MessageKey[];

/** Strings of a self-check inside a lesson. */
export const SELF_CHECK_KEYS = [
  ...QUESTION_KEYS,
  'quiz.check',
  'quiz.tryAgain',
  'quiz.needAnswer',
  'quiz.selfCheck',
  'quiz.selfCheckNote',
] as const satisfies readonly MessageKey[];

/** Strings of one question in the mistakes book. */
export const MISTAKE_ITEM_KEYS = [
  ...QUESTION_KEYS,
  'mistakes.status',
  'mistakes.retry',
  'mistakes.fixedToday',
  'mistakes.sameDay',
  'mistakes.removedNow',
  'mistakes.showExplanation',
  'quiz.check',
  'quiz.tryAgain',
  'quiz.needAnswer',
] as const satisfies readonly MessageKey[];

/** The mistakes book. */
export const MISTAKES_KEYS = [
  ...MISTAKE_ITEM_KEYS,
  'mistakes.empty',
  'quiz.loading',
  'quiz.loadFailed',
  'common.reload',
] as const satisfies readonly MessageKey[];

/** A test's attempt history. */
export const HISTORY_KEYS = [
  'quiz.history',
  'quiz.best',
  'quiz.noAttempts',
  'quiz.pass',
  'quiz.fail',
] as const satisfies readonly MessageKey[];

/** The practice hub's list of best scores. */
export const BEST_SCORES_KEYS = [
  'common.lessonN',
  'practice.take',
  'practice.notYet',
  'quiz.best',
] as const satisfies readonly MessageKey[];
