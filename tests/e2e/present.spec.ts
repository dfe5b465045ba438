/**
 * Workshop presenter mode (issue 6): the trainer's console and the audience window, as two pages
 * of one browser context (two windows of the trainer's browser).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { type BrowserContext, type Page } from '@playwright/test';
import { expect, test } from './support/test';
import { expectAxeClean } from './support/axe';
import { hydrated } from './support/site';
import { QuizBankSchema } from '../../src/schemas/quiz';
import { apply, initialSession, type Deck } from '../../src/lib/workshop/session';
import { audienceView } from '../../src/lib/workshop/audience';
import { seedStorage } from './support/storage';

const AT = '2026-11-29T08:00:00.000Z';

const SCENARIO = 'competitor-types';
const CONSOLE = `/workshop/present/${SCENARIO}/`;
const AUDIENCE = '/workshop/audience/';

/** Every trainer note and prompt in the scenario file. */
function trainerTexts(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => trainerTexts(v, out));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, v] of Object.entries(value)) {
      if (key !== 'facilitator') trainerTexts(v, out);
      else
        out.push(
          ...[
            (v as { notes?: string }).notes ?? [],
            ...((v as { prompts?: string[] }).prompts ?? []),
          ].flat(),
        );
    }
  }
  return out;
}
const SECRETS = trainerTexts(parse(readFileSync(`content/scenarios/${SCENARIO}.yaml`, 'utf8')));

async function openConsole(context: BrowserContext, path = CONSOLE): Promise<Page> {
  const page = await context.newPage();
  await page.goto(path);
  await hydrated(page, 'PresenterConsole');
  await expect(page.locator('.console[data-ready]')).toBeVisible();
  return page;
}

async function openAudience(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(AUDIENCE);
  await hydrated(page, 'Audience');
  return page;
}

const screenTitle = (page: Page) => page.locator('.console-screen .aud-title');
const audienceTitle = (page: Page) => page.locator('.audience h1');
const status = (page: Page) => page.getByTestId('console-status');
const vote = (page: Page, letter: string) =>
  page.locator('.console-votes').getByLabel(new RegExp(`^${letter}\\. `));

/** The letter the console gives option `id` now (the order is drawn from the session's seed). */
async function letterOf(page: Page, id: string): Promise<string> {
  const text = await page.locator(`#console-pick option[value="${id}"]`).textContent();
  return (text ?? '').slice(0, 1);
}
/** The letter of the expert's choice on the console's expert panel (「专家选择：B. …」). */
async function expertLetter(page: Page): Promise<string> {
  const text = (await page.locator('.console-expert h2').textContent()) ?? '';
  return /：([A-Z])\./.exec(text)?.[1] ?? '';
}

async function expectNoSecrets(audience: Page): Promise<void> {
  const text = (await audience.locator('body').textContent()) ?? '';
  for (const secret of SECRETS)
    expect(text, 'trainer notes never reach the projector').not.toContain(secret);
}

async function chooseCase(page: Page, id: string): Promise<void> {
  await page.getByLabel('案例', { exact: true }).selectOption(id);
  await expect(screenTitle(page)).toContainText('新客户');
}

test('the audience follows next, reveal and hide; votes appear only after reveal; notes stay on the console', async ({
  context,
}) => {
  const trainer = await openConsole(context);
  const room = await openAudience(context);
  // Opened after the console started: shows the current step at once.
  await expect(audienceTitle(room)).toHaveText((await screenTitle(trainer).textContent()) ?? '');
  await expect(trainer.getByTestId('facilitator-note').first()).toContainText(
    SECRETS.find((s) => s.includes('开场先让学员'))!,
  );
  await expectNoSecrets(room);

  await trainer.getByRole('button', { name: '下一步' }).click();
  await expect(audienceTitle(room)).toHaveText('下判断之前');
  await expect(room.locator('.aud-options li')).toHaveCount(3);
  // Seven hands for the expert's choice, two for the probing call, wherever they are shown.
  const best = await expertLetter(trainer);
  const probe = await letterOf(trainer, 'probe-by-criticising');
  expect(best).toBe(await letterOf(trainer, 'ask-insiders'));
  await vote(trainer, best).fill('7');
  await vote(trainer, probe).fill('2');
  await expect(trainer.locator('.console-votes')).toContainText('共 9 票');
  await expect(trainer.getByTestId('preview')).not.toContainText('7 票');
  await expect(room.locator('.aud-count')).toHaveCount(0);
  await expect(room.locator('body')).not.toContainText('专家选择');
  await expect(room.locator('body')).not.toContainText('点评');

  await trainer.getByRole('button', { name: '公布结果' }).click();
  const at = (letter: string) => room.locator('.aud-options li').nth(letter.charCodeAt(0) - 65);
  await expect(at(best)).toContainText('7 票 · 78%');
  await expect(at(best)).toContainText('专家选择');
  await expect(at(best)).toContainText('全场选择');
  await expect(at(probe)).toContainText('2 票 · 22%');
  await expect(room.locator('.aud-total')).toHaveText('共 9 票');
  await expect(room.locator('.aud-feedback')).toContainText('多问了一圈');
  await expect(trainer.getByTestId('preview')).toContainText('7 票 · 78%');
  await expectNoSecrets(room);

  await trainer.getByRole('button', { name: '投影黑屏' }).click();
  await expect(room.locator('.audience')).toHaveAttribute('data-kind', 'hidden');
  await expect(room.locator('.audience')).not.toContainText('下判断之前');
  await expect(room.locator('.audience')).toContainText('请看这边');
  await trainer.getByRole('button', { name: '恢复投影' }).click();
  await expect(audienceTitle(room)).toHaveText('下判断之前');
  // Choice-level trainer notes show on the console while that decision is up.
  await expect(trainer.locator('.console-notes')).toContainText('美菱通');
  await expectNoSecrets(room);
});

test('the room votes a whole scenario to an ending, shown on both windows', async ({ context }) => {
  const trainer = await openConsole(context);
  const room = await openAudience(context);
  // The room votes for the expert's choice each time, wherever it is shown.
  for (
    let screen = 0;
    screen < 16 && (await trainer.locator('.console-screen .aud-ending').count()) === 0;
    screen += 1
  ) {
    const title = (await screenTitle(trainer).textContent()) ?? '';
    if ((await trainer.locator('.console-votes').count()) > 0)
      await vote(trainer, await expertLetter(trainer)).fill('5');
    await trainer.getByRole('button', { name: '下一步' }).click();
    await expect(screenTitle(trainer)).not.toHaveText(title);
    await expectNoSecrets(room);
  }
  const ending = (await screenTitle(trainer).textContent()) ?? '';
  await expect(trainer.locator('.console-screen .aud-outcome')).toContainText('结局');
  await expect(audienceTitle(room)).toHaveText(ending);
  await expect(room.locator('.aud-outcome')).toHaveText(
    (await trainer.locator('.console-screen .aud-outcome').textContent()) ?? '',
  );
  await trainer.getByRole('button', { name: '下一步' }).click();
  await expect(status(trainer)).toContainText('已经是最后一步');
});

test('a tie asks for the trainer’s pick; team scores add up over decisions', async ({
  context,
}) => {
  const trainer = await openConsole(context);
  const room = await openAudience(context);
  await chooseCase(trainer, 'bank-veteran');
  await trainer.getByRole('button', { name: '下一步' }).click();
  await vote(trainer, 'A').fill('4');
  await vote(trainer, 'B').fill('4');
  await trainer.getByRole('button', { name: '下一步' }).click();
  await expect(status(trainer)).toContainText('票数打平');
  await expect(screenTitle(trainer)).toHaveText('下判断之前');
  await expect(audienceTitle(room)).toHaveText('下判断之前');
  await trainer.getByLabel('培训师指定（优先于全场投票）').selectOption('judge-now');
  await expect(status(trainer)).toContainText(`将走选项 ${await letterOf(trainer, 'judge-now')}`);
  await trainer.getByLabel('培训师指定（优先于全场投票）').selectOption('');
  await trainer.getByRole('button', { name: '上一步' }).click();

  // Teams: each votes once per decision and scores that option's competency points.
  for (const name of ['一组', '二组']) {
    await trainer.getByLabel('新小组名称').fill(name);
    await trainer.getByRole('button', { name: '添加小组' }).click();
  }
  await trainer.getByRole('button', { name: '下一步' }).click();
  await expect(screenTitle(trainer)).toHaveText('下判断之前');
  await trainer.locator('.console-votes').getByLabel('一组').selectOption('ask-insiders'); // 信息收集 +2
  await trainer.locator('.console-votes').getByLabel('二组').selectOption('probe-by-criticising'); // −1
  await trainer.getByRole('button', { name: '下一步' }).click();
  await expect(status(trainer)).toContainText('票数打平');
  await trainer.locator('.console-votes').getByLabel('二组').selectOption('ask-insiders');
  await expect(status(trainer)).toContainText(
    `将走选项 ${await letterOf(trainer, 'ask-insiders')}`,
  );
  await trainer.locator('.console-votes').getByLabel('二组').selectOption('probe-by-criticising');
  await trainer.getByLabel('培训师指定（优先于全场投票）').selectOption('ask-insiders');
  await trainer.getByRole('button', { name: '下一步' }).click();
  await expect(screenTitle(trainer)).toHaveText('判断关系类型');
  const score = (team: string) => trainer.locator(`.console-score[data-team="${team}"]`);
  await expect(score('一组')).toHaveText('2 分');
  await expect(score('二组')).toHaveText('-1 分');
  // Bank veteran is a long-term incumbent: 长期合作型 scores +3, 差旅负责人关系型 nothing.
  await trainer.locator('.console-votes').getByLabel('一组').selectOption('long-term');
  await trainer.locator('.console-votes').getByLabel('二组').selectOption('travel-manager');
  await trainer.getByRole('button', { name: '公布结果' }).click();
  const longTerm = await letterOf(trainer, 'long-term');
  const index = longTerm.charCodeAt(0) - 65;
  await expect(room.locator('.aud-options li').nth(index)).toContainText('1 票 · 50%');
  // The number key of the letter shown picks that option.
  await trainer.keyboard.press(String(index + 1));
  await expect(status(trainer)).toContainText(`将走选项 ${longTerm}`);
  await trainer.getByRole('button', { name: '下一步' }).click();
  await expect(score('一组')).toHaveText('5 分');
  await expect(score('二组')).toHaveText('-1 分');
  // Taking the decision back takes its points back.
  await trainer.getByRole('button', { name: '上一步' }).click();
  await expect(score('一组')).toHaveText('2 分');
});

test('a console reload keeps the session; an audience opened late shows the current step', async ({
  context,
}) => {
  const trainer = await openConsole(context);
  await trainer.getByRole('button', { name: '下一步' }).click();
  await vote(trainer, 'B').fill('6');
  await trainer.getByRole('button', { name: '公布结果' }).click();
  await trainer.reload();
  await hydrated(trainer, 'PresenterConsole');
  await expect(screenTitle(trainer)).toHaveText('下判断之前');
  await expect(vote(trainer, 'B')).toHaveValue('6');
  await expect(trainer.getByRole('button', { name: '收起结果' })).toBeVisible();
  const room = await openAudience(context);
  await expect(audienceTitle(room)).toHaveText('下判断之前');
  await expect(room.locator('.aud-options li').nth(1)).toContainText('6 票 · 100%');
  // The audience reloaded keeps showing the current step too.
  await room.reload();
  await expect(audienceTitle(room)).toHaveText('下判断之前');
});

test('a corrupt stored session is recovered with a notice, and the console still starts', async ({
  context,
}) => {
  await seedStorage(context, { 'tmc:workshop-session': '{"v":1,"teams":"everyone"' });
  const trainer = await openConsole(context);
  await expect(
    trainer.getByRole('status').getByText('保存的学习记录有一部分无法读取'),
  ).toBeVisible();
  await expect(screenTitle(trainer)).toContainText('新客户');
  expect(await trainer.evaluate(() => localStorage.getItem('tmc:workshop-session:backup'))).toBe(
    '{"v":1,"teams":"everyone"',
  );
});

test.describe('without BroadcastChannel', () => {
  test.beforeEach(async ({ context }) => {
    await context.addInitScript(() => {
      delete (window as { BroadcastChannel?: unknown }).BroadcastChannel;
    });
  });

  test('the audience still follows through the storage event', async ({ context }) => {
    const trainer = await openConsole(context);
    const room = await openAudience(context);
    expect(await room.evaluate(() => 'BroadcastChannel' in window)).toBe(false);
    await trainer.getByRole('button', { name: '下一步' }).click();
    await expect(audienceTitle(room)).toHaveText('下判断之前');
    await trainer.getByRole('button', { name: '投影黑屏' }).click();
    await expect(room.locator('.audience')).toHaveAttribute('data-kind', 'hidden');
  });
});

test('keyboard shortcuts drive the console, but not while typing in a field', async ({
  context,
}) => {
  const trainer = await openConsole(context);
  const room = await openAudience(context);
  await trainer.bringToFront();
  await expect(trainer.locator('.console-keys')).toContainText('→ 或 N：下一步');
  await trainer.keyboard.press('ArrowRight');
  await expect(audienceTitle(room)).toHaveText('下判断之前');
  await vote(trainer, 'A').fill('3');
  await vote(trainer, 'A').press('n');
  await vote(trainer, 'A').press('ArrowLeft');
  await expect(screenTitle(trainer)).toHaveText('下判断之前');
  await trainer.locator('h1').click();
  await trainer.keyboard.press('r');
  await expect(room.locator('.aud-count').first()).toHaveText('3 票 · 100%');
  await trainer.keyboard.press('h');
  await expect(room.locator('.audience')).toHaveAttribute('data-kind', 'hidden');
  await trainer.keyboard.press('h');
  await expect(room.locator('.audience')).toHaveAttribute('data-kind', 'step');
  await trainer.keyboard.press('2');
  await expect(status(trainer)).toContainText('将走选项 B');
  await trainer.keyboard.press('0');
  await expect(status(trainer)).toContainText('将走选项 A');
  // The countdown shows while the room votes, i.e. before reveal.
  await trainer.keyboard.press('r');
  await expect(room.locator('.aud-count')).toHaveCount(0);
  await expect(room.locator('.aud-timer')).toHaveCount(0);
  await trainer.keyboard.press('t');
  await expect(room.locator('.aud-timer')).toContainText(/剩余 \d+ 秒/);
  await trainer.keyboard.press('t');
  await expect(room.locator('.aud-timer')).toHaveCount(0);
  await trainer.keyboard.press('n');
  await expect(audienceTitle(room)).toHaveText('判断关系类型');
  await trainer.keyboard.press('b');
  await expect(audienceTitle(room)).toHaveText('下判断之前');
  // Restarting a room mid-way asks first: one press arms, another action disarms, two restart.
  await trainer.keyboard.press('Shift+R');
  await expect(status(trainer)).toContainText('要从头再来吗？');
  await expect(trainer.getByRole('button', { name: '确定重新开始' })).toBeVisible();
  await expect(audienceTitle(room)).toHaveText('下判断之前');
  await trainer.keyboard.press('h');
  await expect(status(trainer)).not.toContainText('要从头再来吗？');
  await trainer.keyboard.press('h');
  await trainer.keyboard.press('Shift+R');
  await expect(audienceTitle(room)).toHaveText('下判断之前');
  await trainer.getByRole('button', { name: '确定重新开始' }).click();
  await expect(audienceTitle(room)).toContainText('新客户');
  // A presentation nobody has moved restarts at once.
  await trainer.keyboard.press('Shift+R');
  await expect(status(trainer)).not.toContainText('要从头再来吗？');
  await expect(audienceTitle(room)).toContainText('新客户');
  const popup = trainer.waitForEvent('popup');
  await trainer.keyboard.press('o');
  const opened = await popup;
  await expect(opened).toHaveURL(/\/workshop\/audience\/$/);
  await hydrated(opened, 'Audience');
  await expect(audienceTitle(opened)).toContainText('新客户');
});

test('the quiz presenter shows one question at a time and marks the right answer after reveal', async ({
  context,
}) => {
  const trainer = await openConsole(context, '/workshop/present/quiz/contract/');
  const room = await openAudience(context);
  await expect(room.locator('.aud-item')).toContainText('第 1 / ');
  const options = room.locator('.aud-options li');
  if ((await options.count()) > 0) {
    await expect(room.locator('body')).not.toContainText('正确答案');
    await trainer.getByRole('button', { name: '公布结果' }).click();
    await expect(room.locator('.aud-options li.is-expert').first()).toContainText('正确答案');
  }
  await trainer.getByRole('button', { name: '下一步' }).click();
  await expect(room.locator('.aud-item')).toContainText('第 2 / ');
});

test('a question bank on the projector shows the options in the order its session seed draws, with the console’s letters', async ({
  context,
}) => {
  // Where the seed's order puts the right answer, over every bank and many seeds, is unit-tested
  // (tests/unit/lib/workshop/audience-content.test.ts: never at A for most questions); here, that
  // the two windows show exactly that order for the seed the console drew.
  await context.addInitScript(() => {
    Math.random = () => 0.421;
  });
  const trainer = await openConsole(context, '/workshop/present/quiz/contract/');
  const room = await openAudience(context);
  const stored = await trainer.evaluate(() => localStorage.getItem('tmc:workshop-session'));
  const seed = (JSON.parse(stored!) as { current: { seed: number } }).current.seed;
  const bank = QuizBankSchema.parse(parse(readFileSync('content/quizzes/contract.yaml', 'utf8')));
  const deck: Deck = { kind: 'quiz', lesson: bank.lesson, title: '', questions: bank.questions };
  let session = apply(deck, initialSession(), { type: 'start', seed, at: AT }).session;
  let checked = 0;
  for (let i = 0; checked < 3 && i < bank.questions.length; i += 1) {
    session = apply(deck, session, { type: 'reveal', on: true }).session;
    const expected = audienceView(deck, session, { true: '对', false: '错' });
    session = apply(deck, session, { type: 'next', at: AT }).session;
    const item = (await room.locator('.aud-item').textContent()) ?? '';
    if (expected.kind === 'step' && expected.options.length > 0) {
      await trainer.getByRole('button', { name: '公布结果' }).click();
      await expect(room.locator('.aud-options li.is-expert').first()).toBeVisible();
      const shown = await room.locator('.aud-options li').evaluateAll((lis) =>
        lis.map((li) => ({
          text: li.textContent ?? '',
          expert: li.classList.contains('is-expert'),
        })),
      );
      expect(shown.map((o) => o.expert)).toEqual(expected.options.map((o) => o.expert === true));
      shown.forEach((o, k) => expect(o.text).toContain(expected.options[k]!.label));
      // Console letters are the room's letters.
      const right = (await trainer.locator('.console-expert h2').textContent()) ?? '';
      expect(right).toContain(expected.options.find((o) => o.expert)!.letter);
      checked += 1;
    }
    await trainer.getByRole('button', { name: '下一步' }).click();
    await expect(room.locator('.aud-item')).not.toHaveText(item);
  }
  expect(checked).toBe(3);
});

test('axe finds no violations on the console and the audience in live states, light and dark', async ({
  context,
}) => {
  const trainer = await openConsole(context);
  const room = await openAudience(context);
  const scan = (page: Page, state: string) =>
    expectAxeClean(page, state, { themes: ['light', 'dark'] });
  await scan(room, 'audience, first step');
  await trainer.getByRole('button', { name: '下一步' }).click();
  for (const name of ['一组']) {
    await trainer.getByLabel('新小组名称').fill(name);
    await trainer.getByRole('button', { name: '添加小组' }).click();
  }
  await trainer.locator('.console-votes').getByLabel('一组').selectOption('ask-insiders');
  await trainer.keyboard.press('t');
  await scan(trainer, 'console, decision with a team vote and the timer');
  await trainer.getByRole('button', { name: '公布结果' }).click();
  await expect(room.locator('.aud-count').first()).toBeVisible();
  await scan(room, 'audience, revealed');
  await scan(trainer, 'console, revealed');
  await trainer.getByRole('button', { name: '投影黑屏' }).click();
  await expect(room.locator('.audience')).toHaveAttribute('data-kind', 'hidden');
  await scan(room, 'audience, hidden');
});
