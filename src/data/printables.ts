/**
 * What the trainer's printables need, computed at build: decision-card sets of a scenario (one per
 * case) and the one-page handout of a lesson. Trainer pages only: these carry facilitator notes.
 */
import { getCollection } from 'astro:content';
import { getLessons } from './course';
import { getCards } from './playbook';
import { getBanks } from './quizzes';
import { getScenarios, scenarioLinks } from './scenarios';
import { briefingBullets } from '../lib/review/content';
import { cardSet, type CardSet } from '../lib/workshop/cards';
import { deckBlocks, discussionPrompts, mistakesOf } from '../lib/workshop/handout';

/** Every case's card set of scenario `id` (one set for scenarios without a case pool), and its lesson links. */
export async function getCardSets(id: string) {
  const found = (await getScenarios()).find((s) => s.def.id === id);
  if (found === undefined) throw new Error(`No scenario ${id}`);
  const def = found.def;
  const sets: CardSet[] =
    def.cases.length === 0 ? [cardSet(def)] : def.cases.map((c) => cardSet(def, c.id));
  return { def, sets, links: await scenarioLinks(def) };
}

/** The handout of lesson `id`. */
export async function getHandout(id: string) {
  const [lessons, entries, cards, banks, scenarios] = await Promise.all([
    getLessons(),
    getCollection('lessons'),
    getCards(),
    getBanks(),
    getScenarios(),
  ]);
  const lesson = lessons.find((l) => l.id === id);
  if (lesson === undefined) throw new Error(`No lesson ${id}`);
  const body = entries.find((e) => e.id === id)?.body ?? '';
  return {
    lesson,
    total: lessons.length,
    points: briefingBullets(body),
    blocks: deckBlocks(cards, id),
    mistakes: mistakesOf(body),
    prompts: discussionPrompts(
      id,
      banks.find((b) => b.lesson === id)?.questions ?? [],
      scenarios.map((s) => s.def),
    ),
  };
}
