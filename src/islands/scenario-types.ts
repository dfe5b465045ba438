/** Props shared by the scenario islands: plain data prepared by the pages. */
import type { LessonLink } from '../schemas/scenario';

/** Where a lesson link goes and what it says, keyed by `lesson#section`. */
export type LinkMap = Record<string, { href: string; label: string }>;

export const linkKey = (link: LessonLink): string => `${link.lesson}#${link.section}`;

export type ScenarioStrings = Record<
  | 'scenario.start'
  | 'scenario.loading'
  | 'scenario.loadFailed'
  | 'common.reload'
  | 'scenario.resumed'
  | 'scenario.step'
  | 'scenario.continue'
  | 'scenario.undo'
  | 'scenario.restart'
  | 'scenario.again'
  | 'scenario.feedback'
  | 'scenario.why'
  | 'scenario.state'
  | 'scenario.clues'
  | 'scenario.yes'
  | 'scenario.no'
  | 'scenario.outcome'
  | 'scenario.case'
  | 'scenario.toDebrief'
  | 'scenario.noRun'
  | 'scenario.hiddenRuns'
  | 'scenario.backToPlay'
  | 'scenario.scores'
  | 'scenario.scoreOf'
  | 'scenario.competency'
  | 'scenario.path'
  | 'scenario.yourChoice'
  | 'scenario.expertChoice'
  | 'scenario.sameAsExpert'
  | 'scenario.review'
  | 'scenario.history'
  | 'scenario.historyItem'
  | 'outcome.won'
  | 'outcome.partial'
  | 'outcome.risky-win'
  | 'outcome.lost'
  | 'competency.client-selection'
  | 'competency.intelligence'
  | 'competency.competitor-strategy'
  | 'competency.meetings-proposal'
  | 'competency.contract'
  | 'competency.customer-care',
  string
>;

export const SCENARIO_STRING_KEYS = [
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
  'outcome.won',
  'outcome.partial',
  'outcome.risky-win',
  'outcome.lost',
  'competency.client-selection',
  'competency.intelligence',
  'competency.competitor-strategy',
  'competency.meetings-proposal',
  'competency.contract',
  'competency.customer-care',
] as const satisfies readonly (keyof ScenarioStrings)[];
