/**
 * The roster's camera: opening and closing it, reading QR codes from its frames, and the beep.
 * Browser-only glue for `RosterScan`; what a read text means is decided in `lib/workshop/intake`.
 * The decoder loads only when the camera is switched on: the browser's `BarcodeDetector` where it
 * reads QR codes, otherwise `jsqr` (pure JavaScript) by dynamic import.
 */

export type CameraProblem = 'denied' | 'absent' | 'failed';

/** Opens the camera, or says why it cannot: permission refused, no camera, or another failure. */
export async function openCamera(): Promise<MediaStream | CameraProblem> {
  if (navigator.mediaDevices?.getUserMedia === undefined) return 'absent';
  try {
    return await navigator.mediaDevices.getUserMedia({ video: true, audio: false });
  } catch (error) {
    const name = error instanceof DOMException ? error.name : '';
    if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied';
    if (name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'NotReadableError')
      return 'absent';
    return 'failed';
  }
}

/** Stops every track, so the camera light goes off. */
export function closeCamera(stream: MediaStream): void {
  for (const track of stream.getTracks()) track.stop();
}

/** Reads the text of one QR code in the current video frame, if there is one. */
export type ReadFrame = (video: HTMLVideoElement) => Promise<string | undefined>;

interface Detector {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}
interface DetectorClass {
  new (options: { formats: string[] }): Detector;
  getSupportedFormats(): Promise<string[]>;
}

/** Longest side of the frame handed to jsqr: enough for a phone's QR code at arm's length. */
const MAX_SIDE = 640;

export async function loadReader(): Promise<ReadFrame> {
  const Native = (globalThis as { BarcodeDetector?: DetectorClass }).BarcodeDetector;
  if (Native !== undefined && (await Native.getSupportedFormats()).includes('qr_code')) {
    const detector = new Native({ formats: ['qr_code'] });
    return async (video) => (await detector.detect(video))[0]?.rawValue;
  }
  const { default: jsQR } = await import('jsqr');
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  return (video) => {
    const scale = Math.min(1, MAX_SIDE / Math.max(video.videoWidth, video.videoHeight, 1));
    const width = Math.round(video.videoWidth * scale);
    const height = Math.round(video.videoHeight * scale);
    if (context === null || width === 0 || height === 0) return Promise.resolve(undefined);
    canvas.width = width;
    canvas.height = height;
    context.drawImage(video, 0, 0, width, height);
    const frame = context.getImageData(0, 0, width, height);
    const found = jsQR(frame.data, width, height, { inversionAttempts: 'dontInvert' });
    return Promise.resolve(found?.data);
  };
}

/**
 * At most one read per this many milliseconds: reading a frame takes the main thread, and the
 * trainer's laptop also runs the projector. Ten reads a second still see a code held up for a second.
 */
const READ_GAP_MS = 100;

/**
 * Reads new frames (each at most once, at most every READ_GAP_MS) until the returned function is
 * called; `onText` gets each text read.
 */
export function watchFrames(
  video: HTMLVideoElement,
  read: ReadFrame,
  onText: (text: string) => void,
): () => void {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const nextFrame = () => {
    if (stopped) return;
    // Only frames the camera actually delivered; where the browser cannot tell, poll.
    if ('requestVideoFrameCallback' in video) video.requestVideoFrameCallback(() => void tick());
    else timer = setTimeout(() => void tick(), READ_GAP_MS);
  };
  const tick = async () => {
    if (stopped) return;
    const began = performance.now();
    if (video.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA) {
      const text = await read(video).catch(() => undefined);
      if (text !== undefined && text !== '' && !stopped) onText(text);
    }
    const rest = READ_GAP_MS - (performance.now() - began);
    if (rest > 0) timer = setTimeout(nextFrame, rest);
    else nextFrame();
  };
  nextFrame();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}

/** A short beep: high when a code was taken, low when it was refused. */
export function beep(audio: AudioContext, ok: boolean): void {
  const osc = audio.createOscillator();
  const gain = audio.createGain();
  const now = audio.currentTime;
  osc.frequency.value = ok ? 880 : 220;
  gain.gain.setValueAtTime(0.0001, now);
  gain.gain.exponentialRampToValueAtTime(0.2, now + 0.01);
  gain.gain.exponentialRampToValueAtTime(0.0001, now + (ok ? 0.15 : 0.3));
  osc.connect(gain).connect(audio.destination);
  osc.start(now);
  osc.stop(now + 0.32);
}
