import { useEffect, useRef, useState } from 'preact/hooks';
import type { PreparedImport } from '../../stores/progress-io';
import { isSafariLike } from '../../lib/storage/browser';
import { detectInApp } from '../../lib/browser/in-app';
import type { ImportMode } from '../../lib/progress/bundle';
import { fill } from '../../lib/util/template';
import { when } from './keys';
import ImportSummaryView from './ImportSummary';
import TextTransfer from './TextTransfer';
import ResetControls from './ResetControls';
import PersistencePanel from './PersistencePanel';
import { act } from '../act';
import type { Strings } from '../strings';
import type { DATA_KEYS } from './keys';

interface Props {
  /** Content version of this build, written into exports. */
  content: string;
  strings: Strings<typeof DATA_KEYS>;
}

type Status = { kind: 'none' } | { kind: 'ok'; text: string } | { kind: 'error'; text: string };

function download(name: string, text: string): number {
  const blob = new Blob([text], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  return blob.size;
}

const size = (bytes: number) => (bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`);

/**
 * Reading, writing and merging every store (with the review scheduler's code) loads on the first
 * export, import or reset, not with the page: the progress page stays within its JavaScript budget.
 */
const io = () => import('../../stores/progress-io');

/** Export, import (checked, then merge or replace) and reset of all progress. */
export default function DataPanel({ content, strings: s }: Props) {
  const [status, setStatus] = useState<Status>({ kind: 'none' });
  const [pending, setPending] = useState<Extract<PreparedImport, { ok: true }> | undefined>();
  const [confirmReset, setConfirmReset] = useState(false);
  const [safari, setSafari] = useState(false);
  const [inApp, setInApp] = useState(false);
  const file = useRef<HTMLInputElement>(null);
  const summaryHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    setSafari(isSafariLike(navigator.userAgent));
    setInApp(detectInApp(navigator.userAgent) !== undefined);
  }, []);
  useEffect(() => summaryHeading.current?.focus(), [pending]);

  const onExport = async () => {
    const { name, text } = (await io()).exportProgress(content);
    setStatus({
      kind: 'ok',
      text: fill(s['data.exported'], { name, size: size(download(name, text)) }),
    });
  };
  // A chosen file and a pasted text end in the same checks, summary and messages.
  const check = async (prepare: () => Promise<PreparedImport>) => {
    setPending(undefined);
    setStatus({ kind: 'ok', text: s['data.import.checking'] });
    const prepared = await prepare();
    if (prepared.ok) {
      setStatus({ kind: 'none' });
      setPending(prepared);
    } else setStatus({ kind: 'error', text: s[`data.import.error.${prepared.error}`] });
  };
  const onFile = async () => {
    const chosen = file.current?.files?.[0];
    if (chosen === undefined) return;
    await check(async () => (await io()).prepareImportFile(chosen, content));
  };
  const onPaste = (text: string) =>
    run(() =>
      check(async () =>
        (await import('../../stores/progress-text')).prepareImportText(text, content),
      ),
    )();
  const finish = (text: string) => {
    setPending(undefined);
    if (file.current !== null) file.current.value = '';
    setStatus({ kind: 'ok', text });
  };
  const onConfirm = async (mode: ImportMode) => {
    if (pending === undefined) return;
    const outcome = (await io()).commitImport(pending.values, mode);
    if (outcome === 'failed') {
      setStatus({ kind: 'error', text: s['data.import.failed'] });
      return;
    }
    finish(outcome === 'saved' ? s['data.import.done'] : s['data.import.memory']);
  };
  const onReset = async () => {
    if ((await io()).resetProgress() === 'failed') {
      setStatus({ kind: 'error', text: s['data.reset.failed'] });
      return;
    }
    setConfirmReset(false);
    setStatus({ kind: 'ok', text: s['data.reset.done'] });
  };
  // Every action loads the reader/writer on demand: if that fails, the learner is told so.
  const partFailed = () => setStatus({ kind: 'error', text: s['common.partFailed'] });
  const run = (action: () => Promise<void>) => act(action, partFailed);

  const fileControls = (
    <>
      <p>
        <button type="button" onClick={run(onExport)}>
          {s['data.export']}
        </button>
      </p>
      <p>
        <label for="progress-file">{s['data.import.label']}</label>
        <br />
        <input
          id="progress-file"
          ref={file}
          type="file"
          accept=".json,application/json"
          aria-describedby="progress-file-hint"
          onChange={run(onFile)}
        />
        <br />
        <span id="progress-file-hint" class="hint">
          {s['data.import.hint']}
        </span>
      </p>
    </>
  );
  const textControls = (
    <section class="data-text" aria-labelledby="data-text-title">
      <h3 id="data-text-title">{s['data.text.title']}</h3>
      <p>{s['data.text.intro']}</p>
      <TextTransfer
        content={content}
        onPaste={onPaste}
        say={(status) => setStatus(status)}
        strings={s}
      />
    </section>
  );

  return (
    <div class="data-panel">
      {safari && (
        <p class="data-safari" data-testid="safari-reminder">
          {s['data.safari']}
        </p>
      )}
      {inApp && <p class="data-in-app">{s['data.text.inApp']}</p>}
      {inApp && textControls}
      {fileControls}
      {!inApp && textControls}
      {pending !== undefined && (
        <ImportSummaryView
          summary={pending.summary}
          exportedAt={when(pending.exportedAt)}
          headingRef={summaryHeading}
          onConfirm={(mode) => run(() => onConfirm(mode))()}
          onCancel={() => finish(s['data.import.cancelled'])}
          strings={s}
        />
      )}
      <div role="status" class="data-status">
        {status.kind === 'ok' && <p>{status.text}</p>}
      </div>
      <div role="alert" class="data-error">
        {status.kind === 'error' && <p>{status.text}</p>}
      </div>
      <ResetControls
        open={confirmReset}
        onToggle={setConfirmReset}
        onExport={run(onExport)}
        onReset={run(onReset)}
        strings={s}
      />
      <PersistencePanel strings={s} />
    </div>
  );
}
