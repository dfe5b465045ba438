import { describe, expect, test } from 'vitest';
import { isNewer, liveFormat, MAX_SEQ, nextSeq } from '../../../../src/lib/workshop/live';
import { decodeVersioned } from '../../../../src/lib/storage/versioned';

const step = {
  kind: 'step',
  key: 's1',
  item: '情景',
  number: 1,
  of: 5,
  title: '开场',
  speaker: '客户',
  paragraphs: ['你好'],
  clues: [],
  prompt: '你怎么说？',
  options: [{ id: 'a', letter: 'A', label: '先问需求' }],
  lists: [],
  revealed: false,
};
const read = (view: unknown, seq: unknown = 3) =>
  decodeVersioned(JSON.stringify({ v: 1, seq, view }), liveFormat);

describe('the live message is checked before the audience shows it', () => {
  test('a well-formed step is shown as it is', () => {
    expect(read(step)).toEqual({ value: { v: 1, seq: 3, view: step }, status: 'ok' });
  });
  test.each([
    ['options that are not options', { ...step, options: [null, 5] }],
    ['a title that is not text', { ...step, title: { html: '<b>' } }],
    ['paragraphs that are not text', { ...step, paragraphs: [1, [2]] }],
    ['a missing key', { ...step, key: undefined }],
    [
      'an ending with an unknown outcome',
      { kind: 'ending', key: 'e', item: 'x', title: 't', outcome: 'boom', paragraphs: [] },
    ],
    [
      'a done screen with a count that is not a number',
      { kind: 'done', key: 'd', item: 'x', count: '3' },
    ],
    ['a timer that is not a timer', { ...step, timer: { seconds: 'soon', since: 5 } }],
  ])('%s is refused', (_name, view) => {
    expect(read(view).status).toBe('recovered');
  });
  test.each([2 ** 53, 1.5, -1, MAX_SEQ + 1])('sequence number %s is refused', (seq) => {
    expect(read({ kind: 'hidden' }, seq).status).toBe('recovered');
  });
  test('the sequence never runs past its limit: a console there starts over at 1, and the audience follows', () => {
    expect(nextSeq(MAX_SEQ)).toBe(1);
    expect(nextSeq(41)).toBe(42);
    const shown = { v: 1 as const, seq: MAX_SEQ, view: { kind: 'idle' as const } };
    expect(isNewer({ ...shown, seq: 1 }, shown)).toBe(true);
    expect(isNewer({ ...shown, seq: 2 }, { ...shown, seq: 3 })).toBe(false);
  });
});
