import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

/**
 * Authoring mistakes must stop `astro build` with a sentence an author can act on. These tests build
 * small fixture courses (COURSE_CONTENT_DIR) into a scratch folder and read the build's output.
 */
const outDir = mkdtempSync(join(tmpdir(), 'tmc-bad-build-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

function build(fixture: string): { status: number | null; output: string } {
  const result = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
    env: {
      ...process.env,
      COURSE_CONTENT_DIR: `./tests/fixtures/${fixture}`,
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
    encoding: 'utf8',
    timeout: 120_000,
  });
  // Terminal colours would split the sentences we look for.
  const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  return { status: result.status, output };
}

describe('the build refuses bad lessons', () => {
  test('bad frontmatter names the file and the field', () => {
    const { status, output } = build('content-bad-frontmatter');
    expect(status).not.toBe(0);
    expect(output).toContain('lessons → bad-order data does not match collection schema');
    expect(output).toContain('order: order 从 1 开始编号');
    expect(output).toContain('tests/fixtures/content-bad-frontmatter/lessons/bad-order.mdx');
  }, 130_000);

  test('a lesson without its 会前要点 section names the file and the fix', () => {
    const { status, output } = build('content-bad-section');
    expect(status).not.toBe(0);
    expect(output).toContain(
      '- tests/fixtures/content-bad-section/lessons/no-briefing.mdx：缺少 id 为 "briefing" 的小节，请在课文末尾加上 <Section id="briefing" title="会前要点">。',
    );
  }, 130_000);
});
