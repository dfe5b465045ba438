/**
 * A result code as a QR code, drawn as one SVG path (no markup strings, no canvas). Loaded only when
 * a learner asks for the QR code, so `qrcode-generator` never weighs on a page that does not use it.
 */
import qrcode from 'qrcode-generator';

/** Quiet zone around the symbol, in modules (the QR standard asks for 4). */
export const QUIET_ZONE = 4;

export interface QrDrawing {
  /** Width and height of the drawing in modules, quiet zone included. */
  size: number;
  /** SVG path data: one 1×1 square per dark module, offset by the quiet zone. */
  path: string;
}

/**
 * Error correction level L: the symbol is shown on a clean phone screen, not printed on a crumpled
 * page, so what limits reading from a metre away is the size of a module in the camera's frame.
 * Level L needs the fewest modules for a code (a 40-character code is version 2, 25 modules,
 * where level M needs version 3, 29), so each module is drawn larger on the same screen.
 */
export const QR_LEVEL = 'L';

export type QrLevel = 'L' | 'M' | 'Q' | 'H';

/**
 * Draws `text` as a QR code (level `QR_LEVEL`). Result codes use only digits and capitals (and the
 * dashes of the grouped form), so they fit QR's compact alphanumeric mode; pass them without dashes
 * for the smallest symbol (the roster reads either). Other uses may ask for another level (the
 * progress text, phone to phone, uses M: src/lib/progress/text-code.ts).
 */
export function qrDrawing(text: string, level: QrLevel = QR_LEVEL): QrDrawing {
  const qr = qrcode(0, level);
  qr.addData(text, /^[0-9A-Z $%*+\-./:]*$/.test(text) ? 'Alphanumeric' : 'Byte');
  qr.make();
  const count = qr.getModuleCount();
  let path = '';
  for (let row = 0; row < count; row += 1) {
    for (let col = 0; col < count; col += 1) {
      if (qr.isDark(row, col)) path += `M${col + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`;
    }
  }
  return { size: count + 2 * QUIET_ZONE, path };
}
