import { qrDrawing } from '../../../src/lib/workshop/qr';

/**
 * A video for Chromium's fake camera (`--use-file-for-fake-video-capture`): raw YUV4MPEG2, planar
 * I420 frames. Each text is shown as the QR code a learner's phone draws (the app's own
 * `qrDrawing`, quiet zone included), black on white, centred on a grey background, for `hold` frames.
 */
export function qrVideo(
  texts: readonly string[],
  opts: { width: number; height: number; fps: number; hold: number },
): Buffer {
  const { width, height, fps, hold } = opts;
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F${fps}:1 Ip A1:1 C420jpeg\n`);
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const parts: Buffer[] = [header];
  for (const text of texts) {
    const luma = qrFrame(text, width, height);
    for (let i = 0; i < hold; i += 1) parts.push(Buffer.from('FRAME\n'), luma, chroma);
  }
  return Buffer.concat(parts);
}

/** The luma plane of one frame with `text` as a QR code, as large as the frame's height allows. */
function qrFrame(text: string, width: number, height: number): Buffer {
  const { size, path } = qrDrawing(text);
  const module = Math.floor((height * 0.92) / size);
  const side = module * size;
  const left = Math.floor((width - side) / 2);
  const top = Math.floor((height - side) / 2);
  const luma = Buffer.alloc(width * height, 110);
  const dark = new Set([...path.matchAll(/M(\d+) (\d+)h1v1h-1z/g)].map((m) => `${m[1]},${m[2]}`));
  // `size` includes the four-module quiet zone on every side, drawn white with the symbol.
  for (let y = 0; y < side; y += 1) {
    const row = Math.floor(y / module);
    for (let x = 0; x < side; x += 1) {
      const col = Math.floor(x / module);
      luma[(top + y) * width + left + x] = dark.has(`${col},${row}`) ? 16 : 235;
    }
  }
  return luma;
}
