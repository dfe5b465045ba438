import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';

/** A bad question bank stops `astro build` with sentences naming the file and the question. */
const outDir = mkdtempSync(join(tmpdir(), 'tmc-bad-quiz-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

test('the build refuses a bank with a broken section link and a single choice with two answers', () => {
  const result = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
    env: {
      ...process.env,
      COURSE_CONTENT_DIR: './tests/fixtures/content-bad-quiz',
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
    encoding: 'utf8',
    timeout: 120_000,
  });
  // Terminal colours (CI forces them) would split the sentences we look for.
  const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  expect(result.status).not.toBe(0);
  expect(output).toContain(
    '- tests/fixtures/content-bad-quiz/quizzes/second.yaml：题目 "second-two" 是单选题，必须恰好有 1 个 correct: true 的选项，现在有 2 个。',
  );
  expect(output).toContain(
    '- tests/fixtures/content-bad-quiz/quizzes/only.yaml：题目 "only-link" 链接到小节 "volume-tiers"，但课文 only 里没有这个小节；可用的小节：tiers、mistakes、briefing。',
  );
}, 130_000);
