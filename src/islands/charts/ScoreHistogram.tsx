import type { Band } from '../../lib/workshop/roster';
import { histogram } from '../../lib/charts/histogram';
import { fill } from '../../lib/util/template';
import type { Strings } from '../strings';
import type { ROSTER_CHART_KEYS } from './keys';

interface Props {
  bands: Band[];
  /** Pass mark in percent (lesson tests and the exam); `undefined` for scenarios. */
  passMark: number | undefined;
  /** `{from}–{to} 分`, the roster's band label. */
  bandLabel: string;
  /** `{n} 人`, the roster's count label. */
  countLabel: string;
  strings: Strings<typeof ROSTER_CHART_KEYS>;
}

const BOX = { left: 30, top: 22, width: 286, height: 120, gap: 10 };

/** The room's score distribution as a histogram with the pass mark, and the numbers as a table. */
export default function ScoreHistogram({
  bands,
  passMark,
  bandLabel,
  countLabel,
  strings: s,
}: Props) {
  const h = histogram(bands, passMark, BOX);
  const label = (b: Band) => fill(bandLabel, { from: b.from, to: b.to });
  const title =
    passMark === undefined
      ? s['chart.hist.titleNoPass']
      : fill(s['chart.hist.title'], { pass: passMark });
  return (
    <figure class="roster-hist" data-chart="histogram">
      <svg
        class="chart-svg"
        viewBox="0 0 320 176"
        role="img"
        aria-labelledby="hist-title"
        aria-describedby="hist-table"
      >
        <title id="hist-title">{title}</title>
        {h.ticks.map((t) => (
          <g key={t.value}>
            <line class="hist-grid" x1={BOX.left} x2={BOX.left + BOX.width} y1={t.y} y2={t.y} />
            <text class="hist-tick" x={BOX.left - 6} y={t.y + 5} text-anchor="end">
              {t.value}
            </text>
          </g>
        ))}
        {h.bars.map((b) => (
          <g key={b.from} class="hist-bar" data-count={b.count}>
            <rect class="bar-fill" x={b.x} y={b.y} width={b.width} height={b.height} />
            {b.count > 0 && (
              <text class="hist-count" x={b.x + b.width / 2} y={b.y - 4} text-anchor="middle">
                {b.count}
              </text>
            )}
            <text class="hist-label" x={b.x + b.width / 2} y={h.bottom + 18} text-anchor="middle">
              {`${b.from}–${b.to}`}
            </text>
          </g>
        ))}
        {h.passX !== undefined && (
          <g class="hist-pass">
            <line x1={h.passX} x2={h.passX} y1={h.top - 12} y2={h.bottom} />
            <text x={h.passX + 4} y={h.top - 12}>
              {fill(s['chart.hist.pass'], { pass: passMark ?? 0 })}
            </text>
          </g>
        )}
      </svg>
      <table class="visually-hidden" id="hist-table" data-testid="roster-bands">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{s['chart.hist.score']}</th>
            <th scope="col">{s['chart.hist.count']}</th>
          </tr>
        </thead>
        <tbody>
          {bands.map((b) => (
            <tr key={b.from}>
              <th scope="row">{label(b)}</th>
              <td>{fill(countLabel, { n: b.count })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
