import { useEffect } from 'preact/hooks';
import { consoleKey, type ConsoleKey } from '../../lib/workshop/console-keys';

const TYPING = new Set(['INPUT', 'SELECT', 'TEXTAREA']);

/**
 * The console's keys on the whole document while the console is mounted. Presses with Ctrl, Alt or
 * Meta, and presses in a field being typed in, are left alone. `handle` says whether it used the
 * key (then the browser's default is prevented).
 */
export function useConsoleKeys(handle: (key: ConsoleKey) => boolean): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      if (target !== null && (TYPING.has(target.tagName) || target.isContentEditable)) return;
      const key = consoleKey(e.key, e.shiftKey);
      if (key !== undefined && handle(key)) e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });
}
