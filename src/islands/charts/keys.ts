/** Dictionary keys the chart components need; the islands that draw them list them among their own keys. */
import type { MessageKey } from '../../i18n';

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
] as const satisfies readonly MessageKey[];

export const DASH_CHART_KEYS = [
  'chart.gauge.title',
  'chart.gauge.desc',
  'chart.comp.title',
  'chart.comp.desc',
  'chart.comp.tests',
  'chart.comp.scenarios',
  'chart.comp.none',
] as const satisfies readonly MessageKey[];

export const ROSTER_CHART_KEYS = [
  'chart.hist.title',
  'chart.hist.titleNoPass',
  'chart.hist.pass',
  'chart.hist.people',
  'chart.hist.score',
  'chart.hist.count',
] as const satisfies readonly MessageKey[];
