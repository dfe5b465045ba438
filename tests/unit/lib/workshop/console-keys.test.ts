import { describe, expect, test } from 'vitest';
import { CONSOLE_ACTIONS, consoleKey } from '../../../../src/lib/workshop/console-keys';

describe('the presenter console keyboard', () => {
  test('each key asks for its action, Shift+R restarts while R reveals', () => {
    expect(consoleKey('ArrowRight', false)).toBe('next');
    expect(consoleKey('n', false)).toBe('next');
    expect(consoleKey('N', true)).toBe('next');
    expect(consoleKey('ArrowLeft', false)).toBe('back');
    expect(consoleKey('b', false)).toBe('back');
    expect(consoleKey('r', false)).toBe('reveal');
    expect(consoleKey('R', true)).toBe('restart');
    expect(consoleKey('h', false)).toBe('hide');
    expect(consoleKey('o', false)).toBe('audience');
    expect(consoleKey('t', false)).toBe('timer');
  });
  test('digits pick an option (0 the room’s choice); other keys are not the console’s', () => {
    expect(consoleKey('0', false)).toEqual({ pick: 0 });
    expect(consoleKey('3', false)).toEqual({ pick: 3 });
    for (const key of ['Enter', ' ', 'x', 'Escape', 'F5'])
      expect(consoleKey(key, false)).toBe(undefined);
  });
  test('every action has a key', () => {
    const keys = ['n', 'b', 'r', 'h', 'o', 't'].map((k) => consoleKey(k, false));
    expect(new Set([...keys, consoleKey('R', true)])).toEqual(new Set(CONSOLE_ACTIONS));
  });
});
