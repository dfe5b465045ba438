import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { LessonSchema } from '../../../src/schemas/lesson';
import {
  SOURCED_CALLOUTS,
  checkCalloutSources,
  extractCallouts,
} from '../../../src/lib/course/callouts';

/**
 * Every fact added beyond the deck is sourced (issue 12): over the real lessons, each `added` or
 * `changed` callout cites at least one source of its lesson, every lesson ends with a 参考资料 list,
 * and every source is well formed (LessonSchema).
 */
const dir = 'content/lessons';
const lessons = readdirSync(dir)
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => {
    const text = readFileSync(`${dir}/${name}`, 'utf8');
    const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
    return { name, frontmatter: parse(match?.[1] ?? '') as unknown, body: match?.[2] ?? '' };
  });

describe('lesson sources', () => {
  test('there are lessons to check', () => {
    expect(lessons.length).toBe(7);
  });

  for (const { name, frontmatter, body } of lessons) {
    describe(name, () => {
      const parsed = LessonSchema.safeParse(frontmatter);

      test('frontmatter, including every source, passes LessonSchema', () => {
        expect(
          parsed.success
            ? []
            : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
        ).toEqual([]);
      });

      test('ends with a 参考资料 list of at least one source', () => {
        expect(parsed.data?.sources.length ?? 0).toBeGreaterThan(0);
      });

      test('every added or changed callout cites a source the lesson lists', () => {
        const callouts = extractCallouts(body);
        expect(
          callouts.filter((callout) =>
            (SOURCED_CALLOUTS as readonly string[]).includes(callout.type),
          ).length,
        ).toBeGreaterThan(0);
        const ids = parsed.data?.sources.map((source) => source.id) ?? [];
        expect(checkCalloutSources(callouts, ids)).toEqual([]);
      });

      test('every listed source is cited by a callout', () => {
        const cited = new Set(extractCallouts(body).flatMap((callout) => callout.sources));
        expect(
          (parsed.data?.sources ?? []).map((source) => source.id).filter((id) => !cited.has(id)),
        ).toEqual([]);
      });

      test('a secondary source says why in a note', () => {
        expect(
          (parsed.data?.sources ?? [])
            .filter((source) => source.kind === 'secondary' && source.note === undefined)
            .map((source) => source.id),
        ).toEqual([]);
      });
    });
  }
});
