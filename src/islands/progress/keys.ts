/** Dictionary keys the progress islands need (pages pass them with `pick`), and a placeholder filler. */
export const DASH_KEYS = [
  'dash.ready.title', 'dash.ready.of', 'dash.ready.part', 'dash.ready.weight', 'dash.ready.done', 'dash.ready.points',
  'dash.part.reading', 'dash.part.tests', 'dash.part.exam', 'dash.part.scenarios', 'dash.ready.next', 'dash.ready.allDone',
  'dash.next.read', 'dash.next.test', 'dash.next.retest', 'dash.next.exam', 'dash.next.reexam', 'dash.next.scenario',
  'dash.next.replay', 'dash.next.gain', 'dash.lessons.title', 'dash.lessons.count', 'dash.lessons.read', 'dash.lessons.unread',
  'dash.tests.title', 'dash.tests.test', 'dash.tests.best', 'dash.tests.latest', 'dash.tests.count', 'dash.tests.none',
  'dash.tests.exam', 'dash.scenarios.title', 'dash.scenarios.scenario', 'dash.scenarios.played', 'dash.scenarios.best',
  'dash.scenarios.none', 'dash.comp.title', 'dash.comp.caption', 'dash.comp.name', 'dash.comp.tests', 'dash.comp.scenarios',
  'dash.comp.na', 'dash.comp.testsValue', 'dash.comp.scenariosValue',
  'outcome.won', 'outcome.partial', 'outcome.risky-win', 'outcome.lost',
  'competency.client-selection', 'competency.intelligence', 'competency.competitor-strategy', 'competency.meetings-proposal',
  'competency.contract', 'competency.customer-care',
] as const;
export type DashStrings = Record<(typeof DASH_KEYS)[number], string>;

export const DATA_KEYS = [
  'data.export', 'data.exported', 'data.import.label', 'data.import.hint', 'data.import.checking', 'data.import.summary',
  'data.import.newer', 'data.import.older', 'data.import.otherContent', 'data.import.line', 'data.count.lessons',
  'data.count.attempts', 'data.count.mistakes', 'data.count.runs', 'data.count.cards', 'data.import.how', 'data.import.merge',
  'data.import.replace', 'data.import.confirm', 'data.import.cancel', 'data.import.done', 'data.import.cancelled',
  'data.import.error.too-large', 'data.import.error.not-ours', 'data.import.error.truncated', 'data.import.error.tampered',
  'data.import.error.newer', 'data.import.error.damaged', 'data.reset', 'data.reset.warning', 'data.reset.exportFirst',
  'data.reset.confirm', 'data.reset.cancel', 'data.reset.done', 'data.persist.title', 'data.persist.granted', 'data.persist.ask',
  'data.persist.denied', 'data.persist.unsupported', 'data.safari',
] as const;
export type DataStrings = Record<(typeof DATA_KEYS)[number], string>;

export const REVIEW_KEYS = [
  'review.due', 'review.none', 'review.nextAt', 'review.empty', 'review.kind.question', 'review.kind.point', 'review.pointHint',
  'review.show', 'review.answer', 'review.rate', 'review.again', 'review.hard', 'review.good', 'review.easy', 'review.saved',
  'review.source', 'cram.title', 'cram.intro', 'cram.date', 'cram.lessons', 'cram.build', 'cram.needLesson', 'cram.needDate',
  'cram.result', 'cram.nothing',
] as const;
export type ReviewStrings = Record<(typeof REVIEW_KEYS)[number], string>;

/** Fills `{name}` placeholders. */
export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A time as the learner reads it, e.g. 11月28日 09:00. */
export function when(iso: string | Date): string {
  const d = new Date(iso);
  return `${d.getMonth() + 1}月${d.getDate()}日 ${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}
