import type { MessageKey } from '../i18n';

/**
 * The UI strings an island receives: the dictionary keys it declares in a `*_KEYS` list, each with
 * its text. The one way strings reach islands (docs/style-guide.md, 「界面文字怎么交给交互组件」):
 * the page passes `strings={pick(...X_KEYS)}`, the island types the prop `strings: Strings<typeof
 * X_KEYS>`, a part inside it takes the same object typed by its own list, and `{name}` placeholders are
 * filled with `fill` (src/lib/util/template.ts). Only the type is imported: no dictionary in a bundle.
 */
export type Strings<K extends readonly MessageKey[]> = Record<K[number], string>;
