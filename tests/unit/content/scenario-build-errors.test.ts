import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';

/** A broken scenario must stop `astro build` with sentences that name the file, the node and the fix. */
const outDir = mkdtempSync(join(tmpdir(), 'tmc-bad-scenario-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

test('the build refuses a scenario with a dangling link and a link to a missing lesson section', () => {
  const result = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
    env: {
      ...process.env,
      COURSE_CONTENT_DIR: './tests/fixtures/content-bad-scenario',
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
    encoding: 'utf8',
    timeout: 120_000,
  });
  // Terminal colours would split the sentences we look for.
  const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  expect(result.status).not.toBe(0);
  expect(output).toContain(
    '- content/scenarios/first-meeting.yaml：节点 `open`的选项 `ask-manager` 的 next 指向节点 `wrap-up2`，但没有这个节点。',
  );
  expect(output).toContain(
    '- content/scenarios/first-meeting.yaml：节点 `open` 的选项 `ask-manager` 的 rationale 链接到课程 `intelligence` 的小节 `people-map`，但这一课没有这个小节（现有：competitor-types、mistakes、briefing）。',
  );
}, 130_000);
