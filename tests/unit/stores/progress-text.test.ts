import { cleanStores } from 'nanostores';
import {
  cleanTestStorage,
  getTestStorage,
  setTestStorageKey,
  useTestStorageEngine,
} from '@nanostores/persistent';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { $reading } from '../../../src/stores/reading';
import { $quizAttempts } from '../../../src/stores/quiz-attempts';
import { $mistakes } from '../../../src/stores/mistakes';
import { $scenarioRuns } from '../../../src/stores/scenario-runs';
import { $review } from '../../../src/stores/review';
import {
  commitImport,
  currentValues,
  exportProgress,
  prepareImport,
  resetProgress,
} from '../../../src/stores/progress-io';
import { exportProgressText, prepareImportText } from '../../../src/stores/progress-text';
import { packText, toBase64Url, unpackText } from '../../../src/lib/progress/text-code';
import { hashText } from '../../../src/lib/progress/hash';
import { mine } from '../../fixtures/progress';

const ATOMS = [$reading, $quizAttempts, $mistakes, $scenarioRuns, $review];
let stops: (() => void)[] = [];
beforeAll(() => useTestStorageEngine());
afterEach(() => {
  stops.forEach((s) => s());
  stops = [];
  cleanStores(...ATOMS);
  cleanTestStorage();
});
function load(values: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(values)) setTestStorageKey(key, JSON.stringify(value));
  stops = ATOMS.map((a) => a.listen(() => undefined));
}
const snapshot = () => JSON.stringify(getTestStorage());
const NOW = new Date('2026-11-27T08:00:00Z');

async function deflate(text: string): Promise<Uint8Array> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

describe('progress as text', () => {
  test('copy, reset, paste (replace) brings every store back exactly', async () => {
    load(mine);
    const text = await exportProgressText('c1', NOW);
    expect(text).toMatch(/^TMCP1\.z\./);
    resetProgress();
    const prepared = await prepareImportText(text, 'c1');
    expect(prepared.ok && prepared.values).toEqual(mine);
    expect(prepared.ok && prepared.exportedAt).toBe(NOW.toISOString());
    if (prepared.ok) commitImport(prepared.values, 'replace');
    expect(currentValues()).toEqual(mine);
  });
  test('is compressed: much shorter than the export file', async () => {
    load(mine);
    const text = await exportProgressText('c1', NOW);
    expect(text.length).toBeLessThan(exportProgress('c1', NOW).text.length / 2);
  });
  test('gives the same verdict as the file for the same bundle, edited or not', async () => {
    load(mine);
    const file = exportProgress('c1', NOW).text;
    const edited = file.replace('"percent": 50', '"percent": 90');
    for (const json of [file, edited]) {
      const compact = JSON.stringify(JSON.parse(json));
      const asText = packText('z', await deflate(compact));
      const fromText = await prepareImportText(asText, 'c1');
      const fromFile = prepareImport(json, json.length, 'c1');
      expect(fromText.ok).toBe(fromFile.ok);
      if (!fromText.ok && !fromFile.ok) expect(fromText.error).toBe(fromFile.error);
    }
    expect(prepareImport(edited, edited.length, 'c1')).toEqual({ ok: false, error: 'tampered' });
  });
  test('a pasted file text goes through the file checks', async () => {
    load(mine);
    const file = exportProgress('c1', NOW).text;
    const prepared = await prepareImportText(file, 'c1');
    expect(prepared.ok && prepared.values).toEqual(mine);
  });
  test.each([
    ['empty', async () => ''],
    ['not-ours', async () => '你好，这是我的进度'],
    ['truncated', async (t: string) => t.slice(0, t.length - 10)],
    ['tampered', async (t: string) => t.slice(0, -2) + (t.endsWith('AA') ? 'BB' : 'AA')],
    ['damaged', async () => packText('z', new TextEncoder().encode('not deflate at all'))],
    [
      'syntax',
      async () => packText('j', new TextEncoder().encode('{"format":"tmc-sales-progress",}')),
    ],
  ])('a bad text (%s) is refused and changes no store', async (error, make) => {
    load(mine);
    const text = await make(await exportProgressText('c1', NOW));
    const before = snapshot();
    expect(await prepareImportText(text, 'c1')).toEqual({ ok: false, error });
    expect(snapshot()).toBe(before);
    expect(currentValues()).toEqual(mine);
  });
  test('a payload that inflates past the size limit is refused as too large', async () => {
    const bomb = await deflate(' '.repeat(3 * 1024 * 1024));
    expect(await prepareImportText(packText('z', bomb), 'c1')).toEqual({
      ok: false,
      error: 'too-large',
    });
  });
  test('a forged header with a matching checksum still meets the bundle checksum', async () => {
    load(mine);
    const good = unpackText(await exportProgressText('c1', NOW));
    expect(good.ok && good.kind === 'packed').toBe(true);
    const edited = JSON.stringify(JSON.parse(exportProgress('c1', NOW).text)).replace(
      '"percent":50',
      '"percent":90',
    );
    const body = toBase64Url(await deflate(edited));
    const forged = `TMCP1.z.${body.length.toString(36)}.${hashText(body)}.${body}`;
    expect(await prepareImportText(forged, 'c1')).toEqual({ ok: false, error: 'tampered' });
  });
});
