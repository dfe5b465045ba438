import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, test } from './support/test';
import { builtPages } from './support/site';

/**
 * Facilitator notes are for the trainer: the one spec that checks they never reach a learner.
 * (Was three checks: quiz.spec on bank notes, scenarios.spec per scenario, printables.spec on cards.)
 * Learner pages are everything outside /workshop/; handouts under /workshop/handout/ go to learners
 * too and may carry discussion prompts, never notes. Trainer pages that carry them: the presenter
 * consoles and the answer key of the printed decision cards.
 */

/** Every facilitator note and prompt in the content, long enough to be unmistakable. */
function facilitatorTexts(): { notes: string[]; prompts: string[] } {
  const notes: string[] = [];
  const prompts: string[] = [];
  const visit = (x: unknown): void => {
    if (Array.isArray(x)) x.forEach(visit);
    else if (typeof x === 'object' && x !== null) {
      for (const [k, v] of Object.entries(x)) {
        if (k === 'facilitator' && typeof v === 'object' && v !== null) {
          const f = v as { notes?: string; prompts?: string[] };
          if (f.notes !== undefined) notes.push(f.notes.trim());
          prompts.push(...(f.prompts ?? []).map((p) => p.trim()));
        } else if (k === 'notes' && typeof v === 'string') notes.push(v.trim());
        else visit(v);
      }
    }
  };
  for (const dir of ['content/scenarios', 'content/quizzes', 'content/playbook'])
    for (const file of readdirSync(dir)) visit(parse(readFileSync(`${dir}/${file}`, 'utf8')));
  const long = (s: string) => s.length >= 8;
  return { notes: [...new Set(notes)].filter(long), prompts: [...new Set(prompts)].filter(long) };
}

const htmlOf = (path: string) =>
  readFileSync(`dist${path === '/404.html' ? '/404.html' : `${path}index.html`}`, 'utf8');

/** The JavaScript files a page loads, with everything they import (statically or lazily). */
function scriptsOf(html: string): Set<string> {
  const found = new Set<string>();
  const queue = [...html.matchAll(/\/_astro\/[\w.-]+\.js/g)].map((m) => m[0]);
  while (queue.length) {
    const file = queue.pop()!;
    if (found.has(file) || !existsSync(`dist${file}`)) continue;
    found.add(file);
    const code = readFileSync(`dist${file}`, 'utf8');
    for (const m of code.matchAll(/["'`](?:\.\/|\/_astro\/)([\w.-]+\.js)["'`]/g))
      queue.push(`/_astro/${m[1]}`);
  }
  return found;
}

/** A text as it may appear in a built script: as written, or with non-ASCII escaped. */
const inScript = (code: string, text: string) =>
  code.includes(text) ||
  code.includes(
    [...text]
      .map((c) =>
        c.charCodeAt(0) > 127 ? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}` : c,
      )
      .join(''),
  );

const { notes, prompts } = facilitatorTexts();

test('facilitator notes and prompts never reach a learner page or the JavaScript it loads', () => {
  expect(notes.length, 'notes found in the content').toBeGreaterThan(20);
  expect(prompts.length, 'prompts found in the content').toBeGreaterThan(5);
  const learnerPages = builtPages().filter((p) => !p.startsWith('/workshop/'));
  expect(learnerPages.length).toBeGreaterThan(30);
  const scripts = new Set<string>();
  for (const path of learnerPages) {
    const html = htmlOf(path);
    for (const text of [...notes, ...prompts])
      expect(html.includes(text), `${path}: ${text}`).toBe(false);
    for (const file of scriptsOf(html)) scripts.add(file);
  }
  expect(scripts.size, 'learner pages load scripts').toBeGreaterThan(5);
  for (const file of scripts) {
    const code = readFileSync(`dist${file}`, 'utf8');
    for (const text of notes) expect(inScript(code, text), `${file}: ${text}`).toBe(false);
  }
  // Handouts go to learners too: they take discussion prompts, never the trainer's notes.
  const handouts = builtPages().filter((p) => p.startsWith('/workshop/handout/'));
  expect(handouts.length).toBe(7);
  for (const path of handouts) {
    const html = htmlOf(path);
    for (const text of notes) expect(html.includes(text), `${path}: ${text}`).toBe(false);
  }
});

test('the trainer has them: presenter consoles carry the notes, printed cards only in the answer key', async ({
  page,
}) => {
  const consoles = builtPages().filter((p) => p.startsWith('/workshop/present/'));
  expect(
    consoles.filter((path) => notes.some((note) => htmlOf(path).includes(note))).length,
    'consoles that carry notes',
  ).toBe(consoles.length);

  await page.goto('/workshop/cards/client-selection/');
  const outsideKey = await page.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement;
    body.querySelectorAll('.answer-key').forEach((el) => el.remove());
    return body.textContent ?? '';
  });
  const key = (await page.locator('.card-set:not([hidden]) .answer-key').textContent()) ?? '';
  expect(
    notes.filter((n) => key.includes(n)).length,
    'the answer key carries the notes',
  ).toBeGreaterThan(0);
  for (const text of [...notes, ...prompts]) expect(outsideKey, text).not.toContain(text);
});
