import { useStore } from '@nanostores/preact';
import { useMemo, useState } from 'preact/hooks';
import {
  $roster,
  chooseRosterItem,
  clearRoster,
  markDistinct,
  removeRosterCode,
  rosterAtServer,
  submitRosterCodes,
} from '../../stores/roster';
import {
  decodeResult,
  groupCode,
  type DecodeError,
  type ItemResult,
} from '../../lib/workshop/result-code';
import {
  countedResults,
  MAX_CODES,
  roomStats,
  rosterCsv,
  sameNames,
} from '../../lib/workshop/roster';
import { fill } from '../../lib/util/template';
import type { ROSTER_KEYS } from './keys';
import ScoreHistogram from '../charts/ScoreHistogram';
import MissBar from '../charts/MissBar';
import RosterScan from './RosterScan';
import RosterTeams from './RosterTeams';
import RosterCompetencies from './RosterCompetencies';
import { teamStats } from '../../lib/workshop/teams';
import type { Strings } from '../strings';

export interface RosterItem {
  item: string;
  label: string;
  keys: string[];
  labels: Record<string, string>;
}

interface Props {
  items: RosterItem[];
  strings: Strings<typeof ROSTER_KEYS>;
  /** Pass mark of lesson tests and the exam, drawn on their histogram. */
  passMark: number;
  /** Competency names by id, for the scenarios' competency averages. */
  competencyNames: Record<string, string>;
}

/** The trainer's roster: paste codes, see the room's scores and what to discuss. Names are text only. */
export default function Roster({ items, strings: s, passMark, competencyNames }: Props) {
  const roster = useStore($roster, { ssr: rosterAtServer });
  const [text, setText] = useState('');
  const [messages, setMessages] = useState<string[]>([]);
  const item = items.find((i) => i.item === roster.item);
  const errorText = (error: DecodeError) =>
    fill(s[`code.error.${error}` as keyof typeof s], { item: item?.label ?? '' });

  const rows = useMemo(() => {
    if (item === undefined) return [];
    return roster.codes.flatMap((code) => {
      const d = decodeResult(item, code);
      return d.ok ? [{ code, value: d.value as ItemResult }] : [];
    });
  }, [item, roster.codes]);
  const distinct = new Set(roster.distinct ?? []);
  const stats = roomStats(
    rows.map((r) => r.value),
    distinct,
  );
  const pass = item?.item.startsWith('scenario:') === false ? passMark : undefined;
  const counted = useMemo(
    () =>
      countedResults(
        rows.map((r) => r.value),
        new Set(roster.distinct ?? []),
      ),
    [rows, roster.distinct],
  );
  const teams = teamStats(counted, pass);
  const shared = sameNames(rows.map((r) => r.value));
  const countedCodes = new Set(
    countedResults(
      rows.map((r) => ({ ...r.value, code: r.code })),
      distinct,
    ).map((r) => r.code),
  );
  const named = (name: string) => rows.filter((r) => r.value.name === name).length;

  const add = (e: Event) => {
    e.preventDefault();
    if (item === undefined) return;
    const r = submitRosterCodes(item, text.split(/\r?\n/));
    const out = r.refused.map((x) =>
      fill(s['roster.refused'], { line: x.line, reason: errorText(x.error) }),
    );
    if (r.accepted.length === 0 && r.refused.length === 0 && r.over.length === 0)
      out.push(errorText('empty'));
    const head: string[] = [];
    if (r.added > 0) head.push(fill(s['roster.added'], { n: r.added }));
    if (r.duplicates > 0) head.push(fill(s['roster.duplicates'], { n: r.duplicates }));
    if (r.over.length > 0) head.push(fill(s['roster.over'], { max: MAX_CODES, n: r.over.length }));
    setMessages([...head, ...out]);
    // What was not added stays in the box: refused lines to correct, codes over the cap to keep.
    setText([...r.refused.map((x) => x.text), ...r.over].join('\n'));
  };

  const download = () => {
    if (item === undefined) return;
    const csv = rosterCsv(
      rows.map((r) => r.value),
      item.keys,
      item.labels,
      { name: s['roster.name'], score: s['roster.score'] },
    );
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `roster-${item.item.replace(':', '-')}.csv`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  return (
    <div class="roster">
      <div class="roster-controls">
        <label for="roster-item">{s['roster.item']}</label>
        <select
          id="roster-item"
          value={roster.item}
          onChange={(e) => {
            chooseRosterItem(e.currentTarget.value);
            setMessages([]);
          }}
        >
          <option value="">{s['roster.chooseItem']}</option>
          {items.map((i) => (
            <option value={i.item} key={i.item}>
              {i.label}
            </option>
          ))}
        </select>
      </div>
      {item !== undefined && (
        <>
          {/* Keyed by item: another item is a new scanning session (the old camera is turned off). */}
          <RosterScan key={item.item} catalog={item} strings={s} errorText={errorText} />
          <form class="roster-controls" onSubmit={add}>
            <label for="roster-codes">{s['roster.codes']}</label>
            <textarea
              id="roster-codes"
              rows={4}
              spellcheck={false}
              autocapitalize="characters"
              value={text}
              onInput={(e) => setText(e.currentTarget.value)}
            />
            <button type="submit">{s['roster.add']}</button>
          </form>
          <div role="status" aria-live="polite" class="roster-messages">
            {messages.map((m, i) => (
              <p key={i}>{m}</p>
            ))}
          </div>
          <h2 class="roster-summary-title">{fill(s['roster.summaryOf'], { item: item.label })}</h2>
          {rows.length === 0 ? (
            <p>{s['roster.empty']}</p>
          ) : (
            <div class="roster-summary">
              <p data-testid="roster-count">
                {fill(s['roster.people'], { n: stats.count })}；
                {fill(s['roster.mean'], { mean: stats.mean, median: stats.median })}
              </p>
              <h3>{s['roster.distribution']}</h3>
              <ScoreHistogram
                bands={stats.bands}
                passMark={pass}
                bandLabel={s['roster.band']}
                countLabel={s['roster.bandCount']}
                strings={s}
              />
              {teams.length > 0 && <RosterTeams rows={teams} passMark={pass} strings={s} />}
              {item.item.startsWith('scenario:') && (
                <RosterCompetencies
                  scenario={item.item.slice('scenario:'.length)}
                  learners={counted}
                  names={competencyNames}
                  strings={s}
                />
              )}
              <h3>{s['roster.missed']}</h3>
              {stats.missed.length === 0 ? (
                <p>{s['roster.noneMissed']}</p>
              ) : (
                <ol class="roster-missed" data-testid="roster-missed">
                  {stats.missed.slice(0, 8).map((m) => (
                    <li key={m.key}>
                      {item.labels[m.key] ?? m.key}（
                      {fill(s['roster.missedRow'], { wrong: m.wrong, asked: m.asked })}）
                      <MissBar wrong={m.wrong} asked={m.asked} room={stats.count} />
                    </li>
                  ))}
                </ol>
              )}
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
                        {!countedCodes.has(r.code) && (
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
              <p class="roster-actions no-print">
                <button type="button" onClick={download}>
                  {s['roster.csv']}
                </button>
                <button type="button" onClick={() => window.print()}>
                  {s['roster.print']}
                </button>
                <button type="button" onClick={clearRoster}>
                  {s['roster.clear']}
                </button>
              </p>
            </div>
          )}
        </>
      )}
    </div>
  );
}
