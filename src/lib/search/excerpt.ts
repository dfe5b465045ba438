/**
 * Pagefind returns excerpts as HTML with the matched words in `<mark>`. The site never injects
 * content as HTML, so excerpts become plain text segments here and are rendered as text.
 */

/** A run of excerpt text; `mark` when it matched the query. */
export interface Segment {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  '#39': "'",
  apos: "'",
  nbsp: ' ',
};

function decode(text: string): string {
  return text.replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (whole, name: string) => {
    const lower = name.toLowerCase();
    if (lower in ENTITIES) return ENTITIES[lower]!;
    if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith('#')) return String.fromCodePoint(parseInt(lower.slice(1), 10));
    return whole;
  });
}

/** Splits an excerpt into text segments, keeping `<mark>` as `mark: true` and dropping any other tag. */
export function excerptSegments(html: string): Segment[] {
  const segments: Segment[] = [];
  let mark = false;
  for (const part of html.split(/(<\/?[a-z][^>]*>)/i)) {
    if (part === '') continue;
    const tag = /^<(\/?)([a-z]+)/i.exec(part);
    if (tag) {
      if (tag[2]!.toLowerCase() === 'mark') mark = tag[1] !== '/';
      continue;
    }
    const text = decode(part);
    const last = segments[segments.length - 1];
    if (last !== undefined && last.mark === mark) last.text += text;
    else segments.push({ text, mark });
  }
  return segments;
}
