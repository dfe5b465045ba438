import type { Part } from '../../lib/progress/readiness';
import { gaugePoint, gaugeSegments } from '../../lib/charts/gauge';
import { fill } from '../../lib/util/template';
import type { Strings } from '../strings';
import type { DASH_CHART_KEYS } from './keys';

interface Props {
  score: number;
  parts: Part[];
  /** Name of each part (课程覆盖…), by part id. */
  names: Record<string, string>;
  strings: Strings<typeof DASH_CHART_KEYS>;
}

const BOX = { cx: 160, cy: 130, r: 104 };

/**
 * The readiness index as a half-ring gauge: one segment per part, sized by the points it can give and
 * filled as far as it is done. The parts table next to it carries the same numbers as text.
 */
export default function ReadinessGauge({ score, parts, names, strings: s }: Props) {
  const segments = gaugeSegments(BOX, parts);
  return (
    <svg
      class="chart-svg gauge"
      viewBox="0 0 320 140"
      role="img"
      aria-labelledby="gauge-title gauge-desc"
      data-chart="readiness"
    >
      <title id="gauge-title">{fill(s['chart.gauge.title'], { score })}</title>
      <desc id="gauge-desc">{s['chart.gauge.desc']}</desc>
      {segments.map((seg, i) => {
        const mid = gaugePoint({ ...BOX, r: BOX.r + 20 }, (seg.from + seg.to) / 2);
        return (
          <g key={seg.id} data-part={seg.id} class={`gauge-part gauge-part-${i}`}>
            <path class="gauge-track" d={seg.track} />
            {seg.fill !== '' && <path class="gauge-fill" d={seg.fill} />}
            <text
              class="gauge-label"
              x={mid.x}
              y={Math.min(mid.y, BOX.cy - 4)}
              text-anchor={mid.x < BOX.cx - 20 ? 'end' : mid.x > BOX.cx + 20 ? 'start' : 'middle'}
            >
              {names[seg.id]}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
