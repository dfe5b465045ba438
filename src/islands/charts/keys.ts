/** Dictionary keys the chart components need; pages pass them with `pick` as a `chartStrings` prop. */
import type { Strings } from '../quiz/keys';

export const PATH_MAP_KEYS = [
  'chart.path.title',
  'chart.path.expert',
  'chart.path.off',
  'chart.path.step',
  'chart.path.turn',
  'chart.path.turnText',
  'chart.path.sameText',
  'chart.path.end',
  'chart.path.endText',
  'chart.path.legendSame',
  'chart.path.legendOff',
] as const;

export const DASH_CHART_KEYS = [
  'chart.gauge.title',
  'chart.gauge.desc',
  'chart.comp.title',
  'chart.comp.desc',
  'chart.comp.tests',
  'chart.comp.scenarios',
  'chart.comp.none',
] as const;

export const ROSTER_CHART_KEYS = [
  'chart.hist.title',
  'chart.hist.titleNoPass',
  'chart.hist.pass',
  'chart.hist.people',
  'chart.hist.score',
  'chart.hist.count',
] as const;

export type PathMapStrings = Strings<typeof PATH_MAP_KEYS>;
export type DashChartStrings = Strings<typeof DASH_CHART_KEYS>;
export type RosterChartStrings = Strings<typeof ROSTER_CHART_KEYS>;
