import { useEffect, useState } from 'preact/hooks';
import type { Scenario } from '../../schemas/scenario';
import type { ItemResult } from '../../lib/workshop/result-code';
import type { RoomCompetency } from '../../lib/workshop/competencies';
import RoomBars from '../charts/RoomBars';
import { fill } from '../../lib/util/template';
import type { Strings } from '../strings';
import type { ROSTER_KEYS } from './keys';

interface Props {
  /** The scenario's id (its definition is fetched from /workshop/scenarios/<id>.json). */
  scenario: string;
  learners: ItemResult[];
  /** Competency names by id. */
  names: Record<string, string>;
  strings: Strings<typeof ROSTER_KEYS>;
}

type State =
  | { state: 'loading' }
  | { state: 'failed' }
  | { state: 'ready'; rows: RoomCompetency[]; counted: number };

/** For scenarios: the room's average points per competency against the maximum. */
export default function RosterCompetencies({ scenario, learners, names, strings: s }: Props) {
  const [view, setView] = useState<State>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    // The engine and the definition load only for a scenario's roster.
    Promise.all([
      import('../../lib/workshop/competencies'),
      fetch(`/workshop/scenarios/${scenario}.json`).then((r) => {
        if (!r.ok) throw new Error(String(r.status));
        return r.json() as Promise<Scenario>;
      }),
    ])
      .then(([lib, def]) => {
        if (live) setView({ state: 'ready', ...lib.roomCompetencies(def, learners) });
      })
      .catch(() => {
        if (live) setView({ state: 'failed' });
      });
    return () => {
      live = false;
    };
  }, [scenario, learners]);

  return (
    <section class="roster-competencies" aria-labelledby="roster-comp-title">
      <h3 id="roster-comp-title">{s['comp.title']}</h3>
      {view.state === 'loading' && <p>{s['comp.loading']}</p>}
      {view.state === 'failed' && <p class="roster-warning">{s['comp.failed']}</p>}
      {view.state === 'ready' && (
        <>
          <RoomBars
            chart="competencies"
            title={s['comp.chartTitle']}
            titleId="room-comp-title"
            tableId="room-comp-table"
            rows={view.rows.map((r) => ({
              key: r.competency,
              label: names[r.competency] ?? r.competency,
              value: r.mean,
              max: r.max,
              text: `${r.mean} / ${r.max}`,
            }))}
          />
          <table class="roster-table" id="room-comp-table" data-testid="roster-competencies">
            <caption class="visually-hidden">{s['comp.chartTitle']}</caption>
            <thead>
              <tr>
                <th scope="col">{s['comp.name']}</th>
                <th scope="col">{s['comp.mean']}</th>
                <th scope="col">{s['comp.max']}</th>
              </tr>
            </thead>
            <tbody>
              {view.rows.map((r) => (
                <tr key={r.competency}>
                  <th scope="row">{names[r.competency] ?? r.competency}</th>
                  <td>{r.mean}</td>
                  <td>{r.max}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {view.counted < learners.length && (
            <p class="roster-warning">
              {fill(s['comp.left'], { n: learners.length - view.counted })}
            </p>
          )}
        </>
      )}
    </section>
  );
}
