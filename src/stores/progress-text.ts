/**
 * Progress export and import as text (for chat apps, where files fail): the same bundle as the
 * export file, packed by src/lib/progress/text-code.ts. Compression uses the browser's
 * CompressionStream; an imported text, once unpacked, goes through `prepareImport`, the very
 * function that checks a chosen file, so both end in the same checks and the same messages.
 */
import { buildBundle, MAX_BYTES } from '../lib/progress/bundle';
import { packText, unpackText, type TextMethod } from '../lib/progress/text-code';
import { currentValues, prepareImport, type PreparedImport } from './progress-io';

/**
 * deflate with the zlib wrapper rather than deflate-raw: six bytes longer, but it is in every
 * browser with CompressionStream (deflate-raw came later, e.g. Chrome 103, and Android chat apps
 * run older engines) and its Adler-32 catches a damaged payload a second time.
 */
const FORMAT = 'deflate';

async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream(FORMAT));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Inflates `bytes`, giving up (`too-large`) once the output passes `limit` bytes. */
async function inflate(bytes: Uint8Array, limit: number): Promise<Uint8Array | 'too-large'> {
  const reader = new Blob([bytes as BlobPart])
    .stream()
    .pipeThrough(new DecompressionStream(FORMAT))
    .getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      return 'too-large';
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

/** All progress as one text; compressed when the browser can and it comes out shorter. */
export async function exportProgressText(content: string, now: Date = new Date()): Promise<string> {
  const json = new TextEncoder().encode(
    JSON.stringify(buildBundle(currentValues(), now.toISOString(), content)),
  );
  let method: TextMethod = 'j';
  let payload: Uint8Array = json;
  if (typeof CompressionStream === 'function') {
    try {
      const packed = await deflate(json);
      if (packed.byteLength < json.byteLength) [method, payload] = ['z', packed];
    } catch {
      // No compression here: the plain text is longer but imports just the same.
    }
  }
  return packText(method, payload);
}

/**
 * Checks a pasted text completely, touching no store: the text's own header and checksum, then
 * the bundle inside exactly as a file's. Never rejects; anything unforeseen ends as `unreadable`.
 */
export async function prepareImportText(text: string, content: string): Promise<PreparedImport> {
  if (text.length > MAX_BYTES) return { ok: false, error: 'too-large' };
  try {
    const unpacked = unpackText(text);
    if (!unpacked.ok) return unpacked;
    if (unpacked.kind === 'json') {
      return prepareImport(
        unpacked.json,
        new TextEncoder().encode(unpacked.json).byteLength,
        content,
      );
    }
    let bytes = unpacked.payload;
    if (unpacked.method === 'z') {
      const inflated = await inflate(bytes, MAX_BYTES).catch(() => undefined);
      // The checksum matched, so a payload that does not inflate was packed wrong: damaged.
      if (inflated === undefined) return { ok: false, error: 'damaged' };
      if (inflated === 'too-large') return { ok: false, error: 'too-large' };
      bytes = inflated;
    }
    const json = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return prepareImport(json, bytes.byteLength, content);
  } catch {
    return { ok: false, error: 'unreadable' };
  }
}
