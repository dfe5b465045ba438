import type { CompetencyRow } from '../../lib/progress/competencies';
import { barRows } from '../../lib/charts/scale';
import type { Strings } from '../strings';
import type { DASH_CHART_KEYS } from './keys';

interface Props {
  rows: CompetencyRow[];
  /** Name of each competency, by id. */
  names: Record<string, string>;
  strings: Strings<typeof DASH_CHART_KEYS>;
}

const W = 320;
const LABEL = 34;
const BAR_W = W - LABEL - 38;

/**
 * The six competencies as bars of score against the maximum (100 %): tests on top, scenarios below.
 * The competency table under it gives the same numbers as text.
 */
export default function CompetencyChart({ rows, names, strings: s }: Props) {
  const values = rows.flatMap((r) => [
    { value: r.tests?.percent ?? 0, max: 100 },
    { value: r.scenarios?.percent ?? 0, max: 100 },
  ]);
  const layout = barRows(values, { width: BAR_W, label: 0, bar: 12, gap: 4 });
  const pitch = 18 + 2 * 16 + 8;
  return (
    <svg
      class="chart-svg comp-chart"
      viewBox={`0 0 ${W} ${rows.length * pitch}`}
      role="img"
      aria-labelledby="comp-chart-title comp-chart-desc"
      data-chart="competencies"
    >
      <title id="comp-chart-title">{s['chart.comp.title']}</title>
      <desc id="comp-chart-desc">{s['chart.comp.desc']}</desc>
      {rows.map((r, i) => {
        const top = i * pitch;
        const parts = [
          {
            key: 'tests',
            label: s['chart.comp.tests'],
            v: r.tests?.percent,
            bar: layout.rows[2 * i]!,
          },
          {
            key: 'scenarios',
            label: s['chart.comp.scenarios'],
            v: r.scenarios?.percent,
            bar: layout.rows[2 * i + 1]!,
          },
        ];
        return (
          <g key={r.competency} data-competency={r.competency}>
            <text class="comp-name" x="0" y={top + 14}>
              {names[r.competency]}
            </text>
            {parts.map((p, j) => {
              const y = top + 22 + j * 16;
              return (
                <g key={p.key} class={`comp-${p.key}`}>
                  <text class="comp-kind" x="0" y={y + 11}>
                    {p.label}
                  </text>
                  <rect class="bar-track" x={LABEL} y={y} width={p.bar.track} height="12" rx="2" />
                  {p.v !== undefined && (
                    <rect
                      class="bar-fill"
                      x={LABEL}
                      y={y}
                      width={p.bar.length}
                      height="12"
                      rx="2"
                    />
                  )}
                  <text class="comp-value" x={LABEL + BAR_W + 4} y={y + 11}>
                    {p.v === undefined ? s['chart.comp.none'] : `${p.v}%`}
                  </text>
                </g>
              );
            })}
          </g>
        );
      })}
    </svg>
  );
}
