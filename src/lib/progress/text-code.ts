/**
 * Progress as text, for browsers where a file cannot be downloaded or chosen (chat apps): the
 * export bundle's JSON (bundle.ts), compressed when that makes it shorter, in base64url, behind a
 * short header that names the format, says how long the payload is and carries a checksum of it.
 *
 * Text (version 1):  TMCP1.<method>.<length>.<checksum>.<payload>
 *   method   `z` = the bundle JSON compressed with deflate (zlib format), `j` = the JSON as it is
 *   length   the payload's length in characters, base 36 (so a cut-off paste reads as cut off)
 *   checksum cyrb53 of the payload (hash.ts), 14 hex digits (so an edited paste reads as edited)
 *   payload  base64url of the UTF-8 bytes, no padding
 * The bundle inside carries its own checksum and goes through exactly the checks of an imported
 * file (`readBundle`). Spaces and line breaks a chat app adds when the text is pasted are ignored.
 * Version history: 1 (2026-11) — first version.
 */
import { hashText } from './hash';
import type { ImportError } from './bundle';

export const TEXT_PREFIX = 'TMCP';
export const TEXT_VERSION = 1;

/** `z`: deflate (zlib) compressed; `j`: plain JSON bytes. */
export type TextMethod = 'z' | 'j';

/** The error correction level of the progress text's QR code (phone screen to phone camera). */
export const QR_TEXT_LEVEL = 'M';

/**
 * The longest text a QR code can hold: 2,331 bytes in byte mode at error correction level M
 * (version 40, the largest symbol; drawn at `QR_TEXT_LEVEL`). Longer texts are offered for copying only.
 */
export const QR_MAX_BYTES = 2331;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** base64url without padding. */
export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let c = 0; c < chars; c += 1) out += ALPHABET[(n >> (18 - 6 * c)) & 63];
  }
  return out;
}

/** The bytes of base64url text (no padding), or `undefined` for a character or length it cannot have. */
export function fromBase64Url(text: string): Uint8Array | undefined {
  if (text.length % 4 === 1) return undefined;
  const out = new Uint8Array(Math.floor((text.length * 6) / 8));
  let bits = 0;
  let value = 0;
  let at = 0;
  for (const ch of text) {
    const digit = ALPHABET.indexOf(ch);
    if (digit < 0) return undefined;
    value = (value << 6) | digit;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at] = (value >> bits) & 255;
      at += 1;
    }
    value &= (1 << bits) - 1;
  }
  return out;
}

/** The text for a payload already encoded with `method`. */
export function packText(method: TextMethod, payload: Uint8Array): string {
  const body = toBase64Url(payload);
  return `${TEXT_PREFIX}${TEXT_VERSION}.${method}.${body.length.toString(36)}.${hashText(body)}.${body}`;
}

/** A pasted text: the bundle JSON as pasted, or a packed payload to decode, or why it was refused. */
export type Unpacked =
  | { ok: true; kind: 'json'; json: string }
  | { ok: true; kind: 'packed'; method: TextMethod; payload: Uint8Array }
  | { ok: false; error: ImportError };

/**
 * Checks a pasted text up to the bundle: header, length, checksum, base64url. A pasted export file
 * (JSON) is passed on as it is, so it gets the file's checks and messages.
 */
export function unpackText(pasted: string): Unpacked {
  const text = pasted.replace(/\s+/g, '');
  if (text === '') return { ok: false, error: 'empty' };
  if (text.startsWith('{')) return { ok: true, kind: 'json', json: pasted };
  const head = new RegExp(`^${TEXT_PREFIX}(\\d+)\\.`).exec(text);
  if (head === null) return { ok: false, error: 'not-ours' };
  if (Number(head[1]) > TEXT_VERSION) return { ok: false, error: 'newer' };
  const parts = text.split('.');
  if (parts.length < 5) return { ok: false, error: 'truncated' };
  const [, method, length, checksum, body, ...rest] = parts as [string, ...string[]];
  if (rest.length > 0 || (method !== 'z' && method !== 'j') || !/^[0-9a-z]+$/.test(length ?? ''))
    return { ok: false, error: 'damaged' };
  const expected = parseInt(length!, 36);
  if (body!.length < expected) return { ok: false, error: 'truncated' };
  if (body!.length > expected || hashText(body!) !== checksum)
    return { ok: false, error: 'tampered' };
  const payload = fromBase64Url(body!);
  if (payload === undefined) return { ok: false, error: 'damaged' };
  return { ok: true, kind: 'packed', method, payload };
}

/** Whether `text` fits one QR code (the text is ASCII: one byte per character). */
export const fitsQr = (text: string): boolean => text.length <= QR_MAX_BYTES;
