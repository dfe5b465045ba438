import { readFileSync } from 'node:fs';
import { expect, test } from './support/test';
import { playbookCards } from './support/playbook';
import { answer, bank, shownIds } from './support/quiz';
import { hydrated } from './support/site';

const cards = playbookCards();
// axe, 360 px and budgets: pages.spec.ts checks every built page, cards included.

test('the quick-refresh page lists every card in order', async ({ page }) => {
  await page.goto('/refresh/');
  const links = page
    .getByRole('region', { name: '速查卡' })
    .getByRole('listitem')
    .getByRole('link');
  await expect(links).toHaveCount(cards.length);
  for (const [index, card] of cards.entries()) {
    await expect(links.nth(index)).toHaveAttribute('href', `/refresh/${card.id}/`);
    await expect(links.nth(index)).toContainText(card.title);
  }
});

for (const card of cards) {
  test(`card ${card.id} renders, every section link lands on a heading of its lesson, and it prints on one A4 page`, async ({
    page,
  }) => {
    await page.goto(`/refresh/${card.id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(card.title);
    const lessonLink = page.getByRole('link', { name: /^回到课程：/ });
    await expect(lessonLink).toHaveAttribute('href', `/lessons/${card.lesson}/`);
    const anchors = await page
      .locator('a.pb-more')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(anchors.length).toBeGreaterThan(0);
    // The lesson as built: each anchor names one h2 of it (the site is static: what is built is served).
    const lesson = readFileSync(`dist/lessons/${card.lesson}/index.html`, 'utf8');
    for (const href of anchors) {
      const [path, id] = href.split('#');
      expect(path).toBe(`/lessons/${card.lesson}/`);
      expect(lesson.match(new RegExp(`<h2[^>]* id="${id}"`, 'g')) ?? [], href).toHaveLength(1);
    }

    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBe(1);
  });
}

test('the lesson and the card show the same competitor table (one source)', async ({ page }) => {
  const tableText = () => page.locator('table.pb-table tbody').first().innerText();
  await page.goto('/refresh/competitors/');
  const onCard = await tableText();
  await page.goto('/lessons/intelligence/');
  await expect(page.locator('section:has(#competitor-types) table caption')).toHaveText(
    '竞争对手与目标客户的关系类型',
  );
  expect(await tableText()).toBe(onCard);
  expect(onCard).toContain('新更换型');
});

test('a card offers a five-question self-test from its lesson, drawn, scored and kept', async ({
  page,
}) => {
  const card = cards.find((item) => item.id === 'contract') ?? cards[0]!;
  const key = bank(card.lesson);
  await page.goto(`/refresh/${card.id}/`);
  await expect(page.getByRole('heading', { name: '五题自测' })).toBeVisible();
  await hydrated(page, 'QuizTest');
  const ids = await shownIds(page);
  expect(ids).toHaveLength(5);
  for (const id of ids) expect(key.has(id), `${id} comes from the ${card.lesson} bank`).toBe(true);
  for (const id of ids) await answer(page, `card-${card.id}`, key.get(id)!, true);
  await page.getByRole('button', { name: '交卷' }).click();
  await expect(page.locator('.quiz-score h2')).toHaveText('得分 100%，答对 5/5 题');
  await page.reload();
  await hydrated(page, 'QuizTest');
  await expect(page.locator('.quiz-score h2')).toHaveText('得分 100%，答对 5/5 题');
});
