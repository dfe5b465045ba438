import { pathMap } from '../../lib/charts/path-map';
import { fill } from '../../lib/util/template';
import type { Strings } from '../strings';
import type { PATH_MAP_KEYS } from './keys';

interface Props {
  /** One flag per decision of the run, in order: the learner chose differently from the expert. */
  differs: boolean[];
  /** The ending's outcome in words (成功, 部分成功…). */
  outcome: string;
  outcomeKind: string;
  strings: Strings<typeof PATH_MAP_KEYS>;
}

const W = 320;
const LEFT = 62;

/** The debrief's path map: the learner's line against the expert's, the turn, the ending. */
export default function PathMap({ differs, outcome, outcomeKind, strings: s }: Props) {
  const m = pathMap(differs, { left: LEFT, width: W - LEFT - 4, expertY: 40, offY: 80 });
  const summary = `${
    m.turn === undefined
      ? fill(s['chart.path.sameText'], { steps: differs.length })
      : fill(s['chart.path.turnText'], {
          before: m.turn - 1,
          n: m.turn,
          off: differs.filter(Boolean).length,
        })
  }${fill(s['chart.path.endText'], { outcome })}`;
  const turnPoint = m.turn === undefined ? undefined : m.points[m.turn - 1];
  const turnAnchor =
    turnPoint === undefined
      ? 'middle'
      : turnPoint.x > W - 50
        ? 'end'
        : turnPoint.x < 110
          ? 'start'
          : 'middle';
  return (
    <figure class="path-map" data-turn={m.turn ?? ''}>
      <svg
        viewBox={`0 0 ${W} 122`}
        role="img"
        aria-labelledby="path-map-title path-map-desc"
        class="chart-svg"
      >
        <title id="path-map-title">{s['chart.path.title']}</title>
        <desc id="path-map-desc">{summary}</desc>
        <text class="pm-lane" x="0" y={m.expertY + 4}>
          {s['chart.path.expert']}
        </text>
        <text class="pm-lane" x="0" y={m.offY + 4}>
          {s['chart.path.off']}
        </text>
        <line
          class="pm-expert"
          x1={m.expertLine.x1}
          x2={m.expertLine.x2}
          y1={m.expertY}
          y2={m.expertY}
        />
        {turnPoint !== undefined && (
          <g class="pm-turn">
            <line x1={turnPoint.x} x2={turnPoint.x} y1={18} y2={m.offY + 12} />
            <text x={turnPoint.x} y="12" text-anchor={turnAnchor}>
              {fill(s['chart.path.turn'], { n: turnPoint.n })}
            </text>
          </g>
        )}
        <polyline class="pm-learner" points={m.learnerLine} />
        {m.points.map((p) => (
          <g key={p.n}>
            <circle
              class={p.differs ? 'pm-dot pm-off' : 'pm-dot'}
              cx={p.x}
              cy={p.y}
              r={p.differs ? 7 : 6}
            />
            <text class="pm-step" x={p.x} y="112" text-anchor="middle">
              {p.n}
            </text>
          </g>
        ))}
        <rect
          class={`pm-end pm-end-${outcomeKind}`}
          x={m.end.x - 9}
          y={m.end.y - 9}
          width="18"
          height="18"
          rx="3"
        />
        <text class="pm-step" x={m.end.x} y="112" text-anchor="middle">
          {s['chart.path.end']}
        </text>
      </svg>
      <figcaption data-testid="path-map-summary">{summary}</figcaption>
    </figure>
  );
}
