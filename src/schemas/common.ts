import { z } from 'astro/zod';

import { ID_PATTERN } from './id';

export { ID_PATTERN };

/** A content id. Progress is stored under ids, so they must stay stable when content is reordered. */
export const IdSchema = z
  .string()
  .regex(ID_PATTERN, { error: 'id 只能由小写英文字母、数字和连字符组成，例如 client-selection' });

/** A problem found in authored content, phrased so that an author can fix it. */
export interface ContentIssue {
  /** The file or entry the problem is in, e.g. `content/lessons/contract.mdx`. */
  where: string;
  /** One sentence saying what is wrong and what to do. */
  message: string;
}

/**
 * What every object of authored content says about an extra key: a key the schema does not
 * know (most often a misspelled optional field, which would otherwise be silently ignored) fails
 * the build with a sentence naming it. The build error names the file.
 */
const STRICT = {
  error: (issue: { code?: string; keys?: readonly string[] }) =>
    issue.code === 'unrecognized_keys' && issue.keys !== undefined
      ? `不认识的字段 ${issue.keys.map((k) => `"${k}"`).join('、')}：请检查拼写（拼错的可选字段会被当作没写），或删掉它。`
      : undefined,
};

/** An object of authored content: every key must be one the schema names (see `STRICT`). */
export const strictObject = <T extends z.core.$ZodLooseShape>(shape: T) =>
  z.strictObject(shape, STRICT);
