import { fill } from '../../lib/util/template';
import MissBar from '../charts/MissBar';
import type { Strings } from '../strings';
import type { ROSTER_KEYS } from './keys';
import type { RosterItem, SectionLinks } from './Roster';

interface Props {
  item: RosterItem;
  missed: readonly { key: string; wrong: number; asked: number }[];
  /** Learners counted in the room (the bars' scale). */
  room: number;
  links: SectionLinks;
  strings: Strings<typeof ROSTER_KEYS>;
}

/** How many questions or decisions the list shows: what a room can discuss in one sitting. */
export const MISSED_SHOWN = 8;

/**
 * 错得最多的: each question or decision in words, how many of the room got it wrong, a bar, and the
 * lesson section to discuss it with.
 */
export default function RosterMissed({ item, missed, room, links, strings: s }: Props) {
  return (
    <>
      <h3>{s['roster.missed']}</h3>
      {missed.length === 0 ? (
        <p>{s['roster.noneMissed']}</p>
      ) : (
        <ol class="roster-missed" data-testid="roster-missed">
          {missed.slice(0, MISSED_SHOWN).map((m) => {
            const section = item.discuss[m.key];
            const link = section === undefined ? undefined : links[section];
            return (
              <li key={m.key}>
                {item.labels[m.key] ?? m.key}（
                {fill(s['roster.missedRow'], { wrong: m.wrong, asked: m.asked })}）
                <MissBar wrong={m.wrong} asked={m.asked} room={room} />
                {link !== undefined && (
                  <span class="roster-discuss">
                    {s['roster.discuss']}
                    <a href={link.href}>
                      <span class="roster-discuss-lesson">{link.lesson} · </span>
                      {link.section}
                    </a>
                  </span>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </>
  );
}
