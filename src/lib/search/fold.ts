/**
 * Variant characters a rep may type either way. The deck writes 对帐、帐款 (older usage); our own text
 * writes the standard 对账、账款. Search folds each variant to one form, in the index (at build,
 * `scripts/build-search.mjs`) and in the query, so both spellings find the same pages in the same order.
 * Add a pair here only when both forms really mean the same word everywhere on the site.
 */
export const VARIANT_PAIRS: readonly (readonly [variant: string, standard: string])[] = [
  ['帐', '账'],
];

const FOLD = new Map<string, string>(VARIANT_PAIRS);
const VARIANTS = new RegExp(`[${VARIANT_PAIRS.map(([variant]) => variant).join('')}]`, 'g');

/** `text` with every variant character replaced by its standard form. */
export function foldVariants(text: string): string {
  return text.replace(VARIANTS, (char) => FOLD.get(char) ?? char);
}
