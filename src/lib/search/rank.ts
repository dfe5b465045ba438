/**
 * Re-ranks pagefind's hits for Chinese. Pagefind segments Chinese into dictionary words, so a trade
 * term it does not know (航信, 回款) is split into single characters and pages that merely contain
 * 航 and 信 somewhere score high. Here pages that contain the exact terms come first, ordered by
 * where the term appears (page title, then a section heading) and how often; pagefind's own order
 * breaks ties and ranks pages without an exact match.
 * A page may carry a `weight` meta (default 1) that scales its occurrence count: question banks repeat
 * a term in every option and explanation, so they are indexed with a low weight and a lesson that
 * teaches the term still comes first.
 */

/** What ranking reads from a hit (`await result.data()`). */
export interface RankInput {
  url: string;
  /** Full indexed text of the page. */
  content: string;
  meta: Record<string, string | undefined>;
  sub_results?: { title: string }[];
}

/** The query's terms: split on whitespace, quotes removed, case-folded. */
export function queryTerms(query: string): string[] {
  return query
    .replace(/["“”「」]/g, ' ')
    .split(/\s+/)
    .map((term) => term.toLowerCase())
    .filter((term) => term !== '');
}

function occurrences(text: string, term: string): number {
  let count = 0;
  for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + term.length))
    count += 1;
  return count;
}

/** Scores compared in order: all terms present, hits in title, hits in headings, occurrences. */
export function scoreOf(
  terms: readonly string[],
  hit: RankInput,
): [number, number, number, number] {
  const content = hit.content.toLowerCase();
  const title = (hit.meta['title'] ?? '').toLowerCase();
  const headings = (hit.sub_results ?? []).map((sub) => sub.title.toLowerCase());
  const all =
    terms.length > 0 && terms.every((term) => content.includes(term) || title.includes(term))
      ? 1
      : 0;
  const inTitle = terms.filter((term) => title.includes(term)).length;
  const inHeadings = terms.reduce(
    (sum, term) => sum + headings.filter((heading) => heading.includes(term)).length,
    0,
  );
  const weight = Number(hit.meta['weight'] ?? 1);
  const count = terms.reduce((sum, term) => sum + occurrences(content, term), 0);
  return [
    all,
    inTitle,
    inHeadings,
    Number.isFinite(weight) && weight >= 0 ? count * weight : count,
  ];
}

/** Returns the hits in the new order; the input is not changed. */
export function rankHits<T extends RankInput>(query: string, hits: readonly T[]): T[] {
  const terms = queryTerms(query);
  const scored = hits.map((hit, index) => ({ hit, index, score: scoreOf(terms, hit) }));
  scored.sort((a, b) => {
    for (let i = 0; i < a.score.length; i += 1) {
      const diff = b.score[i]! - a.score[i]!;
      if (diff !== 0) return diff;
    }
    return a.index - b.index;
  });
  return scored.map((item) => item.hit);
}
