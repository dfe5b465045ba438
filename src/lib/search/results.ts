import { excerptSegments, type Segment } from './excerpt';

/** The part of pagefind's result data the site uses (`await result.data()`). */
export interface PagefindData {
  url: string;
  excerpt: string;
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

/**
 * Shapes one pagefind hit: title and kind from its metadata, and up to `maxPassages` matching
 * sections (sub-results), falling back to the page excerpt when no section matched.
 */
export function toResultView(data: PagefindData, maxPassages = 2): ResultView {
  const title = cleanTitle(data.meta['title'] ?? data.url);
  const subs = (data.sub_results ?? []).filter((sub) => sub.url !== data.url || sub.title !== title);
  const passages: Passage[] = subs
    .filter((sub) => excerptSegments(sub.excerpt).some((segment) => segment.mark))
    .slice(0, maxPassages)
    .map((sub) => ({ title: cleanTitle(sub.title), url: sub.url, segments: excerptSegments(sub.excerpt) }));
  if (passages.length === 0) passages.push({ title: '', url: data.url, segments: excerptSegments(data.excerpt) });
  return { url: data.url, title, kind: data.meta['kind'] ?? '', passages };
}
