/**
 * The one-page lesson handout, as data: read from the lesson's MDX body (会前要点 and 常见误区), its
 * playbook cards and the trainer prompts of its quiz questions and scenarios. Pure; the page renders it.
 */
import type { Block } from '../../schemas/playbook';
import type { Scenario } from '../../schemas/scenario';
import type { Question } from '../../schemas/quiz';

/** A common mistake: what new hires do, and what to do instead (the item's last sentence). */
export interface Mistake {
  mistake: string;
  instead: string;
}

function sectionBody(body: string, id: string): string {
  const start = body.indexOf(`<Section id="${id}"`);
  if (start < 0) return '';
  const end = body.indexOf('</Section>', start);
  return body.slice(start, end < 0 ? undefined : end);
}

const plain = (text: string) => text.replace(/\*\*|__|`/g, '').trim();

/**
 * The items of a lesson's `<Section id="mistakes">` (a numbered list, each opening with the mistake
 * in bold): the bold part, and the last sentence, which says what to do instead.
 */
export function mistakesOf(body: string): Mistake[] {
  const mistakes: Mistake[] = [];
  for (const line of sectionBody(body, 'mistakes').split('\n')) {
    const item = /^\s*\d+\.\s+\*\*(.+?)\*\*[。.]?(.*)$/.exec(line);
    if (item === null) continue;
    const sentences = (item[2] ?? '')
      .split(/(?<=[。！？])/)
      .map(plain)
      .filter((s) => s !== '');
    mistakes.push({
      mistake: plain(item[1] ?? '').replace(/[。.]$/, ''),
      instead: sentences.at(-1) ?? '',
    });
  }
  return mistakes;
}

/** The blocks of the lesson's playbook cards that state the deck's points, each block once. */
export function deckBlocks(
  cards: readonly { lesson: string; blocks: readonly Block[] }[],
  lessonId: string,
): Block[] {
  const seen = new Set<string>();
  const blocks: Block[] = [];
  for (const card of cards) {
    if (card.lesson !== lessonId) continue;
    for (const block of card.blocks) {
      if (block.source !== 'deck' || seen.has(block.id)) continue;
      seen.add(block.id);
      blocks.push(block);
    }
  }
  return blocks;
}

/**
 * Up to `n` discussion prompts for a lesson, most specific first: trainer prompts on the lesson's
 * quiz questions, then on scenario options whose rationale is in this lesson, then on decisions
 * leading there, then on whole scenarios that list the lesson. Each prompt once.
 */
export function discussionPrompts(
  lessonId: string,
  questions: readonly Question[],
  scenarios: readonly Scenario[],
  n = 3,
): string[] {
  const tiers: string[][] = [[], [], [], []];
  for (const q of questions) tiers[0]!.push(...(q.facilitator?.prompts ?? []));
  for (const def of scenarios) {
    for (const node of Object.values(def.nodes)) {
      if (node.type !== 'decision') continue;
      for (const choice of node.choices)
        if (choice.rationale.lesson === lessonId)
          tiers[1]!.push(...(choice.facilitator?.prompts ?? []));
      if (node.choices.some((c) => c.rationale.lesson === lessonId))
        tiers[2]!.push(...(node.facilitator?.prompts ?? []));
    }
    if (def.lessons.some((l) => l.lesson === lessonId))
      tiers[3]!.push(...(def.facilitator?.prompts ?? []));
  }
  return [...new Set(tiers.flat().map((p) => p.trim()))].slice(0, n);
}
