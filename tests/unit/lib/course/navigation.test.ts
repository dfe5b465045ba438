import { describe, expect, test } from 'vitest';
import { lessonHref, neighbours } from '../../../../src/lib/course/navigation';

const lessons = [
  { id: 'a', title: 'A' },
  { id: 'b', title: 'B' },
  { id: 'c', title: 'C' },
];

describe('neighbours', () => {
  test('gives the previous and next lesson in the middle of the course', () => {
    expect(neighbours(lessons, 'b')).toEqual({ previous: lessons[0], next: lessons[2] });
  });
  test('has no previous lesson at the start and no next at the end', () => {
    expect(neighbours(lessons, 'a').previous).toBeUndefined();
    expect(neighbours(lessons, 'c').next).toBeUndefined();
  });
  test('has neither for an unknown lesson', () => {
    expect(neighbours(lessons, 'zzz')).toEqual({ previous: undefined, next: undefined });
  });
});

describe('lessonHref', () => {
  test('links to a lesson and to one of its sections', () => {
    expect(lessonHref('contract')).toBe('/lessons/contract/');
    expect(lessonHref('contract', 'compensation')).toBe('/lessons/contract/#compensation');
  });
});
