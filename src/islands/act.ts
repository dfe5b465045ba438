/**
 * A button's action that may load code on demand (the progress reader, the QR encoder…). When it
 * throws (that code could not be fetched: offline before it was ever cached, or the site was updated
 * since the page was opened) `failed` puts up a message: a press never ends in silence.
 */
export function act(action: () => Promise<void>, failed: () => void): () => void {
  return () => {
    action().catch(() => failed());
  };
}
