/**
 * Item-quality rules (issue 11): where the right answer sits and how it reads must not give it
 * away. The thresholds live here, in one object; the checks are in `src/lib/quiz/item-quality.ts`
 * and `src/lib/scenario/item-quality.ts`, and run at build with the other cross-entry checks.
 */

/**
 * Whether the build fails on item-quality issues. Off until the rewritten question banks and
 * scenarios are merged (today's content breaks these rules); the integrator turns it on. The
 * guessing tests (`tests/unit/content/guessing.test.ts`) assert their criteria only when it is on.
 */
export const ENFORCE_ITEM_QUALITY = true;

export const ITEM_QUALITY = {
  /**
   * At most this share of a bank's single/case questions may have the keyed option as the uniquely
   * longest one, and at most this share of a scenario's decisions the best choice as the longest.
   * With three or four options, writing without a habit puts the key longest about a quarter to a
   * third of the time; above a third, “pick the longest” beats chance and learners learn to do it.
   */
  longestKeyShare: 1 / 3,
  /**
   * True/false keys per bank: between these shares of 对. Outside them “always 错” (or “always 对”)
   * passes more statements than knowing does. When no count can land inside (e.g. three
   * statements), the count nearest to half is accepted.
   */
  trueShareMin: 0.4,
  trueShareMax: 0.6,
  /**
   * Multiple-answer questions of a bank must not all have the same number of right options once
   * the bank has at least this many: otherwise counting the usual number of ticks is the answer.
   */
  minMultipleForVariety: 2,
} as const;

/** The counts of 对 keys that satisfy the true/false rule for `total` statements, lowest first. */
export function allowedTrueCounts(total: number): number[] {
  const counts = Array.from({ length: total + 1 }, (_, n) => n);
  const inside = counts.filter(
    (n) => n >= ITEM_QUALITY.trueShareMin * total && n <= ITEM_QUALITY.trueShareMax * total,
  );
  return inside.length > 0 ? inside : counts.filter((n) => Math.abs(2 * n - total) <= 1);
}

/** The most items of `total` that may have the key as the longest option. */
export const maxLongestKeys = (total: number): number =>
  Math.floor(total * ITEM_QUALITY.longestKeyShare + 1e-9);

/** The index of the uniquely longest text (by characters), or -1 when the longest is tied. */
export function uniquelyLongest(texts: readonly string[]): number {
  const lengths = texts.map((t) => [...t.trim()].length);
  const top = Math.max(...lengths);
  return lengths.filter((n) => n === top).length === 1 ? lengths.indexOf(top) : -1;
}

/** Texts that occur more than once (after trimming), each once. */
export function repeatedTexts(texts: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const text of texts.map((t) => t.trim())) {
    if (seen.has(text)) repeated.add(text);
    seen.add(text);
  }
  return [...repeated];
}
