/** Review cards built from content: a question's right answer, a lesson's objectives. */
import type { LearnerQuestion } from '../quiz/learner';
import type { Pool } from '../quiz/draw';
import { lessonHref } from '../course/navigation';
import { pointId, questionCardId, type ReviewCardDef } from './queue';
import { assertNever } from '../util/guards';

/** The right answer of a question as lines of text (`answerTrue`/`answerFalse` are the words for 对/错). */
export function rightAnswer(q: LearnerQuestion, words: { yes: string; no: string }): string[] {
  switch (q.type) {
    case 'single':
    case 'multiple':
    case 'case':
      return q.options.filter((o) => o.correct).map((o) => o.text);
    case 'truefalse':
      return [q.answer ? words.yes : words.no];
    case 'ordering':
      return q.items.map((item, i) => `${i + 1}. ${item.text}`);
    case 'matching':
      return q.pairs.map(
        (pair) => `${pair.text} → ${q.choices.find((c) => c.id === pair.match)?.text ?? ''}`,
      );
    default:
      return assertNever(q);
  }
}

/** The card of a question (used once the question is in the mistakes book). */
export function questionCard(
  q: LearnerQuestion,
  href: string,
  words: { yes: string; no: string },
): ReviewCardDef {
  const front = q.type === 'case' ? `${q.scenario}\n${q.prompt}` : q.prompt;
  const back = [...rightAnswer(q, words), ...(q.explanation === undefined ? [] : [q.explanation])];
  return { id: questionCardId(q.id), kind: 'question', lesson: q.lesson, front, back, href };
}

/**
 * Every review card of the course, lesson by lesson in `lessons` order: the lesson's objective
 * cards, then a card per question of its bank (each linking to the question's section).
 */
export function courseCards(
  lessons: readonly string[],
  points: readonly ReviewCardDef[],
  pools: readonly Pool<LearnerQuestion>[],
  words: { yes: string; no: string },
): ReviewCardDef[] {
  return lessons.flatMap((lesson) => [
    ...points.filter((card) => card.lesson === lesson),
    ...(pools.find((pool) => pool.key === lesson)?.questions ?? []).map((q) =>
      questionCard(q, lessonHref(lesson, q.section), words),
    ),
  ]);
}

/**
 * One card per lesson objective: the learner tries to do what it says (能说出…), then checks
 * against the lesson's 会前要点 (`briefing` bullets).
 */
export function pointCards(
  lesson: { id: string; objectives: readonly string[] },
  briefing: readonly string[],
  href: string,
): ReviewCardDef[] {
  return lesson.objectives.map((text) => ({
    id: pointId(lesson.id, text),
    kind: 'point',
    lesson: lesson.id,
    front: text,
    back: [...briefing],
    href,
  }));
}

/** The bullets of a lesson's `<Section id="briefing">` in its MDX body, as plain text. */
export function briefingBullets(body: string): string[] {
  const start = body.indexOf('<Section id="briefing"');
  if (start < 0) return [];
  const end = body.indexOf('</Section>', start);
  return body
    .slice(start, end < 0 ? undefined : end)
    .split('\n')
    .filter((line) => /^\s*[-*] /.test(line))
    .map((line) =>
      line
        .replace(/^\s*[-*] /, '')
        .replace(/\*\*|__|`/g, '')
        .trim(),
    );
}
