/**
 * The message the console sends to the audience screen, on a BroadcastChannel and in localStorage.
 *
 * Stored JSON (key `tmc:workshop-live`):
 *   { "v": 1, "seq": 42, "view": { "kind": "step", … see AudienceView … } }
 * `seq` grows with every change, so the audience ignores a message older than what it shows.
 * Version history:
 *   v1 (2026-11) — first version.
 */
import type { Parsed, VersionedFormat } from '../storage/versioned';
import type { AudienceView } from './audience';

export interface LiveMessage {
  v: 1;
  seq: number;
  view: AudienceView;
}

const KINDS = new Set(['idle', 'hidden', 'step', 'ending', 'done']);

function parseLive(payload: Record<string, unknown>): Parsed<LiveMessage> | undefined {
  const { seq, view } = payload;
  if (typeof seq !== 'number' || !Number.isFinite(seq) || typeof view !== 'object' || view === null)
    return undefined;
  const kind = (view as { kind?: unknown }).kind;
  if (typeof kind !== 'string' || !KINDS.has(kind)) return undefined;
  if (kind === 'step' && !Array.isArray((view as { options?: unknown }).options)) return undefined;
  return { value: { v: 1, seq, view: view as AudienceView }, dropped: false };
}

export const liveFormat: VersionedFormat<LiveMessage> = {
  version: 1,
  minVersion: 1,
  migrations: {},
  parse: parseLive,
  initial: () => ({ v: 1, seq: 0, view: { kind: 'idle' } }),
};

/** Whether `incoming` should replace what the audience shows (newer sequence numbers only). */
export const isNewer = (incoming: LiveMessage, shown: LiveMessage): boolean =>
  incoming.seq > shown.seq;
