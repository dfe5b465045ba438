/**
 * The SCORM packages in an LMS: each zip is unzipped under a deep sub-path of a fake LMS origin
 * (served by request routing, like Moodle's `pluginfile.php/…/mod_scorm/content/1/`) and launched
 * by a player page that plays the LMS with scorm-again. The player adds the strict SCORM 1.2 limits
 * scorm-again does not enforce (4,096-character suspend_data, CMIIdentifier ids, response formats).
 * A learner reads, tests, plays, leaves, and relaunches in a fresh browser (nothing in
 * localStorage), which must resume from what the LMS kept.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { Browser, BrowserContext, Frame, Page } from '@playwright/test';
import { expect, test } from './support/test';
import { answer, bank, shownIds } from './support/quiz';
import { clickToEnding } from './support/scenario';
import { randomUUID } from 'node:crypto';
import { SESSION_ID, startLrs, type Statement } from './support/lrs';

const ORIGIN = 'http://lms.test';
const RETURN_PATH = '/course/view.php';
const DEEP = '/pluginfile.php/42/mod_scorm/content/1/';
const OUT = 'test-results/lms-packages';
const LESSONS = [
  'first-principles',
  'client-selection',
  'intelligence',
  'meetings-proposal',
  'contract',
  'customer-care',
  'client-focus',
];
type Version = '1.2' | '2004' | 'cmi5';
type Db = Record<string, string>;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({}, info) => {
  info.setTimeout(180_000);
  execFileSync('node', ['scripts/package-lms.mjs'], { stdio: 'pipe' });
  for (const name of ['scorm12', 'scorm2004', 'cmi5']) {
    rmSync(join(OUT, name), { recursive: true, force: true });
    mkdirSync(join(OUT, name), { recursive: true });
    execFileSync('unzip', ['-q', `dist-lms/${name}.zip`, '-d', join(OUT, name)]);
  }
});

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** The player page: scorm-again as the LMS, with the strict 1.2 checks, and launch/leave. */
function player(version: Version): string {
  const lib = version === '1.2' ? 'scorm12' : 'scorm2004';
  return `<!doctype html><html><head><meta charset="utf-8"><script src="/scorm-again/${lib}.min.js"></script></head>
<body style="margin:0"><script>
window.lms = { db: {}, violations: [], calls: [], types: {} };
var strict = ${version === '1.2'};
function check(e, v) {
  if (!strict) return;
  if (e === 'cmi.suspend_data' && v.length > 4096) return 'suspend_data is ' + v.length + ' characters';
  var m = /^cmi\\.interactions\\.(\\d+)\\.(.*)$/.exec(e);
  if (!m) return;
  var n = m[1], field = m[2];
  if (field === 'id' && !/^[A-Za-z0-9_.-]{1,255}$/.test(v)) return 'id not a CMIIdentifier: ' + v;
  if (field === 'type') lms.types[n] = v;
  if (field === 'time' && !/^\\d{2}:\\d{2}:\\d{2}$/.test(v)) return 'time ' + v;
  if (field === 'latency' && !/^\\d{2,4}:\\d{2}:\\d{2}(\\.\\d{1,2})?$/.test(v)) return 'latency ' + v;
  if (field === 'student_response' || /^correct_responses\\.\\d+\\.pattern$/.test(field)) {
    var t = lms.types[n];
    var ok = t === 'true-false' ? /^[01tf]$/.test(v)
      : t === 'matching' ? /^[a-z0-9]\\.[a-z0-9](,[a-z0-9]\\.[a-z0-9])*$/.test(v)
      : /^[a-z0-9](,[a-z0-9])*$/.test(v);
    if (!ok) return field + ' of ' + t + ' not a 1.2 response: ' + v;
  }
}
window.launch = function (initial) {
  var api = new ${version === '1.2' ? 'Scorm12API' : 'Scorm2004API'}({ autocommit: false, logLevel: 5 });
  api.loadFromFlattenedJSON(initial);
  var names = ${JSON.stringify(
    version === '1.2'
      ? ['LMSInitialize', 'LMSSetValue', 'LMSCommit', 'LMSFinish', 'LMSGetLastError']
      : ['Initialize', 'SetValue', 'Commit', 'Terminate', 'GetLastError'],
  )};
  var set = api[names[1]].bind(api), err = api[names[4]].bind(api);
  api[names[1]] = function (e, v) {
    var problem = check(e, String(v));
    if (problem) { lms.violations.push(problem); return 'false'; }
    var r = set(e, v);
    if (String(r) === 'true') lms.db[e] = String(v);
    else lms.violations.push('LMS refused ' + e + '=' + v + ' (error ' + err() + ')');
    return r;
  };
  [0, 2, 3].forEach(function (i) {
    var f = api[names[i]].bind(api);
    api[names[i]] = function (p) { lms.calls.push(names[i]); return f(p); };
  });
  window.${version === '1.2' ? 'API' : 'API_1484_11'} = api;
  var frame = document.createElement('iframe');
  frame.id = 'sco';
  frame.style = 'border:0;width:100vw;height:100vh';
  frame.src = '${DEEP}launch.html';
  document.body.appendChild(frame);
};
window.leave = function () { document.getElementById('sco').remove(); };
</script></body></html>`;
}

interface Lms {
  page: Page;
  context: BrowserContext;
  /** Paths requested outside the package or not found. */
  stray: string[];
}

async function openLms(
  browser: Browser,
  version: Version,
  dir: string,
  origin = ORIGIN,
): Promise<Lms> {
  const context = await browser.newContext({
    locale: 'zh-CN',
    serviceWorkers: 'block',
    // cmi5: the LRS double is on 127.0.0.1; Chromium asks before a page reaches a loopback address.
    ...(version === 'cmi5' ? { permissions: ['local-network-access'] } : {}),
  });
  const stray: string[] = [];
  await context.route(`${origin}/**`, async (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === '/player.html' && version !== 'cmi5')
      return route.fulfill({ contentType: TYPES['.html']!, body: player(version) });
    if (url.pathname === RETURN_PATH)
      return route.fulfill({
        contentType: TYPES['.html']!,
        body: '<!doctype html><title>LMS</title>',
      });
    if (url.pathname.startsWith('/scorm-again/'))
      return route.fulfill({ path: `node_modules/scorm-again/dist/${url.pathname.slice(13)}` });
    const file = url.pathname.startsWith(DEEP)
      ? normalize(join(OUT, dir, decodeURIComponent(url.pathname.slice(DEEP.length))))
      : undefined;
    if (file === undefined || !file.startsWith(join(OUT, dir)) || !existsSync(file)) {
      stray.push(url.pathname);
      return route.fulfill({ status: 404, body: 'not found' });
    }
    return route.fulfill({
      body: readFileSync(file),
      contentType: TYPES[extname(file)] ?? 'application/octet-stream',
    });
  });
  const page = await context.newPage();
  if (version !== 'cmi5') await page.goto(`${ORIGIN}/player.html`);
  return { page, context, stray };
}

async function launch(lms: Lms, initial: Db): Promise<Frame> {
  await lms.page.evaluate(
    (json) => (window as unknown as { launch(j: Db): void }).launch(json),
    initial,
  );
  await expect
    .poll(
      () =>
        lms.page
          .frames()
          .find((f) => f.url().includes(`${DEEP}site/`))
          ?.url(),
      { timeout: 20_000 },
    )
    .toContain('site/index.html');
  return lms.page.frames().find((f) => f.url().includes(`${DEEP}site/`))!;
}

async function hydratedIn(frame: Frame, component: string): Promise<void> {
  await frame
    .locator(`astro-island[component-url*="/${component}."]`)
    .first()
    .scrollIntoViewIfNeeded();
  await frame.waitForFunction((name) => {
    const islands = [...document.querySelectorAll(`astro-island[component-url*="/${name}."]`)];
    // Hydrated, and past loading its shared bank or scenario (fetched relative to the page).
    return (
      islands.length > 0 &&
      islands.every((el) => !el.hasAttribute('ssr') && el.querySelector('.data-loading') === null)
    );
  }, component);
}

const lmsState = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { lms: { db: Db; violations: string[]; calls: string[] } }).lms,
  );

async function leave(lms: Lms): Promise<void> {
  await lms.page.evaluate(() => (window as unknown as { leave(): void }).leave());
}

/** Interactions in the LMS, by index: id, type, response, result. */
function interactions(db: Db): Db[] {
  const out: Db[] = [];
  for (const [key, value] of Object.entries(db)) {
    const m = /^cmi\.interactions\.(\d+)\.(.+)$/.exec(key);
    if (m) (out[Number(m[1])] ??= {})[m[2]!] = value;
  }
  return out;
}

async function takeTest(frame: Frame, path: string, prefix: string, wrong: number): Promise<void> {
  await frame.goto(new URL(`${DEEP}site/${path}`, frame.url()).href);
  await hydratedIn(frame, 'QuizTest');
  const ids = await shownIds(frame);
  const keys = new Map(LESSONS.flatMap((l) => [...bank(l)]));
  for (const [i, id] of ids.entries()) await answer(frame, prefix, keys.get(id)!, i >= wrong);
  await frame.getByRole('button', { name: '交卷' }).click();
  await expect(frame.locator('.quiz-score h2')).toBeVisible();
}

test('SCORM 1.2: read, test, exam and a scenario are reported, and a fresh browser resumes from the LMS', async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const first = await openLms(browser, '1.2', 'scorm12');
  const initial = {
    'cmi.core.student_id': 'u-42',
    'cmi.core.student_name': 'Li, Lei',
    'cmi.student_data.mastery_score': '80',
  };
  const site = await launch(first, initial);

  // Read all seven lessons, moving on with the lesson's own 下一课 link.
  await site.locator('a[href$="lessons/first-principles/index.html"]').first().click();
  for (const [i, lesson] of LESSONS.entries()) {
    await expect.poll(() => site.url()).toMatch(new RegExp(`site/lessons/${lesson}/index.html$`));
    await hydratedIn(site, 'MarkRead');
    await site.getByRole('button', { name: '标记为已读' }).click();
    await expect(site.getByRole('button', { name: '改为未读' })).toBeVisible();
    if (i < LESSONS.length - 1) await site.locator('a[rel="next"]').click();
  }
  await takeTest(site, 'lessons/contract/test/index.html', 'contract', 0);
  await takeTest(site, 'practice/exam/index.html', 'exam', 3); // 17 of 20 right: 85 %

  // Search works from the sub-path (pagefind index and its dynamic import), and its links too.
  await site.goto(`${ORIGIN}${DEEP}site/search/index.html`);
  await hydratedIn(site, 'SearchPage');
  await site.getByRole('searchbox').fill('差旅');
  await site.locator('a.result-title').first().click();
  await expect
    .poll(() => site.url())
    .toMatch(/site\/(lessons|refresh|scenarios|practice)\/.+index\.html/);

  await site.goto(`${ORIGIN}${DEEP}site/scenarios/competitor-types/index.html`);
  await hydratedIn(site, 'ScenarioPlayer');
  await site.getByRole('button', { name: '开始模拟' }).click();
  await clickToEnding(site);

  await expect
    .poll(async () => interactions((await lmsState(first.page)).db).length)
    .toBeGreaterThan(28);
  await leave(first);
  const saved = await lmsState(first.page);
  const db = saved.db;
  expect(saved.violations).toEqual([]);
  expect(first.stray).toEqual([]);
  expect(saved.calls.filter((c) => c !== 'LMSCommit')).toEqual(['LMSInitialize', 'LMSFinish']);
  expect(db['cmi.core.lesson_status']).toBe('passed');
  expect([db['cmi.core.score.raw'], db['cmi.core.score.min'], db['cmi.core.score.max']]).toEqual([
    '85',
    '0',
    '100',
  ]);
  expect(db['cmi.core.exit']).toBe('suspend');
  expect(db['cmi.core.session_time']).toMatch(/^\d{4}:\d{2}:\d{2}\.\d{2}$/);
  const suspend = db['cmi.suspend_data']!;
  expect(suspend.length).toBeLessThanOrEqual(4096);

  const all = interactions(db);
  const test8 = all.filter((i) => i['id']!.startsWith('contract.'));
  const exam = all.filter((i) => i['id']!.startsWith('exam.'));
  const decisions = all.filter((i) => i['id']!.startsWith('scn.competitor-types.'));
  expect(test8).toHaveLength(8);
  expect(test8.every((i) => i['result'] === 'correct')).toBe(true);
  expect(exam).toHaveLength(20);
  expect(exam.filter((i) => i['result'] === 'wrong')).toHaveLength(3);
  expect(decisions.length).toBeGreaterThan(0);
  expect(decisions.every((i) => i['type'] === 'choice' && i['result'] === 'neutral')).toBe(true);
  for (const i of all) {
    expect(['choice', 'true-false', 'sequencing', 'matching']).toContain(i['type']);
    expect(i['student_response']).toBeDefined();
    expect(i['time']).toMatch(/^\d{2}:\d{2}:\d{2}$/);
  }
  expect(all.filter((i) => i['latency'] !== undefined).length).toBeGreaterThan(28);
  await first.context.close();

  // A fresh browser: nothing stored locally; everything comes back from suspend_data.
  const second = await openLms(browser, '1.2', 'scorm12');
  const again = await launch(second, {
    ...initial,
    'cmi.core.entry': 'resume',
    'cmi.core.lesson_status': db['cmi.core.lesson_status']!,
    'cmi.suspend_data': suspend,
  });
  await again.goto(`${ORIGIN}${DEEP}site/path/index.html`);
  await expect(again.getByText('七节课都已读完')).toBeVisible();
  await again.goto(`${ORIGIN}${DEEP}site/practice/index.html`);
  await expect(again.getByText('最好成绩 100%')).toBeVisible();
  await again.goto(`${ORIGIN}${DEEP}site/scenarios/competitor-types/debrief/index.html`);
  await expect(again.getByRole('heading', { name: '你的每一步' })).toBeVisible();
  await leave(second);
  const resumed = await lmsState(second.page);
  expect(resumed.violations).toEqual([]);
  expect(second.stray).toEqual([]);
  expect(resumed.db['cmi.core.lesson_status']).toBe('passed');
  // Nothing reported twice after resuming.
  expect(interactions(resumed.db)).toEqual([]);
  await second.context.close();
});

test('SCORM 2004: completion, success, scaled score and interactions pass scorm-again’s strict checks; resume works', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const first = await openLms(browser, '2004', 'scorm2004');
  const initial = {
    'cmi.learner_id': 'u-42',
    'cmi.learner_name': 'Li, Lei',
    'cmi.scaled_passing_score': '0.8',
  };
  const site = await launch(first, initial);
  await site.goto(`${ORIGIN}${DEEP}site/lessons/contract/index.html`);
  await hydratedIn(site, 'MarkRead');
  await site.getByRole('button', { name: '标记为已读' }).click();
  await takeTest(site, 'practice/exam/index.html', 'exam', 5); // 15 of 20: 75 %
  await expect.poll(async () => interactions((await lmsState(first.page)).db).length).toBe(20);
  await leave(first);
  const { db, violations, calls } = await lmsState(first.page);
  expect(violations).toEqual([]);
  expect(first.stray).toEqual([]);
  expect(calls.filter((c) => c !== 'Commit')).toEqual(['Initialize', 'Terminate']);
  expect(db['cmi.completion_status']).toBe('incomplete');
  expect(db['cmi.progress_measure']).toBe('0.14');
  expect(db['cmi.success_status']).toBe('failed');
  expect([db['cmi.score.scaled'], db['cmi.score.raw']]).toEqual(['0.75', '75']);
  expect(db['cmi.exit']).toBe('suspend');
  expect(db['cmi.session_time']).toMatch(/^PT/);
  const exam = interactions(db);
  expect(exam.filter((i) => i['result'] === 'incorrect')).toHaveLength(5);
  expect(
    exam.every((i) => i['learner_response'] !== undefined && i['latency']?.startsWith('PT')),
  ).toBe(true);
  await first.context.close();

  const second = await openLms(browser, '2004', 'scorm2004');
  const again = await launch(second, {
    ...initial,
    'cmi.entry': 'resume',
    'cmi.suspend_data': db['cmi.suspend_data']!,
  });
  await again.goto(`${ORIGIN}${DEEP}site/lessons/contract/index.html`);
  await hydratedIn(again, 'MarkRead');
  await expect(again.getByRole('button', { name: '改为未读' })).toBeVisible();
  await leave(second);
  expect((await lmsState(second.page)).violations).toEqual([]);
  await second.context.close();
});

/**
 * The cmi5 LMS origin. The LRS double listens on 127.0.0.1, and Chromium lets a page reach a
 * loopback address only from a secure context with the Local Network Access permission: a
 * localhost origin is a secure context, as an LMS served over HTTPS is.
 */
const CMI5_ORIGIN = 'http://localhost:4599';
const CMI5_AU = 'https://tmc-sales-course.example/xapi/tmc-sales-course/au/course';
const VERB = (s: Statement) => s.verb.id.replace(/^.*\//, '');
const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';

/** Launches the cmi5 AU as the LMS would (launch.html with the launch parameters); its site frame. */
async function launchCmi5(lms: Lms, query: string): Promise<Frame> {
  await lms.page.goto(`${CMI5_ORIGIN}${DEEP}launch.html?${query}`);
  await expect
    .poll(() => lms.page.frames().find((f) => f.url().includes(`${DEEP}site/`)) !== undefined, {
      timeout: 20_000,
    })
    .toBe(true);
  return lms.page.frames().find((f) => f.url().includes(`${DEEP}site/`))!;
}

/** The learner leaves with the launch page's exit button: the AU terminates, then returnURL. */
async function exitCmi5(lms: Lms): Promise<void> {
  await lms.page.getByRole('button', { name: '退出课程' }).click();
  await expect.poll(() => lms.page.url()).toBe(`${CMI5_ORIGIN}${RETURN_PATH}`);
}

test('cmi5: the AU fetches its token once, sends cmi5 statements in order that pass an xAPI validator, and resumes from the State API', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const lrs = await startLrs();
  const registration = randomUUID();
  const options = { registration, masteryScore: 0.8, returnURL: `${CMI5_ORIGIN}${RETURN_PATH}` };
  try {
    const first = await openLms(browser, 'cmi5', 'cmi5', CMI5_ORIGIN);
    const one = lrs.launch(CMI5_AU, options);
    const site = await launchCmi5(first, one.query);
    await expect.poll(() => lrs.statements.map(VERB)).toEqual(['initialized']);
    await site.locator('a[href$="lessons/first-principles/index.html"]').first().click();
    for (const [i, lesson] of LESSONS.entries()) {
      await expect.poll(() => site.url()).toMatch(new RegExp(`site/lessons/${lesson}/index.html$`));
      await hydratedIn(site, 'MarkRead');
      await site.getByRole('button', { name: '标记为已读' }).click();
      await expect(site.getByRole('button', { name: '改为未读' })).toBeVisible();
      if (i < LESSONS.length - 1) await site.locator('a[rel="next"]').click();
    }
    await takeTest(site, 'lessons/contract/test/index.html', 'contract', 0);
    await takeTest(site, 'practice/exam/index.html', 'exam', 3); // 17 of 20 right: 85 %
    await site.goto(`${CMI5_ORIGIN}${DEEP}site/scenarios/competitor-types/index.html`);
    await hydratedIn(site, 'ScenarioPlayer');
    await site.getByRole('button', { name: '开始模拟' }).click();
    await clickToEnding(site);
    await expect
      .poll(() => lrs.statements.filter((s) => VERB(s) === 'answered').length)
      .toBeGreaterThan(28);
    await exitCmi5(first);
    expect(first.stray).toEqual([]);
    await first.context.close();

    // A fresh browser and a new session of the same registration: the state comes from the LRS.
    const second = await openLms(browser, 'cmi5', 'cmi5', CMI5_ORIGIN);
    const two = lrs.launch(CMI5_AU, options);
    const again = await launchCmi5(second, two.query);
    await again.goto(`${CMI5_ORIGIN}${DEEP}site/path/index.html`);
    await expect(again.getByText('七节课都已读完')).toBeVisible();
    await again.goto(`${CMI5_ORIGIN}${DEEP}site/practice/index.html`);
    await expect(again.getByText('最好成绩 100%')).toBeVisible();
    await again.goto(`${CMI5_ORIGIN}${DEEP}site/scenarios/competitor-types/debrief/index.html`);
    await expect(again.getByRole('heading', { name: '你的每一步' })).toBeVisible();
    await exitCmi5(second);
    expect(second.stray).toEqual([]);
    await second.context.close();

    // The LRS saw valid statements only, and one token fetch per session.
    expect(lrs.problems).toEqual([]);
    expect(lrs.fetches()).toEqual({ [one.session]: 1, [two.session]: 1 });
    const all = lrs.statements;
    expect(all.every((s) => s.context?.registration === registration)).toBe(true);
    const inSession = (id: string) => all.filter((s) => s.context?.extensions?.[SESSION_ID] === id);
    // Every statement carries its session id (cmi5 9.6.3.1), defined and allowed ones alike.
    expect(inSession(one.session).length + inSession(two.session).length).toBe(all.length);
    const sequence = (id: string) =>
      inSession(id)
        .map(VERB)
        .join(' ')
        .replace(/(answered ?)+/g, (run) => `answered×${run.trim().split(' ').length} `)
        .replace(/ +/g, ' ')
        .trim();
    console.log(
      `cmi5 session 1: ${sequence(one.session)}\ncmi5 session 2: ${sequence(two.session)}`,
    );
    for (const id of [one.session, two.session]) {
      const verbs = inSession(id).map(VERB);
      expect(verbs[0]).toBe('initialized');
      expect(verbs.at(-1)).toBe('terminated');
      expect(verbs.filter((v) => v === 'initialized' || v === 'terminated')).toHaveLength(2);
    }
    // After resuming nothing is reported twice: the second session only opens and closes.
    expect(inSession(two.session).map(VERB)).toEqual(['initialized', 'terminated']);

    const defined = all.filter((s) =>
      s.context?.contextActivities?.category?.some((c) => c.id === CMI5_CATEGORY),
    );
    expect(defined.map(VERB).sort()).toEqual(
      ['completed', 'initialized', 'initialized', 'passed', 'terminated', 'terminated'].sort(),
    );
    expect(defined.every((s) => s.object.id === CMI5_AU)).toBe(true);
    const passed = defined.find((s) => VERB(s) === 'passed')!;
    expect(passed.result?.success).toBe(true);
    expect(passed.result?.score?.scaled).toBe(0.85);
    expect(passed.result!.score!.scaled!).toBeGreaterThanOrEqual(0.8);
    expect(
      passed.context?.extensions?.['https://w3id.org/xapi/cmi5/context/extensions/masteryscore'],
    ).toBe(0.8);
    expect(defined.find((s) => VERB(s) === 'completed')?.result?.completion).toBe(true);

    const answers = all.filter((s) => VERB(s) === 'answered');
    expect(
      answers.some((s) =>
        s.context?.contextActivities?.category?.some((c) => c.id === CMI5_CATEGORY),
      ),
    ).toBe(false);
    const of = (test: string) =>
      answers.filter((s) => s.object.id.startsWith(`${CMI5_AU}/test/${test}/question/`));
    expect(of('contract')).toHaveLength(8);
    expect(of('contract').every((s) => s.result?.success === true)).toBe(true);
    expect(of('exam')).toHaveLength(20);
    expect(of('exam').filter((s) => s.result?.success === false)).toHaveLength(3);
    const decisions = of('scn.competitor-types');
    expect(decisions.length).toBeGreaterThan(0);
    expect(decisions.every((s) => s.result?.success === undefined)).toBe(true);
    for (const s of answers) {
      expect(typeof s.result?.response).toBe('string');
      expect(s.object.definition?.['interactionType']).toMatch(
        /^(choice|true-false|sequencing|matching)$/,
      );
    }
  } finally {
    await lrs.close();
  }
});
