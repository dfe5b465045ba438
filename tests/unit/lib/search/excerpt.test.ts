import { describe, expect, test } from 'vitest';
import { excerptSegments } from '../../../../src/lib/search/excerpt';

describe('excerptSegments', () => {
  test('keeps marked words and joins marks pagefind split by character', () => {
    expect(excerptSegments('实时与<mark>航</mark><mark>信</mark>连接')).toEqual([
      { text: '实时与', mark: false },
      { text: '航信', mark: true },
      { text: '连接', mark: false },
    ]);
  });
  test('decodes entities and never passes other tags through', () => {
    expect(excerptSegments('A &amp; B &lt;script&gt; <b>粗</b> &#36;&#x41;')).toEqual([
      { text: 'A & B <script> 粗 $A', mark: false },
    ]);
  });
  test('returns no segments for an empty excerpt', () => {
    expect(excerptSegments('')).toEqual([]);
  });
});
