import { excerptSegments, type Segment } from './excerpt';

/** The part of pagefind's result data the site uses (`await result.data()`). */
export interface PagefindData {
  url: string;
  excerpt: string;
  /** Full indexed text of the page. */
  content: string;
  meta: Record<string, string | undefined>;
  sub_results?: { title: string; url: string; excerpt: string }[];
}

/** A matching passage: the section it is in and the text around the match. */
export interface Passage {
  title: string;
  url: string;
  segments: Segment[];
}

/** One search hit as the results list shows it. */
export interface ResultView {
  url: string;
  title: string;
  /** Where the page belongs, e.g. 第 3 课 or 速查卡 · 出自第 3 课「…」; empty when unknown. */
  kind: string;
  passages: Passage[];
}

/** Removes the site-name suffix pagefind may pick up from `<title>`. */
function cleanTitle(title: string): string {
  return title.split(' · ')[0]!.trim();
}

const plain = (segments: Segment[]) =>
  segments
    .map((segment) => segment.text)
    .join('')
    .toLowerCase();

/**
 * Shapes one pagefind hit: title and kind from its metadata, and up to `maxPassages` matching
 * sections (sub-results): sections whose heading or excerpt holds an exact term first, then other
 * sections with a highlighted match; the page excerpt when no section matched.
 */
export function toResultView(
  data: PagefindData,
  terms: readonly string[] = [],
  maxPassages = 2,
): ResultView {
  const title = cleanTitle(data.meta['title'] ?? data.url);
  const exact = (text: string) => terms.some((term) => text.toLowerCase().includes(term));
  const subs = (data.sub_results ?? [])
    .filter((sub) => sub.url !== data.url || sub.title !== title)
    .map((sub, index) => {
      const segments = excerptSegments(sub.excerpt);
      const rank = exact(sub.title)
        ? 0
        : exact(plain(segments))
          ? 1
          : segments.some((segment) => segment.mark)
            ? 2
            : 3;
      return { sub, rank, index };
    })
    .filter((item) => item.rank < 3)
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((item) => item.sub);
  const passages: Passage[] = subs.slice(0, maxPassages).map((sub) => ({
    title: cleanTitle(sub.title),
    url: sub.url,
    segments: excerptSegments(sub.excerpt),
  }));
  if (passages.length === 0)
    passages.push({ title: '', url: data.url, segments: excerptSegments(data.excerpt) });
  return { url: data.url, title, kind: data.meta['kind'] ?? '', passages };
}
