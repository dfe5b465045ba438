import { writeFileSync } from 'node:fs';
import { type Browser } from '@playwright/test';
import { expect, test } from './support/test';
import { expectAxeClean as axe } from './support/axe';
import { hydrated } from './support/site';
import { finishScenario } from './support/scenario';
import { answer, bank, shownIds } from './support/quiz';
import { encodeResult, joinTeam, type Catalog } from '../../src/lib/workshop/result-code';

const TEST = '/lessons/contract/test/';

/** A learner in their own browser context takes the contract test, getting `wrong` questions wrong, and shows a code. */
async function learnerCode(
  browser: Browser,
  name: string,
  wrong: number[],
  team = '',
): Promise<{ code: string; missed: string[]; missedIds: string[] }> {
  const context = await browser.newContext();
  // The room sits the same draw (same seed), as in a session where everyone takes one test together.
  await context.addInitScript(() => {
    if (localStorage.getItem('tmc:quiz-attempts') === null)
      localStorage.setItem(
        'tmc:quiz-attempts',
        JSON.stringify({ v: 1, tests: { contract: { seed: 42, attempts: [] } } }),
      );
  });
  const page = await context.newPage();
  const key = bank('contract');
  await page.goto(TEST);
  await hydrated(page, 'QuizTest');
  const ids = await shownIds(page);
  for (const [i, id] of ids.entries())
    await answer(page, 'contract', key.get(id)!, !wrong.includes(i));
  await page.getByRole('button', { name: '交卷' }).click();
  await hydrated(page, 'ResultCode');
  await page.getByLabel('名字或昵称').fill(name);
  if (team !== '') await page.getByLabel('队名（分组练习时填，可不填）').fill(team);
  await page.getByRole('button', { name: '生成结果码' }).click();
  const code = (await page.getByTestId('result-code').textContent()) ?? '';
  expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{1,4})+$/);
  await context.close();
  return {
    code,
    missed: wrong.map((i) => key.get(ids[i]!)!.prompt),
    missedIds: wrong.map((i) => ids[i]!),
  };
}

test('codes from two learners fill the roster: distribution, most-missed, names as text, mangled codes refused', async ({
  browser,
  page,
}) => {
  const a = await learnerCode(browser, '<b>小王</b>', [0, 1]);
  const b = await learnerCode(browser, '李娜', [0]);

  await page.goto('/workshop/roster/');
  await hydrated(page, 'Roster');
  await page.getByLabel('本场内容').selectOption({ label: '第 5 课测验：合约中注意的问题' });
  // A mangled code: one character changed.
  const mangled = b.code.slice(0, 6) + (b.code[6] === 'A' ? 'B' : 'A') + b.code.slice(7);
  await page
    .getByLabel('结果码（每行一个，可直接粘贴多行）')
    .fill(`${a.code}\n${b.code.toLowerCase()}\n${mangled}`);
  await page.getByRole('button', { name: '加入成绩表' }).click();
  const status = page.locator('.roster-messages');
  await expect(status).toContainText('已加入 2 个结果码。');
  await expect(status).toContainText(
    '第 3 行未加入：结果码校验未通过：有字符抄错或被改动过，请让学员重新念一遍或直接复制。',
  );
  await expect(page.getByTestId('roster-count')).toHaveText('已收 2 人；平均分 82，中位数 82');
  await expect(page.getByTestId('roster-bands').locator('tbody tr').nth(2)).toContainText('1 人'); // 75 (6/8)
  await expect(page.getByTestId('roster-bands').locator('tbody tr').nth(3)).toContainText('1 人'); // 88 (7/8)
  // The histogram: one column each for 70–79 and 80–89, the others empty, the pass mark at 80.
  const hist = page.getByRole('img', { name: '分数分布（竖线是 80 分及格线）' });
  await expect(hist.locator('.hist-bar[data-count="1"]')).toHaveCount(2);
  await expect(hist.locator('.hist-bar[data-count="0"]')).toHaveCount(3);
  await expect(hist.locator('.hist-pass')).toContainText('及格 80');
  const missed = page.getByTestId('roster-missed').locator('li');
  await expect(missed.first()).toContainText('2/2 人做错');
  await expect(missed.locator('svg.miss-bar')).toHaveCount(2);
  await expect(missed.first()).toContainText(a.missed[0]!.replace(/\s+/g, ' ').trim().slice(0, 20));
  await expect(missed).toHaveCount(2);
  // Each row points to the lesson section its question tests, to discuss it there.
  const section = bank('contract').get(a.missedIds[0]!)!.section!;
  const discuss = missed.first().locator('.roster-discuss a');
  await expect(discuss).toHaveAttribute('href', `/lessons/contract/#${section}`);
  await expect(discuss).toContainText('合约中注意的问题 · ');
  expect(await (await page.request.get('/lessons/contract/')).text()).toContain(`id="${section}"`);
  // The name is text, never markup.
  // A "/" in a nickname is shown as "／": "/" separates the team from the nickname in a code.
  await expect(page.locator('.roster-name').first()).toHaveText('<b>小王<／b>');
  await expect(page.locator('.roster b')).toHaveCount(0);
  await axe(page, 'roster filled', { include: 'main', themes: ['light', 'dark'] });

  // A code of another item is refused with its message; data survives a reload.
  await page.getByLabel('本场内容').selectOption({ label: '综合考试' });
  await page.getByLabel('结果码（每行一个，可直接粘贴多行）').fill(a.code);
  await page.getByRole('button', { name: '加入成绩表' }).click();
  await expect(status).toContainText(
    '第 1 行未加入：这个结果码属于另一项练习，不是本场所选的「综合考试」，未计入。',
  );
  await page.getByLabel('本场内容').selectOption({ label: '第 5 课测验：合约中注意的问题' });
  await page.getByLabel('结果码（每行一个，可直接粘贴多行）').fill(`${a.code}\n${b.code}`);
  await page.getByRole('button', { name: '加入成绩表' }).click();
  await page.reload();
  await hydrated(page, 'Roster');
  await expect(page.getByTestId('roster-count')).toHaveText('已收 2 人；平均分 82，中位数 82');

  // CSV export: one row per learner.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 CSV' }).click();
  const file = await (await download).createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of file) chunks.push(chunk as Buffer);
  const csv = Buffer.concat(chunks).toString('utf8').trim().split('\r\n');
  expect(csv).toHaveLength(3);
  expect(csv[2]).toMatch(/^李娜,88,/);
});

test('the roster hands back codes over its cap, refuses forged codes and shows learners who share a name', async ({
  page,
}) => {
  test.slow();
  const keys = [...bank('contract').keys()];
  const catalog: Catalog = { item: 'test:contract', keys };
  const code = (name: string, right: number) =>
    encodeResult(catalog, {
      name,
      percent: Math.round((right / 8) * 100),
      results: keys.slice(0, 8).map((key, i) => ({ key, ok: i < right })),
    });
  await page.goto('/workshop/roster/');
  await hydrated(page, 'Roster');
  await page.getByLabel('本场内容').selectOption({ label: '第 5 课测验：合约中注意的问题' });
  const box = page.getByLabel('结果码（每行一个，可直接粘贴多行）');
  const status = page.locator('.roster-messages');

  const many = Array.from({ length: 250 }, (_, i) => code(`学员${i + 1}`, i % 9));
  await box.fill(many.join('\n'));
  await page.getByRole('button', { name: '加入成绩表' }).click();
  await expect(status).toContainText('已加入 200 个结果码。');
  await expect(status).toContainText('还有 50 个没有加入，已留在输入框里');
  await expect(box).toHaveValue(many.slice(200).join('\n'));
  await expect(page.getByTestId('roster-count')).toContainText('已收 200 人');

  // Clearing a room asks first, with keeping focused: a slip of the hand loses nothing.
  await page.getByRole('button', { name: '清空本场' }).click();
  const ask = page.getByRole('group', { name: /本场的 200 个结果码会从这台电脑上删掉/ });
  await expect(ask.getByRole('button', { name: '先不清空' })).toBeFocused();
  await axe(page, 'asked before clearing', { include: '.roster-actions' });
  await page.keyboard.press('Enter');
  await expect(ask).toHaveCount(0);
  await expect(page.getByRole('button', { name: '清空本场' })).toBeFocused();
  await expect(page.getByTestId('roster-count')).toContainText('已收 200 人');
  await page.reload();
  await hydrated(page, 'Roster');
  await expect(page.getByTestId('roster-count')).toContainText('已收 200 人');
  await page.getByRole('button', { name: '清空本场' }).click();
  await page.getByRole('button', { name: '确定清空' }).click();
  await expect(page.getByText('还没有结果码。')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /本场小结/ })).toBeFocused();
  await page.reload();
  await hydrated(page, 'Roster');
  await expect(page.getByTestId('roster-count')).toHaveCount(0);
  const forged = [
    encodeResult(catalog, { name: '空卷', percent: 100, results: [] }),
    encodeResult(catalog, {
      name: '全错',
      percent: 100,
      results: keys.slice(0, 8).map((key) => ({ key, ok: false })),
    }),
    encodeResult(catalog, {
      name: '刷题',
      percent: 0,
      results: Array.from({ length: 200 }, () => ({ key: keys[0]!, ok: false })),
    }),
  ];
  await box.fill([...forged, code('王伟', 4), code('王伟', 8)].join('\n'));
  await page.getByRole('button', { name: '加入成绩表' }).click();
  for (const line of [1, 2, 3])
    await expect(status).toContainText(`第 ${line} 行未加入：这个结果码内容不合常理`);
  await expect(status).toContainText('已加入 2 个结果码。');
  await expect(page.getByTestId('roster-count')).toHaveText('已收 1 人；平均分 100，中位数 100');
  await expect(page.getByTestId('roster-same-name')).toContainText('「王伟」交了 2 个结果码');
  await expect(page.getByText('未计入（同名，只算最后一份）')).toHaveCount(1);
  await page.getByRole('button', { name: '算作不同的人' }).click();
  await expect(page.getByTestId('roster-count')).toHaveText('已收 2 人；平均分 75，中位数 75');
  await expect(page.getByText('未计入（同名，只算最后一份）')).toHaveCount(0);
});

test('a full room prints as a one-page session summary without its controls, charts included', async ({
  browser,
  page,
}) => {
  // The largest summary a session makes: thirty learners, three teams and some with none, every
  // question missed by someone (eight most-missed rows). Twenty-nine codes are made as a learner's
  // page makes them; one comes from a learner who types a team name on the page.
  const keys = [...bank('contract').keys()];
  const catalog: Catalog = { item: 'test:contract', keys };
  const names =
    '王伟 李娜 张敏 刘洋 陈静 杨帆 赵磊 黄丽 周杰 吴芳 徐强 孙悦 马超 朱琳 胡斌 郭婷 何亮 高雪 林峰 罗佳 郑凯 梁爽 谢晨 宋雨 唐宁 韩冰 冯涛 邓欣 曹阳'.split(
      ' ',
    );
  const teams = ['华东组', '华南组', '华北组'];
  const codes = names.map((name, i) => {
    const wrong = i % 9;
    return encodeResult(catalog, {
      name: i < 26 ? joinTeam(teams[i % 3]!, name) : name,
      percent: Math.round(((8 - wrong) / 8) * 100),
      results: keys.slice(0, 8).map((key, j) => ({ key, ok: j >= wrong })),
    });
  });
  codes.push((await learnerCode(browser, '丙', [2], '华南组')).code);
  await page.goto('/workshop/roster/');
  await hydrated(page, 'Roster');
  await page.getByLabel('本场内容').selectOption({ label: '第 5 课测验：合约中注意的问题' });
  await page.getByLabel('结果码（每行一个，可直接粘贴多行）').fill(codes.join('\n'));
  await page.getByRole('button', { name: '加入成绩表' }).click();
  await expect(page.getByTestId('roster-count')).toContainText('已收 30 人');
  await expect(page.locator('.roster-name').last()).toHaveText('华南组/丙');
  await expect(page.getByTestId('roster-teams').locator('tbody tr')).toHaveCount(4);
  await expect(page.getByTestId('roster-missed').locator('li')).toHaveCount(8);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-chart="teams"]')).toBeVisible();
  await expect(page.locator('.roster-hist svg')).toBeVisible();
  await expect(page.getByRole('button', { name: '导出 CSV' })).toBeHidden();
  await expect(page.getByLabel('结果码（每行一个，可直接粘贴多行）')).toBeHidden();
  const pdf = await page.pdf({ format: 'A4' });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  if (process.env['ROSTER_PDF']) writeFileSync(process.env['ROSTER_PDF'], pdf);
  expect(pages).toHaveLength(1);
});

test('a scenario result gives a code the roster accepts for that scenario', async ({
  page,
  context,
}) => {
  await finishScenario(page, 'client-selection');
  await page.goto('/scenarios/client-selection/debrief/');
  await hydrated(page, 'ResultCode');
  await page.getByLabel('名字或昵称').fill('赵六');
  await page.getByRole('button', { name: '生成结果码' }).click();
  const code = (await page.getByTestId('result-code').textContent()) ?? '';
  const trainer = await context.newPage();
  await trainer.goto('/workshop/roster/');
  await hydrated(trainer, 'Roster');
  await trainer.getByLabel('本场内容').selectOption('scenario:client-selection');
  await trainer.getByLabel('结果码（每行一个，可直接粘贴多行）').fill(code);
  await trainer.getByRole('button', { name: '加入成绩表' }).click();
  await expect(trainer.getByTestId('roster-count')).toContainText('已收 1 人');
  await expect(trainer.locator('.roster-name')).toHaveText('赵六');
  // The room's competencies, recomputed from the code's decisions: one row per competency of the
  // scenario, the learner's points against the maximum (clickToEnding takes the first option).
  // Every decision the room got wrong points to the lesson section its rationale cites.
  const missedRows = trainer.getByTestId('roster-missed').locator('li');
  expect(await missedRows.count()).toBeGreaterThan(0);
  for (const href of await missedRows
    .locator('.roster-discuss a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href'))))
    expect(href).toMatch(/^\/lessons\/[a-z0-9-]+\/#[a-z0-9-]+$/);
  await expect(missedRows.locator('.roster-discuss a')).toHaveCount(await missedRows.count());
  const comp = trainer.getByTestId('roster-competencies').locator('tbody tr');
  await expect(comp).toHaveCount(2);
  await expect(comp.first().locator('th')).toHaveText('选定客户');
  await expect(trainer.locator('[data-chart="competencies"] rect.bar-track')).toHaveCount(2);
  await axe(trainer, 'competency averages', {
    include: '.roster-competencies',
    themes: ['light', 'dark'],
  });
  await trainer.emulateMedia({ colorScheme: 'light' });
  await trainer.emulateMedia({ media: 'print' });
  await expect(trainer.locator('[data-chart="competencies"]')).toBeVisible();
  const pdf = await trainer.pdf({ format: 'A4' });
  expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).toHaveLength(1);
});

test('the workshop area shows a session in five steps and both agendas with working links', async ({
  page,
  request,
}) => {
  await page.goto('/workshop/');
  await expect(page.getByText('即将上线')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: '一场课怎么开（五步）' })).toBeVisible();
  await expect(page.locator('.workshop-steps li')).toHaveCount(5);
  await expect(page.getByRole('heading', { name: /^90 分钟/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^半天/ })).toBeVisible();
  const hrefs = await page
    .locator('.workshop-uses a')
    .evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href') ?? ''))]);
  expect(hrefs).toContain('/workshop/roster/');
  // Agendas send the trainer to the presenter console and the printed decision cards, not the learner player.
  expect(hrefs).toContain('/workshop/present/client-selection/');
  expect(hrefs).toContain('/workshop/cards/contract-review/');
  expect(hrefs.filter((h) => h.startsWith('/scenarios/'))).toEqual([]);
  for (const href of hrefs) expect((await request.get(href)).status(), href).toBe(200);
  // axe and the 360 px pass on this page: pages.spec.
});
