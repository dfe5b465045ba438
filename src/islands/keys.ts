/**
 * The dictionary keys each island at the top of src/islands needs; pages pass them with
 * `strings={pick(...X_KEYS)}` (src/islands/strings.ts says the rule). A list here is checked
 * against the dictionary by the type checker (`satisfies`), and a key no list or page uses fails
 * tests/unit/i18n/dictionary.test.ts.
 */
import type { MessageKey } from '../i18n';
import { PATH_MAP_KEYS } from './charts/keys';

export const STORAGE_BANNER_KEYS = [
  'notice.unavailable',
  'notice.full',
  'notice.recovered',
  'notice.unsaved',
  'notice.skipped',
  'notice.download',
  'notice.dismiss',
] as const satisfies readonly MessageKey[];

export const PROGRESS_METER_KEYS = [
  'progress.label',
  'progress.value',
] as const satisfies readonly MessageKey[];

export const COURSE_NAV_KEYS = [
  ...PROGRESS_METER_KEYS,
  'lesson.courseNav',
  'lesson.isRead',
  'common.lessonN',
] as const satisfies readonly MessageKey[];

export const MARK_READ_KEYS = [
  'lesson.markRead',
  'lesson.markUnread',
  'lesson.isRead',
] as const satisfies readonly MessageKey[];

export const CONTINUE_KEYS = [
  'path.start',
  'path.continue',
  'path.done',
] as const satisfies readonly MessageKey[];

export const SEARCH_KEYS = [
  'search.label',
  'search.submit',
  'search.placeholder',
  'search.searching',
  'search.count',
  'search.none',
  'search.unavailable',
  'search.results',
] as const satisfies readonly MessageKey[];

export const OFFLINE_PACK_KEYS = [
  'pack.button',
  'pack.idle',
  'pack.starting',
  'pack.progress',
  'pack.done',
  'pack.failed',
  'pack.more',
  'pack.unsupported',
] as const satisfies readonly MessageKey[];

export const CHAT_HINT_KEYS = [
  'chat.app.wechat',
  'chat.app.wecom',
  'chat.app.dingtalk',
  'chat.app.feishu',
  'chat.hint.title',
  'chat.hint.works',
  'chat.hint.limits.ios',
  'chat.hint.limits.other',
  'chat.hint.open',
  'chat.gesture.wechat.ios',
  'chat.gesture.wechat.other',
  'chat.gesture.wecom.ios',
  'chat.gesture.wecom.other',
  'chat.gesture.dingtalk',
  'chat.gesture.feishu',
  'chat.hint.carry',
  'chat.hint.carryLink',
  'chat.hint.dismiss',
] as const satisfies readonly MessageKey[];

/** A scenario's outcomes, as the player, the debrief and the dashboard name them. */
export const OUTCOME_KEYS = [
  'outcome.won',
  'outcome.partial',
  'outcome.risky-win',
  'outcome.lost',
] as const satisfies readonly MessageKey[];

/** The six competencies scenarios score, by id. */
export const COMPETENCY_KEYS = [
  'competency.client-selection',
  'competency.intelligence',
  'competency.competitor-strategy',
  'competency.meetings-proposal',
  'competency.contract',
  'competency.customer-care',
] as const satisfies readonly MessageKey[];

/** The scenario player (and the parts the debrief shares with it). */
export const SCENARIO_KEYS = [
  'scenario.start',
  'scenario.loading',
  'scenario.loadFailed',
  'common.reload',
  'scenario.resumed',
  'scenario.step',
  'scenario.continue',
  'scenario.undo',
  'scenario.restart',
  'scenario.again',
  'scenario.feedback',
  'scenario.why',
  'scenario.state',
  'scenario.clues',
  'scenario.yes',
  'scenario.no',
  'scenario.outcome',
  'scenario.case',
  'scenario.toDebrief',
  'scenario.noRun',
  'scenario.hiddenRuns',
  'scenario.backToPlay',
  'scenario.scores',
  'scenario.scoreOf',
  'scenario.competency',
  'scenario.path',
  'scenario.yourChoice',
  'scenario.expertChoice',
  'scenario.sameAsExpert',
  'scenario.review',
  'scenario.history',
  'scenario.historyItem',
  ...OUTCOME_KEYS,
  ...COMPETENCY_KEYS,
] as const satisfies readonly MessageKey[];

/** The debrief: the scenario's strings and its path map's. */
export const DEBRIEF_KEYS = [
  ...SCENARIO_KEYS,
  ...PATH_MAP_KEYS,
] as const satisfies readonly MessageKey[];
