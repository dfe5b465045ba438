import { useStore } from '@nanostores/preact';
import { useMemo, useRef } from 'preact/hooks';
import { $roster, chooseRosterItem, rosterAtServer } from '../../stores/roster';
import { decodeResult, type DecodeError, type ItemResult } from '../../lib/workshop/result-code';
import { countedResults, roomStats, sameNames } from '../../lib/workshop/roster';
import { teamStats } from '../../lib/workshop/teams';
import { fill } from '../../lib/util/template';
import ScoreHistogram from '../charts/ScoreHistogram';
import RosterScan from './RosterScan';
import RosterIntake from './RosterIntake';
import RosterTeams from './RosterTeams';
import RosterCompetencies from './RosterCompetencies';
import RosterLearners from './RosterLearners';
import RosterMissed from './RosterMissed';
import RosterActions from './RosterActions';
import type { Strings } from '../strings';
import type { ROSTER_KEYS } from './keys';

export interface RosterItem {
  item: string;
  label: string;
  keys: string[];
  labels: Record<string, string>;
  /** The lesson section to discuss each key with, as `lesson#section` (a key of `SectionLinks`). */
  discuss: Record<string, string>;
}

/** Link, lesson title and title of each lesson section the items point to, by `lesson#section`. */
export type SectionLinks = Record<string, { href: string; lesson: string; section: string }>;

interface Props {
  items: RosterItem[];
  strings: Strings<typeof ROSTER_KEYS>;
  /** Pass mark of lesson tests and the exam, drawn on their histogram. */
  passMark: number;
  /** Competency names by id, for the scenarios' competency averages. */
  competencyNames: Record<string, string>;
  sections: SectionLinks;
}

/** The trainer's roster: scan or paste codes, see the room's scores and what to discuss. Names are text only. */
export default function Roster({ items, strings: s, passMark, competencyNames, sections }: Props) {
  const roster = useStore($roster, { ssr: rosterAtServer });
  const summaryTitle = useRef<HTMLHeadingElement>(null);
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
  const results = rows.map((r) => r.value);
  const distinct = new Set(roster.distinct ?? []);
  const stats = roomStats(results, distinct);
  const pass = item?.item.startsWith('scenario:') === false ? passMark : undefined;
  const counted = useMemo(
    () => countedResults(results, new Set(roster.distinct ?? [])),
    [rows, roster.distinct],
  );
  const teams = teamStats(counted, pass);
  const countedCodes = new Set(
    countedResults(
      rows.map((r) => ({ ...r.value, code: r.code })),
      distinct,
    ).map((r) => r.code),
  );

  return (
    <div class="roster">
      <div class="roster-controls">
        <label for="roster-item">{s['roster.item']}</label>
        <select
          id="roster-item"
          value={roster.item}
          onChange={(e) => chooseRosterItem(e.currentTarget.value)}
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
          {/* Keyed by item: another item is a new scanning session (the old camera is turned off)
              and a clean paste box. */}
          <RosterScan key={item.item} catalog={item} strings={s} errorText={errorText} />
          <RosterIntake key={item.item} item={item} strings={s} errorText={errorText} />
          <h2 class="roster-summary-title" tabIndex={-1} ref={summaryTitle}>
            {fill(s['roster.summaryOf'], { item: item.label })}
          </h2>
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
              <RosterMissed
                item={item}
                missed={stats.missed}
                room={stats.count}
                links={sections}
                strings={s}
              />
              <RosterLearners
                rows={rows}
                counted={countedCodes}
                distinct={distinct}
                shared={sameNames(results)}
                strings={s}
              />
              <RosterActions
                item={item}
                results={results}
                strings={s}
                onCleared={() => summaryTitle.current?.focus()}
              />
            </div>
          )}
        </>
      )}
    </div>
  );
}
