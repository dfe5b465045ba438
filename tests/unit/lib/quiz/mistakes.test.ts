import { describe, expect, test } from 'vitest';
import {
  fixOutcome,
  groupByLesson,
  localDay,
  mistakesFormat,
  recordAnswer,
  recordAnswers,
} from '../../../../src/lib/quiz/mistakes';
import { decodeVersioned } from '../../../../src/lib/storage/versioned';

const miss = (day: string, questionId = 'q1') => ({
  questionId,
  lesson: 'contract',
  correct: false,
  day,
});
const hit = (day: string, questionId = 'q1') => ({
  questionId,
  lesson: 'contract',
  correct: true,
  day,
});

describe('a miss dated after today (clock ahead, or imported)', () => {
  test('counts as missed today, so right answers on the next two days still take it out of the book', () => {
    let book = recordAnswer(mistakesFormat.initial(), miss('2027-06-01'));
    expect(fixOutcome(book, 'q1', '2026-11-30')).toBe('same-day');
    book = recordAnswer(book, hit('2026-11-30'));
    expect(book.entries['q1']?.missed).toBe('2026-11-30');
    book = recordAnswer(book, hit('2026-12-01'));
    expect(fixOutcome(book, 'q1', '2026-12-02')).toBe('removed');
    book = recordAnswer(book, hit('2026-12-02'));
    expect(book.entries).toEqual({});
  });
});

describe('mistakes book', () => {
  test('a wrong answer puts the question in the book', () => {
    expect(recordAnswer(mistakesFormat.initial(), miss('2026-11-27'))).toEqual({
      v: 1,
      entries: { q1: { lesson: 'contract', missed: '2026-11-27', misses: 1, fixes: [] } },
    });
  });
  test('a right answer to a question not in the book changes nothing', () => {
    const book = mistakesFormat.initial();
    expect(recordAnswer(book, hit('2026-11-27'))).toBe(book);
  });
  test('leaves the book after right answers on two distinct later days', () => {
    let book = recordAnswer(mistakesFormat.initial(), miss('2026-11-27'));
    book = recordAnswers(book, [hit('2026-11-27'), hit('2026-11-28'), hit('2026-11-28')]);
    expect(book.entries['q1']?.fixes).toEqual(['2026-11-28']);
    book = recordAnswer(book, hit('2026-12-02'));
    expect(book.entries['q1']).toBeUndefined();
  });
  test('a new miss starts the count again', () => {
    let book = recordAnswers(mistakesFormat.initial(), [
      miss('2026-11-27'),
      hit('2026-11-28'),
      miss('2026-11-29'),
    ]);
    expect(book.entries['q1']).toEqual({
      lesson: 'contract',
      missed: '2026-11-29',
      misses: 2,
      fixes: [],
    });
    book = recordAnswer(book, hit('2026-11-30'));
    expect(book.entries['q1']?.fixes).toEqual(['2026-11-30']);
  });
  test('uses the local calendar date of the injected clock', () => {
    expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(localDay(new Date(2026, 10, 27, 0, 1))).toBe('2026-11-27');
  });
  test('groups by lesson in course order and skips removed questions', () => {
    const book = recordAnswers(mistakesFormat.initial(), [
      miss('2026-11-27', 'b2'),
      miss('2026-11-27', 'a1'),
      miss('2026-11-27', 'gone'),
    ]);
    const known = new Map([
      ['a1', 'first'],
      ['b2', 'contract'],
    ]);
    expect(groupByLesson(book, ['first', 'contract', 'empty'], known)).toEqual([
      { lesson: 'first', ids: ['a1'] },
      { lesson: 'contract', ids: ['b2'] },
    ]);
  });
  test('keeps questions retried this visit on screen after they leave the book, once each', () => {
    const book = recordAnswers(mistakesFormat.initial(), [miss('2026-11-27', 'b2')]);
    const known = new Map([
      ['a1', 'first'],
      ['b2', 'contract'],
      ['b1', 'contract'],
    ]);
    expect(groupByLesson(book, ['first', 'contract'], known, ['b2', 'b1', 'gone'])).toEqual([
      { lesson: 'contract', ids: ['b1', 'b2'] },
    ]);
  });
  test('round-trips and recovers from corrupt entries', () => {
    const book = recordAnswer(mistakesFormat.initial(), miss('2026-11-27'));
    expect(decodeVersioned(JSON.stringify(book), mistakesFormat)).toEqual({
      value: book,
      status: 'ok',
    });
    const raw = JSON.stringify({
      v: 1,
      entries: { ...book.entries, bad: { lesson: 'x', missed: 'yesterday', misses: 1, fixes: [] } },
    });
    expect(decodeVersioned(raw, mistakesFormat)).toEqual({
      value: book,
      status: 'recovered',
      dropped: 1,
    });
    expect(decodeVersioned('[]', mistakesFormat).status).toBe('recovered');
    expect(decodeVersioned('{"v":1}', mistakesFormat).status).toBe('recovered');
  });
});

describe('fixOutcome', () => {
  test('says whether a right answer today counts', () => {
    let book = recordAnswer(mistakesFormat.initial(), miss('2026-11-27'));
    expect(fixOutcome(book, 'q1', '2026-11-27')).toBe('same-day');
    expect(fixOutcome(book, 'q1', '2026-11-28')).toBe('counted');
    book = recordAnswer(book, hit('2026-11-28'));
    expect(fixOutcome(book, 'q1', '2026-11-28')).toBe('same-day');
    expect(fixOutcome(book, 'q1', '2026-11-29')).toBe('removed');
    expect(fixOutcome(book, 'other', '2026-11-29')).toBe('none');
  });
});

describe('stored mistakes are checked for values, not only shapes', () => {
  test.each([
    ['an impossible date (9999-99-99)', { missed: '9999-99-99' }],
    ['a fix on an impossible date', { fixes: ['2026-02-30'] }],
    ['a fractional miss count', { misses: 1.5 }],
  ])('%s is dropped and reported', (_name, change) => {
    const entry = { lesson: 'contract', missed: '2026-11-20', misses: 1, fixes: [] };
    const result = decodeVersioned(
      JSON.stringify({ v: 1, entries: { q1: entry, q2: { ...entry, ...change } } }),
      mistakesFormat,
    );
    expect(result.status).toBe('recovered');
    expect(result.value.entries).toEqual({ q1: entry });
  });
});
