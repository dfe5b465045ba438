import { useStore } from '@nanostores/preact';
import {
  $storageNotices,
  dismissNotices,
  unsavedRecord,
  type StorageNotice,
} from '../stores/storage';
// Reading progress is on every page's banner: loading it decodes (and, if needed, recovers) the stored
// record, so a learner sees the notice wherever they land.
import '../stores/reading';
import { fill } from '../lib/util/template';
import type { Strings } from './strings';
import type { STORAGE_BANNER_KEYS } from './keys';

interface Props {
  strings: Strings<typeof STORAGE_BANNER_KEYS>;
}

/** Offers the untouched original of an unreadable record as a file. */
function download(key: string): void {
  const raw = unsavedRecord(key);
  if (raw === undefined) return;
  const url = URL.createObjectURL(new Blob([raw], { type: 'text/plain' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${key.replace(/[^a-z0-9-]/gi, '-')}-original.txt`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Tells the learner when stored progress could not be read or cannot be saved. */
export default function StorageBanner({ strings }: Props) {
  const notices = useStore($storageNotices, { ssr: 'initial' });
  const kinds = [...new Set(notices.map((n: StorageNotice) => n.kind))];
  const unsavedKeys = notices.flatMap((n) => (n.kind === 'unsaved' ? [n.key] : []));
  const skipped = (kind: StorageNotice['kind']) =>
    notices.reduce((n, x) => n + (x.kind === kind && 'dropped' in x ? x.dropped : 0), 0);
  return (
    <div role="status" class="storage-banner-region">
      {kinds.map((kind) => (
        <div class="storage-banner" key={kind} data-kind={kind}>
          <p>{strings[`notice.${kind}`]}</p>
          {skipped(kind) > 0 && <p>{fill(strings['notice.skipped'], { n: skipped(kind) })}</p>}
          {kind === 'unsaved' &&
            unsavedKeys.map((key) => (
              <button type="button" key={key} onClick={() => download(key)}>
                {strings['notice.download']}
                {unsavedKeys.length > 1 ? ` ${key}` : ''}
              </button>
            ))}
          <button type="button" class="secondary" onClick={() => dismissNotices(kind)}>
            {strings['notice.dismiss']}
          </button>
        </div>
      ))}
    </div>
  );
}
