import type { CompetencyRow } from '../../lib/progress/competencies';
import { fill } from '../../lib/util/template';
import CompetencyChart from '../charts/CompetencyChart';
import type { Strings } from '../strings';
import type { DASH_KEYS } from './keys';

interface Props {
  rows: CompetencyRow[];
  strings: Strings<typeof DASH_KEYS>;
}

/** Bar drawn next to a number; the number is the text alternative, so the bar is hidden from assistive tech. */
function Bar({ percent }: { percent: number }) {
  return (
    <svg
      class="bar"
      viewBox="0 0 100 8"
      preserveAspectRatio="none"
      aria-hidden="true"
      focusable="false"
    >
      <rect class="bar-track" x="0" y="0" width="100" height="8" rx="2" />
      <rect class="bar-fill" x="0" y="0" width={percent} height="8" rx="2" />
    </svg>
  );
}

/** The six competencies, tests and scenarios side by side, as a table with bars. */
export default function CompetencyTable({ rows, strings: s }: Props) {
  return (
    <section aria-labelledby="dash-comp">
      <h2 id="dash-comp">{s['dash.comp.title']}</h2>
      <CompetencyChart
        rows={rows}
        names={Object.fromEntries(rows.map((r) => [r.competency, s[`competency.${r.competency}`]]))}
        strings={s}
      />
      <div class="table-scroll">
        <table class="dash-table comp-table">
          <caption>{s['dash.comp.caption']}</caption>
          <thead>
            <tr>
              <th scope="col">{s['dash.comp.name']}</th>
              <th scope="col">{s['dash.comp.tests']}</th>
              <th scope="col">{s['dash.comp.scenarios']}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.competency} data-competency={r.competency}>
                <th scope="row">{s[`competency.${r.competency}`]}</th>
                <td>
                  {r.tests === undefined
                    ? s['dash.comp.na']
                    : fill(s['dash.comp.testsValue'], r.tests)}
                  {r.tests !== undefined && <Bar percent={r.tests.percent} />}
                </td>
                <td>
                  {r.scenarios === undefined
                    ? s['dash.comp.na']
                    : fill(s['dash.comp.scenariosValue'], r.scenarios)}
                  {r.scenarios !== undefined && <Bar percent={r.scenarios.percent} />}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
