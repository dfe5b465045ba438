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
