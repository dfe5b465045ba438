import type { ReadableAtom } from 'nanostores';
import { useStore } from '@nanostores/preact';

/**
 * A stored value for part of an island. While `hydrating` (the part may be rendering over the
 * server's HTML, which its first render must match), the first render gives the value the server
 * rendered with and storage's value right after. A part mounted later on the client (after its
 * shared file arrived: see `DataGate`) reads storage on its first render, so it never shows a frame
 * of the server's empty state ("you have not finished this scenario" to someone who just did).
 */
export function useStored<T>(store: ReadableAtom<T>, atServer: () => T, hydrating: boolean): T {
  return useStore(store, { ssr: hydrating ? atServer : false });
}
