import { describe, expect, test } from 'vitest';
import { QR_LEVEL, QUIET_ZONE, qrDrawing } from '../../../../src/lib/workshop/qr';

/** The dark modules of a drawing as "row,col" (without the quiet zone). */
function dark(path: string): Set<string> {
  return new Set(
    [...path.matchAll(/M(\d+) (\d+)h1v1h-1z/g)].map(
      (m) => `${Number(m[2]) - QUIET_ZONE},${Number(m[1]) - QUIET_ZONE}`,
    ),
  );
}

describe('QR drawing of a result code', () => {
  test('a short grouped code is a version-1 symbol (21 modules) plus the quiet zone, with the three finder patterns', () => {
    const { size, path } = qrDrawing('ABCD-EFGH-JKMN');
    expect(size).toBe(21 + 2 * QUIET_ZONE);
    const on = dark(path);
    for (const [r, c] of [
      [0, 0],
      [0, 14],
      [14, 0],
    ] as const) {
      expect(on.has(`${r},${c}`)).toBe(true); // outer ring
      expect(on.has(`${r + 1},${c + 1}`)).toBe(false); // white ring
      expect(on.has(`${r + 3},${c + 3}`)).toBe(true); // centre
    }
    expect(
      [...on].every((rc) => rc.split(',').every((n) => Number(n) >= 0 && Number(n) < 21)),
    ).toBe(true);
  });

  test('is deterministic and grows with the code', () => {
    const long = Array.from({ length: 14 }, () => 'WXYZ').join('-');
    expect(qrDrawing('ABCD-EFGH')).toEqual(qrDrawing('ABCD-EFGH'));
    expect(qrDrawing(long).size).toBeGreaterThan(qrDrawing('ABCD-EFGH').size);
  });

  test('falls back to byte mode for text outside the alphanumeric set', () => {
    expect(qrDrawing('abc-小王').size).toBeGreaterThanOrEqual(21 + 2 * QUIET_ZONE);
  });
});

describe('QR drawing for a camera a metre away', () => {
  test('a 40-character result code without dashes fits version 2 at level L (25 modules), with a 4-module quiet zone', () => {
    const code = 'ABCDEFGHJKMNPQRSTVWXYZ0123456789ABCDEFGH';
    expect(code).toHaveLength(40);
    expect(QR_LEVEL).toBe('L');
    expect(QUIET_ZONE).toBe(4);
    const { size, path } = qrDrawing(code);
    expect(size).toBe(25 + 2 * QUIET_ZONE);
    // Nothing is drawn inside the quiet zone.
    const on = dark(path);
    expect(
      [...on].every((rc) => rc.split(',').every((n) => Number(n) >= 0 && Number(n) < 25)),
    ).toBe(true);
  });

  test('the dashes of the typed form cost a larger symbol', () => {
    const grouped = 'ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789-ABCD-EFGH';
    expect(qrDrawing(grouped).size).toBeGreaterThan(qrDrawing(grouped.replace(/-/g, '')).size);
  });
});
