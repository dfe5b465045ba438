import { markDistinct, removeRosterCode } from '../../stores/roster';
import { groupCode, type ItemResult } from '../../lib/workshop/result-code';
import { fill } from '../../lib/util/template';
import type { Strings } from '../strings';
import type { ROSTER_KEYS } from './keys';

interface Props {
  rows: { code: string; value: ItemResult }[];
  /** Codes whose learner counts in the room's figures (one per name unless marked distinct). */
  counted: ReadonlySet<string>;
  /** Names the trainer marked as different people. */
  distinct: ReadonlySet<string>;
  /** Names more than one code carries. */
  shared: string[];
  strings: Strings<typeof ROSTER_KEYS>;
}

/** The learners: same-name notes with the trainer's call, and every code's name and score. */
export default function RosterLearners({ rows, counted, distinct, shared, strings: s }: Props) {
  const named = (name: string) => rows.filter((r) => r.value.name === name).length;
  return (
    <>
      <h3>{s['roster.learners']}</h3>
      {shared.map((name) => (
        <p key={name} class="roster-same-name" data-testid="roster-same-name">
          {fill(s['roster.sameName'], { name, n: named(name) })}{' '}
          <button
            type="button"
            class="secondary"
            onClick={() => markDistinct(name, !distinct.has(name))}
          >
            {distinct.has(name) ? s['roster.same'] : s['roster.distinct']}
          </button>
        </p>
      ))}
      <table class="roster-table">
        <thead>
          <tr>
            <th scope="col">{s['roster.name']}</th>
            <th scope="col">{s['roster.score']}</th>
            <th scope="col" class="no-print">
              <span class="visually-hidden">{s['roster.remove']}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.code}>
              <td class="roster-name">{r.value.name}</td>
              <td>
                {r.value.percent}
                {!counted.has(r.code) && (
                  <span class="roster-not-counted">{s['roster.notCounted']}</span>
                )}
              </td>
              <td class="no-print">
                <button
                  type="button"
                  aria-label={fill(s['roster.removeOf'], { name: r.value.name })}
                  title={groupCode(r.code)}
                  onClick={() => removeRosterCode(r.code)}
                >
                  {s['roster.remove']}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
