import { useEffect, useRef, useState } from 'preact/hooks';
import { clearRoster } from '../../stores/roster';
import type { ItemResult } from '../../lib/workshop/result-code';
import { rosterCsv } from '../../lib/workshop/roster';
import { fill } from '../../lib/util/template';
import type { Strings } from '../strings';
import type { ROSTER_KEYS } from './keys';
import type { RosterItem } from './Roster';

interface Props {
  item: RosterItem;
  results: ItemResult[];
  strings: Strings<typeof ROSTER_KEYS>;
  /** After the room was cleared (the summary is gone: the page moves focus on). */
  onCleared: () => void;
}

/**
 * Download, print, clear. Clearing deletes every code of the session from this browser, and a
 * room's worth of scans cannot be brought back: it asks first, next to the button, with "keep"
 * focused, and says how many codes would go.
 */
export default function RosterActions({ item, results, strings: s, onCleared }: Props) {
  const [asking, setAsking] = useState(false);
  const keep = useRef<HTMLButtonElement>(null);
  const ask = useRef<HTMLButtonElement>(null);
  const answered = useRef(false);
  useEffect(() => {
    if (asking) keep.current?.focus();
    else if (answered.current) ask.current?.focus();
  }, [asking]);

  const download = () => {
    const csv = rosterCsv(results, item.keys, item.labels, {
      name: s['roster.name'],
      score: s['roster.score'],
    });
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `roster-${item.item.replace(':', '-')}.csv`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  return (
    <div class="roster-actions no-print">
      <p>
        <button type="button" onClick={download}>
          {s['roster.csv']}
        </button>
        <button type="button" onClick={() => window.print()}>
          {s['roster.print']}
        </button>
        {!asking && (
          <button type="button" ref={ask} onClick={() => setAsking(true)}>
            {s['roster.clear']}
          </button>
        )}
      </p>
      {asking && (
        <div class="roster-clear-ask" role="group" aria-labelledby="roster-clear-ask">
          <p id="roster-clear-ask">{fill(s['roster.clearAsk'], { n: results.length })}</p>
          <p>
            <button
              type="button"
              ref={keep}
              onClick={() => {
                answered.current = true;
                setAsking(false);
              }}
            >
              {s['roster.clearNo']}
            </button>
            <button
              type="button"
              class="danger"
              onClick={() => {
                clearRoster();
                onCleared();
              }}
            >
              {s['roster.clearYes']}
            </button>
          </p>
        </div>
      )}
    </div>
  );
}
