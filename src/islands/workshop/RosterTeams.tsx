import type { TeamRow } from '../../lib/workshop/teams';
import RoomBars from '../charts/RoomBars';
import { fill } from '../../lib/util/template';
import type { Strings } from '../strings';
import type { ROSTER_KEYS } from './keys';

interface Props {
  rows: TeamRow[];
  /** Pass mark of tests and the exam; `undefined` for scenarios (no pass-rate column). */
  passMark: number | undefined;
  strings: Strings<typeof ROSTER_KEYS>;
}

/** 各组成绩: each team's head count, average and pass rate, as bars and as a table. */
export default function RosterTeams({ rows, passMark, strings: s }: Props) {
  const name = (r: TeamRow) => r.team ?? s['team.none'];
  return (
    <section class="roster-teams" aria-labelledby="roster-teams-title">
      <h3 id="roster-teams-title">{s['team.title']}</h3>
      <RoomBars
        chart="teams"
        title={s['team.chartTitle']}
        titleId="team-chart-title"
        tableId="team-table"
        rows={rows.map((r) => ({
          key: r.team ?? '',
          label: fill(s['team.row'], { team: name(r), n: r.count, mean: r.mean }),
          value: r.mean,
          max: 100,
          text: String(r.mean),
        }))}
      />
      <table class="roster-table" id="team-table" data-testid="roster-teams">
        <thead>
          <tr>
            <th scope="col">{s['team.name']}</th>
            <th scope="col">{s['team.count']}</th>
            <th scope="col">{s['team.mean']}</th>
            {passMark !== undefined && (
              <th scope="col">{fill(s['team.passRate'], { pass: passMark })}</th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.team ?? ''}>
              <th scope="row">{name(r)}</th>
              <td>{r.count}</td>
              <td>{r.mean}</td>
              {r.passRate !== undefined && <td>{r.passRate}%</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
