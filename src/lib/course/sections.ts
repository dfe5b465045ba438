import type { LessonSection } from '../../schemas/lesson';
import { isId } from '../util/guards';

/** What `extractSections` found in a lesson body. */
export interface ExtractedSections {
  sections: LessonSection[];
  /** Problems with the `<Section>` tags, one sentence each, without the file name. */
  problems: string[];
}

const OPEN_TAG = /<Section\b([^>]*)>/g;
const CLOSE_TAG = /<\/Section>/g;
const ATTRIBUTE = /([A-Za-z]+)\s*=\s*"([^"]*)"/g;
function attributesOf(source: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const match of source.matchAll(ATTRIBUTE)) {
    const [, name, value] = match;
    if (name !== undefined && value !== undefined) attrs.set(name, value);
  }
  return attrs;
}

/**
 * Reads the `<Section id="…" title="…">` blocks of a lesson's MDX source, in order.
 * The MDX body is the single source of a lesson's outline: the sidebar, quizzes and cards link to these ids.
 */
export function extractSections(body: string): ExtractedSections {
  const sections: LessonSection[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const match of body.matchAll(OPEN_TAG)) {
    const attrs = attributesOf(match[1] ?? '');
    const id = attrs.get('id');
    const title = attrs.get('title');
    const position = sections.length + problems.length + 1;
    if (id === undefined || title === undefined || title.trim() === '') {
      problems.push(
        `第 ${position} 个 <Section> 缺少 id 或 title，请写成 <Section id="volume-tiers" title="小节标题">。`,
      );
      continue;
    }
    if (!isId(id)) {
      problems.push(`小节 id "${id}" 只能由小写英文字母、数字和连字符组成，例如 volume-tiers。`);
      continue;
    }
    if (seen.has(id)) {
      problems.push(`小节 id "${id}" 出现了两次，每个小节的 id 必须不同。`);
      continue;
    }
    seen.add(id);
    sections.push({ id, title: title.trim() });
  }
  const opened = [...body.matchAll(OPEN_TAG)].length;
  const closed = [...body.matchAll(CLOSE_TAG)].length;
  if (opened !== closed) {
    problems.push(
      `有 ${opened} 个 <Section> 开始标签，却有 ${closed} 个 </Section> 结束标签，请检查是否漏写了结束标签。`,
    );
  }
  return { sections, problems };
}
