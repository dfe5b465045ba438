import { describe, expect, test } from 'vitest';
import {
  answerCard,
  recallAt,
  reviewFormat,
  type ReviewState,
} from '../../../../src/lib/review/cards';
import {
  cramSet,
  dueQueue,
  nextDay,
  nextDue,
  pointId,
  type Progress,
  type ReviewCardDef,
} from '../../../../src/lib/review/queue';
import {
  briefingBullets,
  courseCards,
  pointCards,
  questionCard,
  rightAnswer,
} from '../../../../src/lib/review/content';
import { decodeVersioned } from '../../../../src/lib/storage/versioned';
import { single, truefalse } from '../../../fixtures/quiz';

const empty: ReviewState = reviewFormat.initial();
const words = { yes: '对', no: '错' };
const q = questionCard({ ...single, lesson: 'contract' }, '/lessons/contract/#s', words);
const points = pointCards(
  { id: 'contract', objectives: ['能说出三类条款', '会写服务标准'] },
  ['合同三件事'],
  '/lessons/contract/#briefing',
);
const cards: ReviewCardDef[] = [q, ...points];
const base: Progress = {
  review: empty,
  mistakes: { v: 1, entries: {} },
  reading: { v: 1, read: {} },
};

describe('FSRS wiring (clock injected)', () => {
  const t0 = new Date(2026, 10, 27, 9, 0);
  test('a first “good” schedules the card in the future and records the time', () => {
    const s = answerCard(empty, 'q:s1', 'good', t0);
    const card = s.cards['q:s1']!;
    expect(card.last).toBe(t0.toISOString());
    expect(card.reps).toBe(1);
    expect(new Date(card.due).getTime()).toBeGreaterThan(t0.getTime());
  });
  test('the same answers at the same times give the same schedule; “again” comes back sooner than “easy”', () => {
    const a = answerCard(empty, 'q:s1', 'easy', t0);
    expect(answerCard(empty, 'q:s1', 'easy', t0)).toEqual(a);
    const again = answerCard(empty, 'q:s1', 'again', t0);
    expect(new Date(again.cards['q:s1']!.due).getTime()).toBeLessThan(
      new Date(a.cards['q:s1']!.due).getTime(),
    );
  });
  test('intervals grow with successful reviews on later days', () => {
    let s = answerCard(empty, 'q:s1', 'good', t0);
    const first = new Date(s.cards['q:s1']!.due);
    s = answerCard(s, 'q:s1', 'good', first);
    const second = new Date(s.cards['q:s1']!.due);
    s = answerCard(s, 'q:s1', 'good', second);
    const third = new Date(s.cards['q:s1']!.due);
    expect(third.getTime() - second.getTime()).toBeGreaterThan(second.getTime() - first.getTime());
    expect(s.cards['q:s1']!.reps).toBe(3);
  });
  test('stored cards round-trip through the versioned format; bad ones are dropped and reported', () => {
    const s = answerCard(empty, 'q:s1', 'good', t0);
    expect(decodeVersioned(JSON.stringify(s), reviewFormat)).toEqual({ value: s, status: 'ok' });
    const bad = {
      v: 1,
      cards: { ...s.cards, 'not a card id': s.cards['q:s1'], 'q:x': { due: 'soon' } },
    };
    expect(decodeVersioned(JSON.stringify(bad), reviewFormat)).toEqual({
      value: s,
      status: 'recovered',
      dropped: 2,
    });
  });
  test('recall is 0 for an unanswered card and falls over time', () => {
    const s = answerCard(empty, 'q:s1', 'good', t0);
    expect(recallAt(undefined, t0)).toBe(0);
    const soon = recallAt(s.cards['q:s1'], new Date(2026, 10, 28));
    const late = recallAt(s.cards['q:s1'], new Date(2027, 0, 28));
    expect(soon).toBeGreaterThan(late);
  });
});

describe('dates later than now (clock ahead, or imported from such a device)', () => {
  const now = new Date('2026-11-29T09:00:00');
  const ahead = answerCard(empty, q.id, 'good', new Date('2026-12-05T09:00:00'));
  test('rating a card last reviewed on a later day than now saves the answer instead of throwing', () => {
    const next = answerCard(ahead, q.id, 'again', now);
    expect(next.cards[q.id]?.last).toBe(now.toISOString());
    expect(next.cards[q.id]?.reps).toBe(2);
  });
  test('recall of a card reviewed after the asked time is a probability, not an error', () => {
    const recall = recallAt(ahead.cards[q.id], now);
    expect(recall).toBeGreaterThan(0);
    expect(recall).toBeLessThanOrEqual(1);
  });
  test('a mistake dated after today is due now instead of stuck until that day', () => {
    const p: Progress = {
      review: empty,
      reading: { v: 1, read: {} },
      mistakes: {
        v: 1,
        entries: {
          [q.id.slice(2)]: { lesson: 'contract', missed: '2027-06-01', misses: 1, fixes: [] },
        },
      },
    };
    expect(dueQueue([q], p, now)).toEqual([q]);
  });
});

describe('daily queue', () => {
  const missed: Progress = {
    ...base,
    mistakes: {
      v: 1,
      entries: { s1: { lesson: 'contract', missed: '2026-11-27', misses: 1, fixes: [] } },
    },
  };
  test('a missed question is not due the same day and is due from the next local midnight', () => {
    expect(dueQueue(cards, missed, new Date(2026, 10, 27, 23, 59))).toEqual([]);
    expect(dueQueue(cards, missed, new Date(2026, 10, 28, 0, 0)).map((c) => c.id)).toEqual([
      'q:s1',
    ]);
    expect(nextDue(cards, missed, new Date(2026, 10, 27, 12))).toEqual(new Date(2026, 10, 28));
  });
  test('key points of a lesson come due the day after it was read; questions never missed never come', () => {
    const read: Progress = {
      ...base,
      reading: { v: 1, read: { contract: new Date(2026, 10, 27, 15).toISOString() } },
    };
    expect(dueQueue(cards, read, new Date(2026, 10, 28, 8)).map((c) => c.kind)).toEqual([
      'point',
      'point',
    ]);
  });
  test('answering moves a card out of today’s queue until its new due time', () => {
    const now = new Date(2026, 10, 28, 8);
    const answered: Progress = { ...missed, review: answerCard(empty, 'q:s1', 'good', now) };
    expect(dueQueue(cards, answered, now)).toEqual([]);
    const due = nextDue(cards, answered, now)!;
    expect(dueQueue(cards, answered, due).map((c) => c.id)).toEqual(['q:s1']);
  });
  test('nextDay handles month ends', () => {
    expect(nextDay('2026-11-30')).toEqual(new Date(2026, 11, 1));
  });
});

describe('cram mode', () => {
  test('picks the chosen lessons’ cards, least remembered on the meeting day first, and changes nothing', () => {
    const review = answerCard(empty, points[0]!.id, 'easy', new Date(2026, 10, 20));
    const p: Progress = {
      ...base,
      review,
      mistakes: {
        v: 1,
        entries: { s1: { lesson: 'contract', missed: '2026-11-27', misses: 1, fixes: [] } },
      },
    };
    const before = JSON.stringify(p);
    const set = cramSet(cards, p, ['contract'], new Date(2026, 11, 3, 9));
    expect(set.map((c) => c.id)).toEqual(['q:s1', points[1]!.id, points[0]!.id]);
    expect(JSON.stringify(p)).toBe(before);
    expect(cramSet(cards, p, ['intelligence'], new Date(2026, 11, 3))).toEqual([]);
    expect(cramSet(cards, p, ['contract'], new Date(2026, 11, 3), 1)).toHaveLength(1);
  });
});

describe('cards from content', () => {
  test('question cards show the right answer and the explanation', () => {
    expect(q.back).toEqual([
      ...rightAnswer({ ...single, lesson: 'contract' }, words),
      ...(single.explanation ? [single.explanation] : []),
    ]);
    expect(truefalse.type === 'truefalse' && truefalse.answer).toBe(false);
    expect(rightAnswer(truefalse, words)).toEqual(['错']);
  });
  test('key point ids depend on the text, not the position', () => {
    expect(pointId('contract', '能说出三类条款')).toBe(points[0]!.id);
    expect(
      pointCards({ id: 'contract', objectives: ['会写服务标准', '能说出三类条款'] }, [], '')[1]!.id,
    ).toBe(points[0]!.id);
  });
  test('briefing bullets are read from the lesson body', () => {
    const body =
      '<Section id="other" title="x">\n- no\n</Section>\n<Section id="briefing" title="会前要点">\n\n- 合同三件事：**服务标准**、赔偿。\n- 退票 `7` 天\n\n</Section>';
    expect(briefingBullets(body)).toEqual(['合同三件事：服务标准、赔偿。', '退票 7 天']);
    expect(briefingBullets('no briefing')).toEqual([]);
  });
});

describe('courseCards (question cards made in the browser from the shared banks)', () => {
  const other = pointCards({ id: 'intelligence', objectives: ['会查竞争对手'] }, [], '/b');
  const pools = [
    { key: 'intelligence', weight: 1, questions: [{ ...truefalse, lesson: 'intelligence' }] },
    { key: 'contract', weight: 1, questions: [{ ...single, lesson: 'contract', section: 's' }] },
  ];

  test('gives each lesson in course order its objective cards, then a card per question of its bank', () => {
    const made = courseCards(['contract', 'intelligence'], [...other, ...points], pools, words);
    expect(made).toEqual([
      ...points,
      q,
      ...other,
      questionCard(
        { ...truefalse, lesson: 'intelligence' },
        `/lessons/intelligence/#${truefalse.section}`,
        words,
      ),
    ]);
  });

  test('a lesson without a bank keeps its objective cards; a bank of no listed lesson adds nothing', () => {
    expect(courseCards(['contract'], points, [], words)).toEqual(points);
    expect(courseCards(['contract'], points, pools, words)).toEqual([...points, q]);
  });
});
