import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import type { Loaded } from '../lib/content/data-files';
import { assertNever } from '../lib/util/guards';

interface Props<T> {
  loaded: Loaded<T>;
  /** What shows while the file is on its way (also the server-rendered HTML). */
  loading: string;
  /** What shows when it could not be loaded, above the retry button. */
  failed: string;
  retry: string;
  onRetry: () => void;
  /**
   * The content. `hydrating` is true when it may be rendering over the server's HTML (the gate was
   * ready from its first render) and false when the gate showed its loading line first: then the
   * content is a new client render and may read storage at once (`useStored`).
   */
  children: (value: T, hydrating: boolean) => ComponentChildren;
}

/** Shows an island's content once its shared file has loaded; a message meanwhile or on failure. */
export default function DataGate<T>({
  loaded,
  loading,
  failed,
  retry,
  onRetry,
  children,
}: Props<T>) {
  const waited = useRef(false);
  if (loaded.state !== 'ready') waited.current = true;
  switch (loaded.state) {
    case 'ready':
      return <>{children(loaded.value, !waited.current)}</>;
    case 'loading':
      return <p class="data-loading">{loading}</p>;
    case 'failed':
      return (
        <div class="data-failed" role="alert">
          <p>{failed}</p>
          <button type="button" onClick={onRetry}>
            {retry}
          </button>
        </div>
      );
    default:
      return assertNever(loaded);
  }
}
