import { useState } from 'preact/hooks';
import { submitRosterCodes } from '../../stores/roster';
import type { DecodeError } from '../../lib/workshop/result-code';
import { MAX_CODES } from '../../lib/workshop/roster';
import { fill } from '../../lib/util/template';
import type { Strings } from '../strings';
import type { ROSTER_KEYS } from './keys';
import type { RosterItem } from './Roster';

interface Props {
  item: RosterItem;
  strings: Strings<typeof ROSTER_KEYS>;
  errorText: (error: DecodeError) => string;
}

/** The paste box: codes in, what was added, refused or left over said, what was not added kept. */
export default function RosterIntake({ item, strings: s, errorText }: Props) {
  const [text, setText] = useState('');
  const [messages, setMessages] = useState<string[]>([]);

  const add = (e: Event) => {
    e.preventDefault();
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

  return (
    <>
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
    </>
  );
}
