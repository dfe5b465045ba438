import { useRef, useState } from 'preact/hooks';
import type { QrDrawing } from '../../lib/workshop/qr';
import { fitsQr, QR_MAX_BYTES, QR_TEXT_LEVEL } from '../../lib/progress/text-code';
import { fill } from '../../lib/util/template';
import type { Strings } from '../strings';
import { act } from '../act';
import type { DATA_KEYS } from './keys';

export type Say = (status: { kind: 'ok' | 'error'; text: string }) => void;

interface Props {
  content: string;
  /** Checks a pasted text exactly as a chosen file (DataPanel owns the import summary). */
  onPaste: (text: string) => void;
  say: Say;
  strings: Strings<typeof DATA_KEYS>;
}

/**
 * Progress as text: copy it (with a selectable box when the browser refuses the clipboard, and a
 * QR code when it fits one), and import it by pasting. The encoder and the QR generator load only
 * when asked for.
 */
export default function TextTransfer({ content, onPaste, say, strings: s }: Props) {
  const [text, setText] = useState<string | undefined>();
  const [manual, setManual] = useState(false);
  const [qr, setQr] = useState<QrDrawing | undefined>();
  const box = useRef<HTMLTextAreaElement>(null);
  const pasted = useRef<HTMLTextAreaElement>(null);

  const copy = async () => {
    const { exportProgressText } = await import('../../stores/progress-text');
    const made = await exportProgressText(content);
    setText(made);
    setQr(undefined);
    try {
      await navigator.clipboard.writeText(made);
      setManual(false);
      say({ kind: 'ok', text: fill(s['data.text.copied'], { n: made.length }) });
    } catch {
      setManual(true);
      say({ kind: 'error', text: s['data.text.copyFailed'] });
      requestAnimationFrame(() => box.current?.select());
    }
    if (fitsQr(made)) setQr((await import('../../lib/workshop/qr')).qrDrawing(made, QR_TEXT_LEVEL));
  };

  return (
    <div class="text-transfer">
      <p>
        <button
          type="button"
          onClick={act(copy, () => say({ kind: 'error', text: s['common.partFailed'] }))}
        >
          {s['data.text.copy']}
        </button>
      </p>
      {text !== undefined && manual && (
        <p>
          <label for="progress-text-out">{s['data.text.box']}</label>
          <textarea
            id="progress-text-out"
            ref={box}
            readOnly
            rows={4}
            value={text}
            onCopy={() =>
              say({ kind: 'ok', text: fill(s['data.text.manualCopied'], { n: text.length }) })
            }
          />
        </p>
      )}
      {text !== undefined && qr !== undefined && (
        <figure class="text-qr">
          <svg
            role="img"
            aria-labelledby="text-qr-caption"
            viewBox={`0 0 ${qr.size} ${qr.size}`}
            shape-rendering="crispEdges"
          >
            <rect width={qr.size} height={qr.size} fill="#fff" />
            <path d={qr.path} fill="#000" />
          </svg>
          <figcaption id="text-qr-caption">
            {fill(s['data.text.qr'], { n: text.length })}
          </figcaption>
        </figure>
      )}
      {text !== undefined && !fitsQr(text) && (
        <p class="hint">{fill(s['data.text.qrTooLong'], { n: text.length, max: QR_MAX_BYTES })}</p>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onPaste(pasted.current?.value ?? '');
        }}
      >
        <label for="progress-text-in">{s['data.text.paste']}</label>
        <textarea
          id="progress-text-in"
          ref={pasted}
          rows={4}
          spellcheck={false}
          autocomplete="off"
          aria-describedby="progress-text-hint"
        />
        <span id="progress-text-hint" class="hint">
          {s['data.text.pasteHint']}
        </span>
        <button type="submit">{s['data.text.check']}</button>
      </form>
    </div>
  );
}
