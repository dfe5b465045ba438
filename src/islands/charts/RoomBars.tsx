import { barRows } from '../../lib/charts/scale';

export interface RoomBar {
  key: string;
  /** What the bar is (a team, a competency), above the bar. */
  label: string;
  value: number;
  /** The bar's track: the most that can be reached. */
  max: number;
  /** The number as text, right of the bar (e.g. `85 分`, `3.2 / 4`). */
  text: string;
}

interface Props {
  rows: RoomBar[];
  title: string;
  /** Id of the table that gives the same numbers as text (for screen readers and print). */
  tableId: string;
  /** Id of the chart's <title>, unique on the page. */
  titleId: string;
  /** `data-chart` name, for tests and print styles. */
  chart: string;
}

const W = 320;
const BAR_W = 240;

/**
 * The room in horizontal bars: one labelled bar per row, filled to its value on a track as long as
 * its maximum (tracks share one scale, so bars compare). Used for teams and for competencies.
 */
export default function RoomBars({ rows, title, tableId, titleId, chart }: Props) {
  const layout = barRows(rows, { width: BAR_W, label: 18, bar: 14, gap: 8 });
  return (
    <svg
      class="chart-svg room-bars"
      viewBox={`0 0 ${W} ${layout.height}`}
      role="img"
      aria-labelledby={titleId}
      aria-describedby={tableId}
      data-chart={chart}
    >
      <title id={titleId}>{title}</title>
      {rows.map((r, i) => {
        const bar = layout.rows[i]!;
        return (
          <g key={r.key} data-value={r.value}>
            <text class="room-bars-label" x="0" y={bar.labelY}>
              {r.label}
            </text>
            <rect class="bar-track" x="0" y={bar.y} width={bar.track} height="14" rx="2" />
            <rect class="bar-fill" x="0" y={bar.y} width={bar.length} height="14" rx="2" />
            <text class="room-bars-value" x={BAR_W + 6} y={bar.y + 12}>
              {r.text}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
