import { useState } from 'preact/hooks';
import type { Ref } from 'preact';
import type { ImportMode, ImportSummary } from '../../lib/progress/bundle';
import { KEEP_ATTEMPTS } from '../../lib/quiz/attempts';
import { HISTORY_LIMIT } from '../../lib/scenario/runs';
import { fill } from '../../lib/util/template';
import type { Strings } from '../strings';
import type { DATA_KEYS } from './keys';

interface Props {
  summary: ImportSummary;
  exportedAt: string;
  headingRef: Ref<HTMLHeadingElement>;
  onConfirm: (mode: ImportMode) => void;
  onCancel: () => void;
  strings: Strings<typeof DATA_KEYS>;
}

/** What an import will change, and the learner's choice between merge and replace. */
export default function ImportSummaryView({
  summary,
  exportedAt,
  headingRef,
  onConfirm,
  onCancel,
  strings: s,
}: Props) {
  const [mode, setMode] = useState<ImportMode>('merge');
  return (
    <form
      class="import-summary"
      onSubmit={(e) => {
        e.preventDefault();
        onConfirm(mode);
      }}
    >
      <h3 ref={headingRef} tabIndex={-1}>
        {fill(s['data.import.summary'], { at: exportedAt })}
      </h3>
      <ul>
        {summary.lines.map((l) => (
          <li key={l.kind} data-kind={l.kind}>
            {fill(s['data.import.line'], {
              what: s[`data.count.${l.kind}`],
              mine: l.mine,
              file: l.file,
              merged: l.merged,
            })}
          </li>
        ))}
      </ul>
      {summary.lines.map((l) =>
        l.left > 0 && (l.kind === 'attempts' || l.kind === 'runs') ? (
          <p key={`left-${l.kind}`} class="import-left" data-kind={l.kind}>
            {fill(s[`data.import.left.${l.kind}`], {
              n: l.left,
              cap: l.kind === 'attempts' ? KEEP_ATTEMPTS : HISTORY_LIMIT,
            })}
          </p>
        ) : null,
      )}
      <p>{summary.fileIsNewer ? s['data.import.newer'] : s['data.import.older']}</p>
      {summary.otherContent && <p>{s['data.import.otherContent']}</p>}
      <fieldset>
        <legend>{s['data.import.how']}</legend>
        {(['merge', 'replace'] as const).map((m) => (
          <label key={m} class="choice">
            <input
              type="radio"
              name="import-mode"
              value={m}
              checked={mode === m}
              onChange={() => setMode(m)}
            />{' '}
            {s[`data.import.${m}`]}
          </label>
        ))}
      </fieldset>
      <p class="data-actions">
        <button type="submit">{s['data.import.confirm']}</button>
        <button type="button" class="secondary" onClick={onCancel}>
          {s['data.import.cancel']}
        </button>
      </p>
    </form>
  );
}
