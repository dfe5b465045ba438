import { describe, expect, test } from 'vitest';
import { chainLayout, columns, wrapText } from '../../../../src/lib/charts/layout';

describe('wrapText', () => {
  test('breaks Chinese text every n characters', () => {
    expect(wrapText('做初步的客户解决方案', 4)).toEqual(['做初步的', '客户解决', '方案']);
    expect(wrapText('短', 4)).toEqual(['短']);
  });
  test('never starts a line with closing punctuation', () => {
    expect(wrapText('初步整理合同（30—70万）', 6)).toEqual(['初步整理合同', '（30—70', '万）']);
    expect(wrapText('签订合同，完成销售', 4)).toEqual(['签订合同，', '完成销售']);
    expect(wrapText('评估，比较', 2)).toEqual(['评估，', '比较']);
  });
});

describe('columns', () => {
  test('centres n equal columns', () => {
    expect(columns(3, 300)).toEqual([50, 150, 250]);
    expect(columns(0, 300)).toEqual([]);
  });
});

describe('chainLayout', () => {
  const opts = { width: 300, boxWidth: 90, boxHeight: 40, rise: 50 };
  test('puts the decider on top in the middle and the others in a row below', () => {
    const l = chainLayout(3, opts);
    expect(l.decider).toMatchObject({ x: 105, y: 0, bottom: { x: 150, y: 40 } });
    expect(l.others.map((o) => [o.x, o.y])).toEqual([
      [30, 90],
      [180, 90],
    ]);
  });
  test('draws one arrow from each other role up to the decider, spread apart', () => {
    const l = chainLayout(3, opts);
    expect(l.arrows).toEqual([
      { x1: 75, y1: 90, x2: 120, y2: 40 },
      { x1: 225, y1: 90, x2: 180, y2: 40 },
    ]);
    expect(chainLayout(2, opts).arrows).toEqual([{ x1: 150, y1: 90, x2: 150, y2: 40 }]);
  });
});
