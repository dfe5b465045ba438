import { useEffect } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { $persistence, checkPersistence, requestPersistence } from '../../stores/persistence';
import type { Strings } from '../strings';
import type { DATA_KEYS } from './keys';

/** Whether the browser keeps this site's data when it clears space, and a button to ask it to. */
export default function PersistencePanel({ strings: s }: { strings: Strings<typeof DATA_KEYS> }) {
  const persistence = useStore($persistence);
  useEffect(() => void checkPersistence(), []);
  return (
    <>
      <h3>{s['data.persist.title']}</h3>
      {persistence === 'granted' && <p>{s['data.persist.granted']}</p>}
      {persistence === 'denied' && <p>{s['data.persist.denied']}</p>}
      {persistence === 'unsupported' && <p>{s['data.persist.unsupported']}</p>}
      {(persistence === 'unknown' || persistence === 'denied') && (
        <p>
          <button type="button" class="secondary" onClick={() => void requestPersistence()}>
            {s['data.persist.ask']}
          </button>
        </p>
      )}
    </>
  );
}
