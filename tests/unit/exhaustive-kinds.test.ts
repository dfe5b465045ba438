/**
 * Every island, component and page that renders by a question kind, playbook block type or view
 * kind must do so exhaustively (issue 13): a `switch` that ends in `assertNever(…)`, or a lookup
 * typed `satisfies Record<Kind, …>`. Then a kind added to a schema fails `astro check` in that file
 * instead of silently rendering nothing. This is a cheap text check; `astro check` is the real proof
 * (procedure in docs/style-guide.md, “Adding a question kind”).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

function files(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...files(path));
    else if (/\.(tsx|astro)$/.test(name)) out.push(path);
  }
  return out;
}

const sources = ['src/islands', 'src/components', 'src/pages', 'src/layouts']
  .flatMap(files)
  .map((path) => ({ path: path.split('\\').join('/'), text: readFileSync(path, 'utf8') }));

/** Branching on a question kind or a block type by comparison (`q.type === 'case'`). */
const KIND_TEST = /\b(?:q|question|block)\.type\s*===/;
/** A `switch` over a variant tag (`switch (view.kind)`, `switch (block.type)`). */
const KIND_SWITCH = /switch \(\s*[\w.]+\.(?:type|kind)\s*\)/g;
const EXHAUSTIVE = /assertNever\(|satisfies Record</g;

const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

describe('rendering by kind is exhaustive', () => {
  test('finds the files that render by kind (the check is not vacuous)', () => {
    const found = sources
      .filter((s) => KIND_TEST.test(s.text) || count(s.text, KIND_SWITCH) > 0)
      .map((s) => s.path);
    expect(found).toEqual(
      expect.arrayContaining([
        'src/islands/quiz/QuestionView.tsx',
        'src/components/QuestionFallback.astro',
        'src/components/playbook/BlockView.astro',
        'src/islands/workshop/AudienceScreen.tsx',
        'src/pages/workshop/index.astro',
      ]),
    );
  });

  test('a file comparing q.type / question.type / block.type also ends a switch in assertNever', () => {
    const missing = sources
      .filter((s) => KIND_TEST.test(s.text) && count(s.text, EXHAUSTIVE) === 0)
      .map((s) => s.path);
    expect(missing, 'add a switch ending in assertNever(x) or a satisfies Record<Kind, …>').toEqual(
      [],
    );
  });

  test('every switch over .type / .kind has its own assertNever', () => {
    const short = sources
      .filter((s) => count(s.text, KIND_SWITCH) > count(s.text, EXHAUSTIVE))
      .map(
        (s) =>
          `${s.path}: ${count(s.text, KIND_SWITCH)} switch(es), ${count(s.text, EXHAUSTIVE)} assertNever`,
      );
    expect(short).toEqual([]);
  });
});
