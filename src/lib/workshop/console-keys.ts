/** The presenter console's keyboard (listed for the trainer under 快捷键). */
export const CONSOLE_ACTIONS = [
  'next',
  'back',
  'reveal',
  'hide',
  'restart',
  'audience',
  'timer',
] as const;
export type ConsoleAction = (typeof CONSOLE_ACTIONS)[number];

/** A digit picks the option of that letter (1 = A); 0 picks the room's own choice. */
export type ConsoleKey = ConsoleAction | { pick: number };

/** What a key press (`KeyboardEvent.key`, with Shift) asks the console for, if anything. */
export function consoleKey(key: string, shift: boolean): ConsoleKey | undefined {
  const k = key.length === 1 ? key.toLowerCase() : key;
  if (k === 'r') return shift ? 'restart' : 'reveal';
  if (k === 'ArrowRight' || k === 'n') return 'next';
  if (k === 'ArrowLeft' || k === 'b') return 'back';
  if (k === 'h') return 'hide';
  if (k === 'o') return 'audience';
  if (k === 't') return 'timer';
  if (/^[0-9]$/.test(k)) return { pick: Number(k) };
  return undefined;
}
