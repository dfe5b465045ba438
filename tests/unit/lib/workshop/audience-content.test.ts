/** The real scenarios and question banks: the projector never shows what is meant for the trainer. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { loadScenario, scenarioFiles } from '../../content/load';
import { QuizBankSchema } from '../../../../src/schemas/quiz';
import type { Scenario } from '../../../../src/schemas/scenario';
import {
  apply,
  initialSession,
  type Deck,
  type Session,
} from '../../../../src/lib/workshop/session';
import { audienceView } from '../../../../src/lib/workshop/audience';

const AT = '2026-11-27T08:00:00.000Z';
const WORDS = { true: '对', false: '错' };

/** Every facilitator note and prompt anywhere in `value`. */
function trainerTexts(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => trainerTexts(v, out));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'facilitator') {
        const f = v as { notes?: string; prompts?: string[] };
        if (f.notes !== undefined) out.push(f.notes);
        out.push(...(f.prompts ?? []));
      } else trainerTexts(v, out);
    }
  }
  return out;
}

function expectClean(view: unknown, secrets: string[]): void {
  const text = JSON.stringify(view);
  for (const secret of secrets) expect(text, secret).not.toContain(secret);
}

const scenarios = scenarioFiles().map((f) => loadScenario(f).scenario!) as Scenario[];

describe.each(scenarios.map((def) => [def.id, def] as const))(
  'scenario %s on the projector',
  (_id, def) => {
    test('never shows trainer notes or the expert mark before reveal, on any screen of a voted run', () => {
      const secrets = trainerTexts(def);
      expect(secrets.length, 'the scenario carries trainer notes to check against').toBeGreaterThan(
        0,
      );
      const deck: Deck = { kind: 'scenario', def };
      for (const c of def.cases.length > 0 ? def.cases.map((c) => c.id) : [undefined]) {
        let s: Session = apply(
          deck,
          initialSession(),
          c === undefined
            ? { type: 'start', seed: 3, at: AT }
            : { type: 'start', seed: 3, at: AT, caseId: c },
        ).session;
        for (let screens = 0; screens < 60; screens += 1) {
          const before = audienceView(deck, s, WORDS);
          expectClean(before, secrets);
          expect(JSON.stringify(before)).not.toMatch(/"expert"|"count"|"percent"/);
          if (before.kind !== 'step') break;
          // The room votes for the last option (rarely the expert's), then the trainer reveals and moves on.
          const last = before.options.at(-1);
          if (last !== undefined)
            s = apply(deck, s, { type: 'setVotes', votes: { [last.id]: 3 } }).session;
          s = apply(deck, s, { type: 'reveal', on: true }).session;
          expectClean(audienceView(deck, s, WORDS), secrets);
          s = apply(deck, s, { type: 'next', at: AT }).session;
        }
        expect(audienceView(deck, s, WORDS).kind).toBe('ending');
      }
    });
  },
);

describe('question banks on the projector', () => {
  const banks = readdirSync('content/quizzes').map((f) =>
    QuizBankSchema.parse(parse(readFileSync(`content/quizzes/${f}`, 'utf8'))),
  );
  test.each(banks.map((b) => [b.lesson, b] as const))(
    '%s shows no trainer notes and no right answer before reveal',
    (_lesson, bank) => {
      const deck: Deck = {
        kind: 'quiz',
        lesson: bank.lesson,
        title: bank.lesson,
        questions: bank.questions,
      };
      const secrets = trainerTexts(bank);
      let s = apply(deck, initialSession(), { type: 'start', seed: 1, at: AT }).session;
      for (const q of bank.questions) {
        const before = audienceView(deck, s, WORDS);
        expectClean(before, secrets);
        expect(JSON.stringify(before)).not.toMatch(/"expert"|"answer"|"feedback"/);
        if (q.type === 'ordering')
          expect(before.kind === 'step' && before.lists[0]).not.toEqual(q.items.map((i) => i.text));
        s = apply(deck, s, { type: 'reveal', on: true }).session;
        expectClean(audienceView(deck, s, WORDS), secrets);
        s = apply(deck, s, { type: 'next', at: AT }).session;
      }
      expect(audienceView(deck, s, WORDS).kind).toBe('done');
    },
  );

  test.each(banks.map((b) => [b.lesson, b] as const))(
    '%s does not put the right answer at A for most questions, over 200 session seeds',
    (_lesson, bank) => {
      // Authors tend to write the key first: shown as authored, nearly every key would be at A.
      const deck: Deck = {
        kind: 'quiz',
        lesson: bank.lesson,
        title: bank.lesson,
        questions: bank.questions,
      };
      const shares: number[] = [];
      for (let seed = 1; seed <= 200; seed += 1) {
        let s = apply(deck, initialSession(), { type: 'start', seed, at: AT }).session;
        let withOptions = 0;
        let keyAtA = 0;
        for (let i = 0; i < bank.questions.length; i += 1) {
          s = apply(deck, s, { type: 'reveal', on: true }).session;
          const view = audienceView(deck, s, WORDS);
          if (view.kind === 'step' && view.options.length > 0) {
            withOptions += 1;
            if (view.options[0]!.expert === true) keyAtA += 1;
          }
          s = apply(deck, s, { type: 'next', at: AT }).session;
        }
        shares.push(keyAtA / withOptions);
      }
      const mean = shares.reduce((a, b) => a + b, 0) / shares.length;
      // Measured: 0.34–0.38 per bank (true/false questions show 对 first, so a little over 1/4).
      expect(mean).toBeLessThan(0.45);
      expect(shares.filter((share) => share >= 0.5).length).toBeLessThan(shares.length / 4);
    },
  );
});
