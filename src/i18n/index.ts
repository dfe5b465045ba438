import { fill } from '../lib/util/template';
import { zhCN } from './zh-CN';

/** The site's locale; a second one gets its own dictionary with the same keys. */
export const LOCALE = 'zh-CN';

export type MessageKey = keyof typeof zhCN;

/**
 * Looks up a UI string and fills `{name}` placeholders.
 * Islands receive the strings they need as props, so the dictionary stays out of client bundles.
 */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  return fill(zhCN[key], params);
}

/** Picks several strings at once, e.g. to pass to an island. */
export function pick<K extends MessageKey>(...keys: K[]): Record<K, string> {
  const picked: Partial<Record<K, string>> = {};
  for (const key of keys) picked[key] = zhCN[key];
  return picked as Record<K, string>;
}
