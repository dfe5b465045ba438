/**
 * Reads the `<Callout type="…" title="…" sources="…">` tags of a lesson's MDX source and checks that
 * every callout which adds to the deck or reports a change in the trade says where its facts come from.
 */

/** Callout kinds that state facts beyond the deck and therefore must cite a source. */
export const SOURCED_CALLOUTS = ['added', 'changed'] as const;

/** One `<Callout>` tag as written in a lesson. */
export interface CalloutTag {
  type: string;
  title: string | undefined;
  /** Source ids from the `sources` attribute (space-separated), in order. */
  sources: string[];
}

const OPEN_TAG = /<Callout\b([^>]*)>/g;
const ATTRIBUTE = /([A-Za-z]+)\s*=\s*"([^"]*)"/g;

/** The callouts of a lesson body, in order. */
export function extractCallouts(body: string): CalloutTag[] {
  const callouts: CalloutTag[] = [];
  for (const match of body.matchAll(OPEN_TAG)) {
    const attrs = new Map<string, string>();
    for (const [, name, value] of (match[1] ?? '').matchAll(ATTRIBUTE)) {
      if (name !== undefined && value !== undefined) attrs.set(name, value);
    }
    callouts.push({
      type: attrs.get('type') ?? '',
      title: attrs.get('title'),
      sources: sourceIdsOf(attrs.get('sources')),
    });
  }
  return callouts;
}

/** Splits a `sources="a b"` attribute value into ids. */
export function sourceIdsOf(attribute: string | undefined): string[] {
  return (attribute ?? '').split(/\s+/).filter((id) => id !== '');
}

const needsSource = (type: string): boolean =>
  (SOURCED_CALLOUTS as readonly string[]).includes(type);

/**
 * Problems with the callouts' sources, one sentence each (without the file name): an `added` or
 * `changed` callout without `sources`, or a cited id that the lesson's `sources` list does not have.
 */
export function checkCalloutSources(
  callouts: readonly CalloutTag[],
  knownIds: readonly string[],
): string[] {
  const problems: string[] = [];
  callouts.forEach((callout, index) => {
    const name = `第 ${index + 1} 个 <Callout>${callout.title === undefined ? '' : `「${callout.title}」`}`;
    if (needsSource(callout.type) && callout.sources.length === 0) {
      problems.push(
        `${name}是 type="${callout.type}"，必须注明来源：请在 frontmatter 的 sources 里登记参考资料，并写成 <Callout type="${callout.type}" sources="来源id">。`,
      );
    }
    for (const id of callout.sources) {
      if (!knownIds.includes(id)) {
        problems.push(
          `${name}引用的来源 "${id}" 不在这一课 frontmatter 的 sources 里；已登记的来源：${knownIds.length === 0 ? '（无）' : knownIds.join('、')}。`,
        );
      }
    }
  });
  return problems;
}
