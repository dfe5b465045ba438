import { useStore } from '@nanostores/preact';
import { $storageNotices, dismissNotices, type StorageNotice } from '../stores/storage';
// Reading progress is on every page's banner: loading it decodes (and, if needed, recovers) the stored
// record, so a learner sees the notice wherever they land.
import '../stores/reading';

interface Props {
  strings: Record<
    'notice.unavailable' | 'notice.full' | 'notice.recovered' | 'notice.dismiss',
    string
  >;
}

/** Tells the learner when stored progress could not be read or cannot be saved. */
export default function StorageBanner({ strings }: Props) {
  const notices = useStore($storageNotices, { ssr: 'initial' });
  const kinds = [...new Set(notices.map((n: StorageNotice) => n.kind))];
  return (
    <div role="status" class="storage-banner-region">
      {kinds.map((kind) => (
        <div class="storage-banner" key={kind} data-kind={kind}>
          <p>{strings[`notice.${kind}`]}</p>
          <button type="button" class="secondary" onClick={() => dismissNotices(kind)}>
            {strings['notice.dismiss']}
          </button>
        </div>
      ))}
    </div>
  );
}
