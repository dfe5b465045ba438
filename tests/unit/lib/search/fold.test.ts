import { describe, expect, test } from 'vitest';
import { foldVariants, VARIANT_PAIRS } from '../../../../src/lib/search/fold';
import { queryTerms } from '../../../../src/lib/search/rank';

describe('foldVariants', () => {
  test('folds the deck spelling 帐 to the standard 账, everywhere in the text', () => {
    expect(foldVariants('对帐和确认帐款')).toBe('对账和确认账款');
    expect(foldVariants('帐期、账期')).toBe('账期、账期');
  });
  test('leaves other text alone', () => {
    expect(foldVariants('返点 INHOUSE 月票量')).toBe('返点 INHOUSE 月票量');
  });
  test('both spellings of a query give the same search terms', () => {
    for (const [variant, standard] of VARIANT_PAIRS) {
      const typed = `对${variant} 确认${variant}款`;
      expect(queryTerms(foldVariants(typed))).toEqual(
        queryTerms(foldVariants(typed.replaceAll(variant, standard))),
      );
    }
  });
  test('folding is idempotent, so index and query agree however often it runs', () => {
    const once = foldVariants('对帐 对账');
    expect(foldVariants(once)).toBe(once);
  });
});
