/**
 * The mechanical rules of docs/style-guide.md ("one voice"), checked over authored content:
 * 原稿 not 讲义/课件; 账 in our own text and 帐 only inside verbatim deck quotes; 「」 not “”;
 * 超大公司 not 特大客户/超大客户; 耽误了会议 not 误会/误了会.
 */

/** The deck's own sentences that contain 帐 (normalised to full-width commas). */
export const DECK_TEXT_WITH_VARIANT = [
  '帐款的及时收回',
  '其中最重要的是对帐和确认帐款，须有合同中约定的确认方式。',
];

const isDeckQuote = (quoted: string): boolean => {
  const text = quoted.replace(/[。，；]+$/, '');
  return text !== '' && DECK_TEXT_WITH_VARIANT.some((sentence) => sentence.includes(text));
};

/** `text` without `<DeckQuote>` blocks and 「」 quotes of the deck's own words. */
export function withoutDeckQuotes(text: string): string {
  return text
    .replace(/<DeckQuote>[\s\S]*?<\/DeckQuote>/g, (block) => block.replace(/[^\n]/g, ' '))
    .replace(/「([^「」]*)」/g, (quote, inner: string) =>
      isDeckQuote(inner) ? quote.replace(/[^\n]/g, ' ') : quote,
    );
}

const RULES: { pattern: RegExp; fix: string; deckQuotesExempt?: boolean }[] = [
  { pattern: /讲义|课件/g, fix: '称呼原稿用「原稿」，不用「讲义」「课件」' },
  {
    pattern: /帐/g,
    fix: '我们自己的文字写「账」（对账、账款、账期），「帐」只出现在原稿原话的引文里',
    deckQuotesExempt: true,
  },
  { pattern: /[“”]/g, fix: '引号用「」，引文里再套引号用『』' },
  { pattern: /特大客户|超大客户/g, fix: '月票量100万以上的客户按原稿叫「超大公司」' },
  {
    pattern: /(?<!耽)误了?会/g,
    fix: '没赶上会写「耽误了会议」或「没赶上会」；「误会」是误解的意思，要说误解就写「误解」',
  },
];

/** One finding: `file:line: 「found」 — how to fix it`. */
export function wordingIssues(file: string, text: string): string[] {
  const exempt = withoutDeckQuotes(text);
  const issues: string[] = [];
  for (const rule of RULES) {
    const scanned = rule.deckQuotesExempt === true ? exempt : text;
    for (const match of scanned.matchAll(rule.pattern)) {
      const line = scanned.slice(0, match.index).split('\n').length;
      issues.push(`${file}:${line}: 「${match[0]}」 — ${rule.fix}`);
    }
  }
  return issues;
}
