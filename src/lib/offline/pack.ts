/**
 * The trainer pack as a page sees it: the messages the service worker sends while caching it
 * (scripts/sw-template.js) and the state the 「离线备课」 panel shows. Messages come from another
 * script, so they are checked before use; anything else posted to the page is ignored.
 */
import { assertNever } from '../util/guards';

export type PackMessage =
  | {
      type: 'trainer-pack-progress';
      done: number;
      total: number;
      bytes: number;
      totalBytes: number;
    }
  | { type: 'trainer-pack-done'; total: number; totalBytes: number }
  | { type: 'trainer-pack-failed'; urls: string[]; done: number; total: number };

export type PackState =
  /** Nothing asked yet. */
  | { kind: 'idle' }
  /** This browser has no service worker (in-app browsers, private modes, blocked). */
  | { kind: 'unsupported' }
  /** Asked; waiting for the worker's first message. */
  | { kind: 'starting' }
  | { kind: 'progress'; done: number; total: number; bytes: number; totalBytes: number }
  | { kind: 'done'; total: number; totalBytes: number }
  | { kind: 'failed'; urls: string[]; done: number; total: number };

const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0;

/** The message if `data` is one of the worker's trainer-pack messages, else undefined. */
export function parsePackMessage(data: unknown): PackMessage | undefined {
  if (data === null || typeof data !== 'object') return undefined;
  const m = data as Record<string, unknown>;
  switch (m['type']) {
    case 'trainer-pack-progress':
      return isCount(m['done']) &&
        isCount(m['total']) &&
        isCount(m['bytes']) &&
        isCount(m['totalBytes'])
        ? {
            type: m['type'],
            done: m['done'],
            total: m['total'],
            bytes: m['bytes'],
            totalBytes: m['totalBytes'],
          }
        : undefined;
    case 'trainer-pack-done':
      return isCount(m['total']) && isCount(m['totalBytes'])
        ? { type: m['type'], total: m['total'], totalBytes: m['totalBytes'] }
        : undefined;
    case 'trainer-pack-failed': {
      const urls = m['urls'];
      return Array.isArray(urls) &&
        urls.every((url) => typeof url === 'string') &&
        isCount(m['done']) &&
        isCount(m['total'])
        ? { type: m['type'], urls: urls as string[], done: m['done'], total: m['total'] }
        : undefined;
    }
    default:
      return undefined;
  }
}

/** The panel's state once a worker message arrives (each message carries the whole picture). */
export function packAfter(message: PackMessage): PackState {
  switch (message.type) {
    case 'trainer-pack-progress': {
      const { type: _type, ...counts } = message;
      return { kind: 'progress', ...counts };
    }
    case 'trainer-pack-done':
      return { kind: 'done', total: message.total, totalBytes: message.totalBytes };
    case 'trainer-pack-failed':
      return { kind: 'failed', urls: message.urls, done: message.done, total: message.total };
    default:
      return assertNever(message);
  }
}

/** A byte count as people read it: `0 KB`, `820 KB`, `1.6 MB` (1 KB = 1024 bytes; a few bytes read 1 KB). */
export function formatBytes(bytes: number): string {
  if (bytes === 0) return '0 KB';
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The first `max` failed URLs to name, and how many more there are. */
export function namedFailures(urls: readonly string[], max = 5): { shown: string[]; more: number } {
  return { shown: urls.slice(0, max), more: Math.max(0, urls.length - max) };
}
