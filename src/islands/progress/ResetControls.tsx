import { useEffect, useRef } from 'preact/hooks';
import type { Strings } from '../strings';
import type { DATA_KEYS } from './keys';

interface Props {
  /** Whether the warning with its three buttons is open. */
  open: boolean;
  onToggle: (open: boolean) => void;
  onExport: () => void;
  onReset: () => void;
  strings: Strings<typeof DATA_KEYS>;
}

/** 清除全部进度: a button that opens a warning, which offers a backup first, the erase, and no. */
export default function ResetControls({ open, onToggle, onExport, onReset, strings: s }: Props) {
  const button = useRef<HTMLButtonElement>(null);
  const warning = useRef<HTMLParagraphElement>(null);
  const touched = useRef(false);
  // Focus follows the learner: to the warning when it opens, back to the button when it closes.
  useEffect(() => {
    if (!touched.current) return;
    if (open) warning.current?.focus();
    else button.current?.focus();
  }, [open]);
  const toggle = (next: boolean) => {
    touched.current = true;
    onToggle(next);
  };

  if (!open)
    return (
      <p>
        <button ref={button} type="button" class="secondary" onClick={() => toggle(true)}>
          {s['data.reset']}
        </button>
      </p>
    );
  return (
    <div class="data-reset">
      <p ref={warning} tabIndex={-1}>
        {s['data.reset.warning']}
      </p>
      <p class="data-actions">
        <button type="button" onClick={onExport}>
          {s['data.reset.exportFirst']}
        </button>
        <button type="button" onClick={onReset}>
          {s['data.reset.confirm']}
        </button>
        <button type="button" class="secondary" onClick={() => toggle(false)}>
          {s['data.reset.cancel']}
        </button>
      </p>
    </div>
  );
}
