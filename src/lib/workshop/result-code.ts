/**
 * Result codes: a learner's result of one item (a lesson test, the final exam or a scenario) as a
 * short, checksummed text the trainer can paste or type into the roster. No server, no accounts.
 *
 * An item is described by a catalog: its key (`test:<lessonId>`, `exam`, `scenario:<id>`) and the
 * ordered keys of everything a learner can get right or wrong in it (question ids; `node/choice`
 * ids of a scenario's decisions). The content version is a hash of that catalog: when the content
 * changes, old codes no longer match and are refused with a message instead of being misread.
 *
 * Bytes (then Crockford base32, shown in groups of 4 for typing from a projector):
 *   [0] code format version (1)
 *   [1..2] hash of the item key           [3..4] content version (hash of the catalog)
 *   [5] score percent 0–100               [6] n = number of results
 *   then n catalog indices (1 byte each, or 2 when the catalog has more than 256 entries)
 *   then ceil(n/8) bytes: bit i set = result i was right
 *   then 1 byte name length L and L bytes of UTF-8 name (at most NAME_BYTES, or `队名/昵称`: a team
 *   of at most TEAM_BYTES, a `/`, a nickname of at most NAME_BYTES; see `joinTeam`)
 *   [last 2] CRC-16/CCITT of everything before: any single changed character is caught.
 *
 * The checksum catches slips, not forgeries (anyone can recompute it), so a decoded code is also
 * checked against the item: at least one result; for tests and the exam each question at most
 * once, as many as the test draws (`size`) and the score equal to the share answered right.
 */

export const CODE_FORMAT = 1;
export const NAME_BYTES = 24;
/** Longest team name (UTF-8 bytes: five Chinese characters). */
export const TEAM_BYTES = 15;
/** Separates the team from the nickname in a code's name field; old codes without it have no team. */
export const TEAM_MARK = '/';
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export interface Catalog {
  item: string;
  keys: readonly string[];
  /** How many questions a test draws; when given, a code must carry exactly that many results. */
  size?: number;
}

export interface ItemResult {
  name: string;
  percent: number;
  results: { key: string; ok: boolean }[];
}

export type DecodeError =
  'empty' | 'malformed' | 'checksum' | 'format' | 'item' | 'content' | 'impossible';

export type Decoded =
  { ok: true; value: ItemResult & { item: string } } | { ok: false; error: DecodeError };

/** 16-bit FNV-1a fold of a string (item keys and content versions). */
export function hash16(text: string): number {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return ((h >>> 16) ^ h) & 0xffff;
}

/** The content version of a catalog, as shown to trainers (4 hex digits). */
export function contentVersion(catalog: Catalog): number {
  return hash16(catalog.keys.join('\n'));
}

export function crc16(bytes: Uint8Array): number {
  let crc = 0xffff;
  for (const b of bytes) {
    crc ^= b << 8;
    for (let i = 0; i < 8; i++)
      crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}

function toBase32(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const b of bytes) {
    buffer = (buffer << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(buffer << (5 - bits)) & 31];
  return out;
}

function fromBase32(text: string): Uint8Array | undefined {
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const ch of text) {
    const v = ALPHABET.indexOf(ch);
    if (v < 0) return undefined;
    buffer = (buffer << 5) | v;
    bits += 5;
    if (bits >= 8) {
      bytes.push((buffer >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
    buffer &= (1 << bits) - 1;
  }
  return Uint8Array.from(bytes);
}

/** Trims text to `max` bytes of UTF-8 without cutting a character (spaces collapsed). */
function fitBytes(text: string, max: number): string {
  let out = '';
  for (const ch of text.trim().replace(/\s+/g, ' ')) {
    if (new TextEncoder().encode(out + ch).length > max) break;
    out += ch;
  }
  return out;
}

/** Trims a name to NAME_BYTES of UTF-8 without cutting a character. */
export function fitName(name: string): string {
  return fitBytes(name, NAME_BYTES);
}

/**
 * The name field for a learner in a team: `队名/昵称`, each part trimmed to its limit; a `/` typed
 * inside either part becomes a full-width `／`, so the field splits back unambiguously. Without a
 * team it is the nickname alone, as in codes made before teams existed.
 */
export function joinTeam(team: string, nickname: string): string {
  const plain = (text: string) => text.replaceAll(TEAM_MARK, '／');
  const t = fitBytes(plain(team), TEAM_BYTES);
  const n = fitName(plain(nickname));
  return t === '' ? n : `${t}${TEAM_MARK}${n}`;
}

/** Splits a decoded name field into team and nickname (`team` is `undefined` without a `/`). */
export function splitTeam(name: string): { team: string | undefined; nickname: string } {
  const at = name.indexOf(TEAM_MARK);
  return at <= 0
    ? { team: undefined, nickname: name }
    : { team: name.slice(0, at), nickname: name.slice(at + 1) };
}

/** The name field as encoded: `队名/昵称` keeps both parts (each to its limit), else `fitName`. */
function fitField(name: string): string {
  const { team, nickname } = splitTeam(name.trim());
  return team === undefined ? fitName(name) : joinTeam(team, nickname);
}

/** Encodes a result; results whose key is not in the catalog are left out. */
export function encodeResult(catalog: Catalog, result: ItemResult): string {
  const wide = catalog.keys.length > 256;
  const known = result.results
    .map((r) => ({ index: catalog.keys.indexOf(r.key), ok: r.ok }))
    .filter((r) => r.index >= 0)
    .slice(0, 255);
  const name = new TextEncoder().encode(fitField(result.name));
  const bytes: number[] = [CODE_FORMAT];
  const item = hash16(catalog.item);
  const version = contentVersion(catalog);
  bytes.push(item >> 8, item & 0xff, version >> 8, version & 0xff);
  bytes.push(Math.max(0, Math.min(100, Math.round(result.percent))), known.length);
  for (const r of known) {
    if (wide) bytes.push(r.index >> 8);
    bytes.push(r.index & 0xff);
  }
  for (let i = 0; i < known.length; i += 8) {
    let flags = 0;
    known.slice(i, i + 8).forEach((r, j) => {
      if (r.ok) flags |= 1 << j;
    });
    bytes.push(flags);
  }
  bytes.push(name.length, ...name);
  const crc = crc16(Uint8Array.from(bytes));
  bytes.push(crc >> 8, crc & 0xff);
  return toBase32(Uint8Array.from(bytes));
}

/** The typed form: groups of four, easy to read aloud and to copy from a projector. */
export function groupCode(code: string): string {
  return (code.match(/.{1,4}/g) ?? []).join('-');
}

/** Undoes typing slips that cannot be errors in Crockford base32 (case, O/0, I/L/1, dashes, spaces). */
export function normalizeCode(text: string): string {
  return text
    .toUpperCase()
    .replace(/[\s\-_]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}

/** Decodes a code for the given catalog; refuses other items, mistyped, tampered and outdated codes. */
export function decodeResult(catalog: Catalog, text: string): Decoded {
  const code = normalizeCode(text);
  if (code === '') return { ok: false, error: 'empty' };
  const bytes = fromBase32(code);
  if (bytes === undefined || bytes.length < 10) return { ok: false, error: 'malformed' };
  const body = bytes.subarray(0, bytes.length - 2);
  const crc = ((bytes[bytes.length - 2] ?? 0) << 8) | (bytes[bytes.length - 1] ?? 0);
  if (crc16(body) !== crc || toBase32(bytes) !== code) return { ok: false, error: 'checksum' };
  const at = (i: number) => body[i] ?? 0;
  if (at(0) !== CODE_FORMAT) return { ok: false, error: 'format' };
  if (((at(1) << 8) | at(2)) !== hash16(catalog.item)) return { ok: false, error: 'item' };
  if (((at(3) << 8) | at(4)) !== contentVersion(catalog)) return { ok: false, error: 'content' };
  const percent = at(5);
  const n = at(6);
  const wide = catalog.keys.length > 256;
  let p = 7;
  const indices: number[] = [];
  for (let i = 0; i < n; i++) {
    indices.push(wide ? (at(p) << 8) | at(p + 1) : at(p));
    p += wide ? 2 : 1;
  }
  const flagsAt = p;
  p += Math.ceil(n / 8);
  const length = at(p);
  const end = p + 1 + length;
  if (percent > 100 || end !== body.length || indices.some((i) => i >= catalog.keys.length))
    return { ok: false, error: 'malformed' };
  let name: string;
  try {
    name = new TextDecoder('utf-8', { fatal: true }).decode(body.subarray(p + 1, end));
  } catch {
    return { ok: false, error: 'malformed' };
  }
  const results = indices.map((index, i) => ({
    key: catalog.keys[index] ?? '',
    ok: (at(flagsAt + (i >> 3)) & (1 << (i & 7))) !== 0,
  }));
  if (!possible(catalog, percent, results)) return { ok: false, error: 'impossible' };
  return { ok: true, value: { item: catalog.item, name, percent, results } };
}

/** Whether a decoded result can have come from the item (see the header). */
function possible(catalog: Catalog, percent: number, results: ItemResult['results']): boolean {
  const n = results.length;
  if (n === 0) return false;
  if (catalog.item.startsWith('scenario:')) return true;
  if (catalog.size !== undefined && n !== catalog.size) return false;
  if (new Set(results.map((r) => r.key)).size !== n) return false;
  const right = results.filter((r) => r.ok).length;
  return percent === Math.round((right / n) * 100);
}
