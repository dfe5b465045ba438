import { useEffect } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { formatBytes, namedFailures, type PackState } from '../lib/offline/pack';
import { $trainerPack, cacheTrainerPack } from '../stores/trainer-pack';
import { fill } from '../lib/util/template';
import { assertNever } from '../lib/util/guards';
import type { Strings } from './strings';
import type { OFFLINE_PACK_KEYS } from './keys';

interface Props {
  strings: Strings<typeof OFFLINE_PACK_KEYS>;
  /** Start caching when the panel appears (workshop pages), not only on a press. */
  auto?: boolean;
}

function status(state: PackState, strings: Props['strings']): string {
  switch (state.kind) {
    case 'idle':
      return strings['pack.idle'];
    case 'unsupported':
      return strings['pack.unsupported'];
    case 'starting':
      return strings['pack.starting'];
    case 'progress':
      return fill(strings['pack.progress'], {
        done: state.done,
        total: state.total,
        bytes: formatBytes(state.bytes),
        totalBytes: formatBytes(state.totalBytes),
      });
    case 'done':
      return fill(strings['pack.done'], {
        total: state.total,
        totalBytes: formatBytes(state.totalBytes),
      });
    case 'failed': {
      const { shown, more } = namedFailures(state.urls);
      return fill(strings['pack.failed'], {
        count: state.urls.length,
        urls: shown.join('、') + (more > 0 ? ` ${strings['pack.more']}` : ''),
        done: state.done,
        total: state.total,
      });
    }
    default:
      return assertNever(state);
  }
}

/** The 「离线备课」 button and what the service worker reports while it caches the trainer pack. */
export default function OfflinePack({ strings, auto = false }: Props) {
  const state = useStore($trainerPack);
  useEffect(() => {
    if (auto) void cacheTrainerPack();
  }, [auto]);
  const busy = state.kind === 'starting' || state.kind === 'progress';
  return (
    <div class="offline-pack">
      <button type="button" disabled={busy} onClick={() => void cacheTrainerPack()}>
        {strings['pack.button']}
      </button>
      <p class="offline-pack-status" role="status" data-state={state.kind}>
        {status(state, strings)}
      </p>
      {state.kind === 'progress' && (
        <progress max={state.total} value={state.done} aria-label={strings['pack.button']} />
      )}
    </div>
  );
}
