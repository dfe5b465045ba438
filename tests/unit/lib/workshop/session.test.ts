import { describe, expect, test } from 'vitest';
import { scenario } from '../../../fixtures/scenario';
import {
  apply,
  initialSession,
  itemOf,
  sessionFormat,
  teamScores,
  underway,
  type Command,
  type Deck,
  type Session,
} from '../../../../src/lib/workshop/session';
import { audienceView } from '../../../../src/lib/workshop/audience';
import { choicesOf } from '../../../../src/lib/scenario/engine';
import { consoleView } from '../../../../src/lib/workshop/console';
import { decodeVersioned } from '../../../../src/lib/storage/versioned';
import { parseRun } from '../../../../src/lib/scenario/runs';
import type { Question } from '../../../../src/schemas/quiz';

const AT = '2026-11-27T08:00:00.000Z';
const WORDS = { true: '对', false: '错' };

function deckWithNotes(): Deck {
  const def = scenario((input) => {
    input.facilitator = { notes: '整场备注：先讲规则', prompts: ['整场提问？'] };
    input.cases![0]!.facilitator = { notes: '甲案例备注' };
    const ask = input.nodes['ask']!;
    if (ask.type === 'decision') {
      ask.facilitator = { notes: '提问节点备注', prompts: ['问问大家为什么'] };
      ask.choices[0]!.facilitator = { notes: '好问题的备注' };
    }
  });
  return { kind: 'scenario', def };
}

/** Applies commands in order, failing on any notice unless `allow` lists it. */
function run(deck: Deck, commands: Command[], from: Session = initialSession()): Session {
  return commands.reduce((s, c) => {
    const out = apply(deck, s, c);
    expect(out.notice, `${c.type} should apply`).toBeUndefined();
    return out.session;
  }, from);
}

const start: Command = { type: 'start', seed: 1, at: AT, caseId: 'case-a' };
const next: Command = { type: 'next', at: AT };
const back: Command = { type: 'back', at: AT };
const lastChoice = (s: Session) => s.current!.run!.steps.at(-1)?.choice;
const tallyPick = (s: Session) => Object.values(s.current!.tallies)[0]?.pick;
const scenarioOf = (deck: Deck) => {
  if (deck.kind !== 'scenario') throw new Error('not a scenario deck');
  return deck.def;
};
/** The letter the room sees for option `id` at the current screen (the order is seeded). */
const letterOf = (deck: Deck, s: Session, id: string) => {
  const view = audienceView(deck, s, WORDS, true);
  return view.kind === 'step' ? view.options.find((o) => o.id === id)?.letter : undefined;
};

describe('session reducer', () => {
  test('starts at the first screen, with timer off and the projector showing', () => {
    const deck = deckWithNotes();
    const s = run(deck, [start]);
    expect(s.current).toMatchObject({ item: 'scenario:tiny', p: 1, revealed: false, index: 0 });
    expect(s.timer.on).toBe(false);
    expect(s.hidden).toBe(false);
    const view = audienceView(deck, s, WORDS);
    expect(view).toMatchObject({
      kind: 'step',
      title: '开始',
      paragraphs: ['客户是 甲公司。'],
      clues: ['线索甲'],
      options: [],
    });
  });

  test('commands other than start wait for a start, and say so', () => {
    const deck = deckWithNotes();
    expect(apply(deck, initialSession(), next).notice).toBe('not-started');
    expect(audienceView(deck, initialSession(), WORDS)).toEqual({ kind: 'idle' });
  });

  test('next follows the option with the most votes', () => {
    const deck = deckWithNotes();
    const s = run(deck, [start, next, { type: 'setVotes', votes: { good: 5, bad: 2 } }, next]);
    expect(lastChoice(s)).toBe('good');
    expect(audienceView(deck, s, WORDS)).toMatchObject({ kind: 'step', title: '判断' });
  });

  test('a tie or no votes asks for the trainer’s pick, and the pick overrides the room', () => {
    const deck = deckWithNotes();
    const atAsk = run(deck, [start, next]);
    expect(apply(deck, atAsk, next)).toEqual({ session: atAsk, notice: 'need-pick-none' });
    const tied = run(deck, [{ type: 'setVotes', votes: { good: 3, bad: 3 } }], atAsk);
    expect(apply(deck, tied, next)).toEqual({ session: tied, notice: 'need-pick-tie' });
    expect(consoleView(deck, tied, WORDS)?.needPick).toBe('tie');
    const picked = run(deck, [{ type: 'pick', option: 'bad' }, next], tied);
    expect(lastChoice(picked)).toBe('bad');
    // The pick wins even against a clear majority.
    const overridden = run(
      deck,
      [{ type: 'setVotes', votes: { good: 9, bad: 1 } }, { type: 'pick', option: 'bad' }, next],
      atAsk,
    );
    expect(lastChoice(overridden)).toBe('bad');
  });

  test('votes ignore unknown options and negative or fractional counts', () => {
    const deck = deckWithNotes();
    const s = run(deck, [
      start,
      next,
      { type: 'setVotes', votes: { good: 2.7, bad: -4, nope: 9 } },
    ]);
    expect(consoleView(deck, s, WORDS)?.votes).toEqual({ good: 2, bad: 0 });
    expect(apply(deck, s, { type: 'pick', option: 'nope' }).session).toBe(s);
  });

  test('back is the engine’s undo and keeps the votes of the decision it returns to', () => {
    const deck = deckWithNotes();
    const s = run(deck, [start, next, { type: 'setVotes', votes: { good: 4 } }, next, back]);
    expect(s.current!.run!.steps).toEqual([{ node: 'intro', choice: null }]);
    expect(consoleView(deck, s, WORDS)).toMatchObject({
      votes: { good: 4 },
      follows: letterOf(deck, s, 'good'),
    });
    expect(apply(deck, run(deck, [start]), back).notice).toBe('at-start');
  });

  test('runs by room vote to an ending, where next says it is the end', () => {
    const deck = deckWithNotes();
    const s = run(deck, [
      start,
      next,
      { type: 'setVotes', votes: { good: 4 } },
      next,
      { type: 'setVotes', votes: { 'is-a': 3, 'is-b': 1 } },
      next,
    ]);
    expect(audienceView(deck, s, WORDS)).toMatchObject({
      kind: 'ending',
      title: '赢',
      outcome: 'won',
    });
    expect(apply(deck, s, next).notice).toBe('at-end');
    expect(consoleView(deck, s, WORDS)?.atEnd).toBe(true);
  });

  test('reveal, hide and the timer toggle; the timer shows only when on', () => {
    const deck = deckWithNotes();
    const s = run(deck, [start, next]);
    expect(audienceView(deck, s, WORDS)).not.toHaveProperty('timer');
    const timed = run(deck, [{ type: 'timer', on: true, seconds: 45 }], s);
    expect(audienceView(deck, timed, WORDS)).toMatchObject({ timer: { seconds: 45, since: AT } });
    const hidden = run(deck, [{ type: 'hide' }], s);
    expect(audienceView(deck, hidden, WORDS)).toEqual({ kind: 'hidden' });
    expect(audienceView(deck, run(deck, [{ type: 'hide' }], hidden), WORDS)).toMatchObject({
      kind: 'step',
    });
    expect(run(deck, [{ type: 'reveal' }], s).current?.revealed).toBe(true);
    expect(run(deck, [{ type: 'reveal' }, { type: 'reveal' }], s).current?.revealed).toBe(false);
  });
});

describe('team scores', () => {
  test('each team’s vote scores its choice’s competency points; back takes them away', () => {
    const deck = deckWithNotes();
    const teams = run(deck, [
      start,
      { type: 'addTeam', name: ' 一组 ' },
      { type: 'addTeam', name: '二组' },
      next,
    ]);
    expect(teams.teams).toEqual([
      { id: 't1', name: '一组' },
      { id: 't2', name: '二组' },
    ]);
    const voted = run(
      deck,
      [
        { type: 'setTeamVote', team: 't1', option: 'good' },
        { type: 'setTeamVote', team: 't2', option: 'bad' },
      ],
      teams,
    );
    // One vote each: a tie in team mode, so the trainer picks.
    expect(apply(deck, voted, next).notice).toBe('need-pick-tie');
    const first = run(deck, [{ type: 'pick', option: 'good' }, next], voted);
    expect(teamScores(first).map((t) => t.score)).toEqual([2, -1]);
    // Case a: 甲类 scores 3 through the branch; 乙类 scores nothing.
    const second = run(
      deck,
      [
        { type: 'setTeamVote', team: 't1', option: 'is-a' },
        { type: 'setTeamVote', team: 't2', option: 'is-b' },
        { type: 'pick', option: 'is-a' },
        next,
      ],
      first,
    );
    expect(teamScores(second).map((t) => t.score)).toEqual([5, -1]);
    expect(consoleView(deck, second, WORDS)?.teams).toEqual([
      { id: 't1', name: '一组', score: 5 },
      { id: 't2', name: '二组', score: -1 },
    ]);
    expect(teamScores(run(deck, [back], second)).map((t) => t.score)).toEqual([2, -1]);
    // Scores carry over a restart (they belong to the session), a removed team drops out.
    const restarted = run(
      deck,
      [
        start,
        { type: 'removeTeam', team: 't2' },
        { type: 'renameTeam', team: 't1', name: '先锋队' },
      ],
      second,
    );
    expect(teamScores(restarted)).toEqual([{ team: { id: 't1', name: '先锋队' }, score: 5 }]);
  });

  test('a question bank scores 1 point per right answer and ends with a summary screen', () => {
    const deck = quizDeck();
    const s = run(deck, [
      { type: 'start', seed: 1, at: AT },
      { type: 'addTeam', name: '甲' },
      { type: 'addTeam', name: '乙' },
      { type: 'setTeamVote', team: 't1', option: 'right' },
      { type: 'setTeamVote', team: 't2', option: 'wrong' },
      next,
      { type: 'setTeamVote', team: 't1', option: 'false' },
      { type: 'setTeamVote', team: 't2', option: 'false' },
      next,
    ]);
    expect(teamScores(s).map((t) => t.score)).toEqual([2, 1]);
    expect(audienceView(deck, s, WORDS)).toMatchObject({ kind: 'done', count: 2 });
    expect(apply(deck, s, next).notice).toBe('at-end');
  });
});

function quizDeck(): Deck {
  const questions: Question[] = [
    {
      id: 'q-single',
      type: 'single',
      prompt: '月票量怎么问？',
      explanation: '先问财务。',
      section: 'volume',
      facilitator: { notes: '单选题的培训师备注', prompts: ['你们公司怎么问的？'] },
      options: [
        { id: 'right', text: '问财务', correct: true, feedback: '对，财务最清楚。' },
        { id: 'wrong', text: '猜一个', correct: false, feedback: '不要猜。' },
      ],
    },
    {
      id: 'q-tf',
      type: 'truefalse',
      prompt: '返点越高越好。',
      explanation: '要看总成本。',
      section: 'volume',
      answer: false,
      ifTrue: '不对。',
      ifFalse: '对。',
    },
  ];
  return { kind: 'quiz', lesson: 'first-principles', title: '第一课题库', questions };
}

describe('audience view', () => {
  const FACILITATOR = [
    '整场备注',
    '整场提问',
    '甲案例备注',
    '提问节点备注',
    '问问大家为什么',
    '好问题的备注',
    '单选题的培训师备注',
    '你们公司怎么问的',
  ];
  const clean = (view: unknown) => {
    const text = JSON.stringify(view);
    for (const f of FACILITATOR) expect(text).not.toContain(f);
  };

  test('shows options with letters and no votes or expert mark before reveal', () => {
    const deck = deckWithNotes();
    const s = run(deck, [start, next, { type: 'setVotes', votes: { good: 6, bad: 2 } }]);
    const view = audienceView(deck, s, WORDS);
    const shown = choicesOf(scenarioOf(deck), s.current!.run!);
    expect(view).toMatchObject({
      kind: 'step',
      prompt: '选一个',
      revealed: false,
      options: shown.map((c, i) => ({ id: c.id, letter: 'AB'[i], label: c.label })),
    });
    expect(shown.map((c) => c.label).sort()).toEqual(['坏问题', '好问题']);
    const text = JSON.stringify(view);
    for (const word of ['expert', 'count', 'percent', 'chosen', 'feedback', 'total', '好。'])
      expect(text).not.toContain(word);
    clean(view);
  });

  test('after reveal: distribution in counts and percent, the expert option, the room’s choice and its feedback', () => {
    const deck = deckWithNotes();
    const s = run(deck, [
      start,
      next,
      { type: 'setVotes', votes: { good: 2, bad: 6 } },
      { type: 'reveal' },
    ]);
    const view = audienceView(deck, s, WORDS);
    const options = {
      good: { id: 'good', count: 2, percent: 25, expert: true, chosen: false },
      bad: { id: 'bad', count: 6, percent: 75, expert: false, chosen: true },
    };
    expect(view).toMatchObject({ kind: 'step', revealed: true, total: 8, feedback: '不好。' });
    expect(view.kind === 'step' && view.options).toMatchObject(
      view.kind === 'step' ? view.options.map((o) => options[o.id as 'good' | 'bad']) : [],
    );
    expect(view.kind === 'step' && view.options.map((o) => o.id).sort()).toEqual(['bad', 'good']);
    clean(view);
  });

  test('a question shows its right option only after reveal; true/false options use the given words', () => {
    const deck = quizDeck();
    const s = run(deck, [
      { type: 'start', seed: 1, at: AT },
      { type: 'setVotes', votes: { right: 3, wrong: 1 } },
    ]);
    expect(JSON.stringify(audienceView(deck, s, WORDS))).not.toContain('expert');
    clean(audienceView(deck, s, WORDS));
    const shown = audienceView(deck, run(deck, [{ type: 'reveal' }], s), WORDS);
    expect(shown).toMatchObject({
      feedback: '先问财务。',
      options: [
        { expert: true, count: 3, percent: 75 },
        { expert: false, count: 1, percent: 25 },
      ],
    });
    const tf = audienceView(deck, run(deck, [next], s), WORDS);
    expect(tf).toMatchObject({
      number: 2,
      of: 2,
      options: [
        { id: 'true', label: '对' },
        { id: 'false', label: '错' },
      ],
    });
  });

  test('the console shows every note for the screen and the expert choice with its rationale', () => {
    const deck = deckWithNotes();
    const s = run(deck, [start, next]);
    const c = consoleView(deck, s, WORDS)!;
    const [good, bad] = [letterOf(deck, s, 'good')!, letterOf(deck, s, 'bad')!];
    // Choice notes follow the order the room sees.
    const choiceNotes = [
      [good, ['choice', '好问题的备注']],
      [bad, ['choice', undefined]],
    ].sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    expect(c.notes.map((n) => [n.scope, n.notes])).toEqual([
      ['scenario', '整场备注：先讲规则'],
      ['case', '甲案例备注'],
      ['node', '提问节点备注'],
      ...choiceNotes.map((n) => n[1]),
    ]);
    expect(c.notes.find((n) => n.label.endsWith('坏问题'))).toMatchObject({
      label: `${bad}. 坏问题`,
      prompts: ['为什么？'],
    });
    expect(c.expert).toMatchObject({
      letter: good,
      label: '好问题',
      feedback: '好。',
      link: { lesson: 'intelligence', section: 'competitor-types' },
    });
    expect(c.screen).toMatchObject({ kind: 'step', title: '提问' });
  });
});

describe('display order on the projector (issue 11)', () => {
  /** A bank of one single-choice question with six options, the right one authored first. */
  const wideQuiz = (): Deck => {
    const options = Array.from({ length: 6 }, (_, i) => ({
      id: `o${i}`,
      text: `选项${i}`,
      correct: i === 0,
      feedback: i === 0 ? '对' : '错',
    }));
    const questions: Question[] = [
      { id: 'q-wide', type: 'single', prompt: '哪个对？', explanation: '因为。', options },
    ];
    return { kind: 'quiz', lesson: 'first-principles', title: '题库', questions };
  };
  const shownIds = (deck: Deck, s: Session) => {
    const view = audienceView(deck, s, WORDS);
    return view.kind === 'step' ? view.options.map((o) => o.id) : [];
  };
  const started = (deck: Deck, seed: number) =>
    run(deck, [{ type: 'start', seed, at: AT, caseId: 'case-a' }]);

  test('a bank’s options follow the session’s seed: stable on reload, different on restart', () => {
    const deck = wideQuiz();
    const s = started(deck, 21);
    const order = shownIds(deck, s);
    expect([...order].sort()).toEqual(['o0', 'o1', 'o2', 'o3', 'o4', 'o5']);
    const reloaded = decodeVersioned(JSON.stringify(s), sessionFormat).value;
    expect(shownIds(deck, reloaded)).toEqual(order);
    const orders = new Set(
      Array.from({ length: 10 }, (_, seed) => shownIds(deck, started(deck, seed)).join()),
    );
    expect(orders.size).toBeGreaterThan(5);
    // The right option is not “A” by default.
    const firsts = Array.from({ length: 60 }, (_, seed) => shownIds(deck, started(deck, seed))[0]);
    expect(firsts.filter((id) => id === 'o0').length).toBeLessThan(25);
  });

  test('the console’s letters, votes and picks follow the order shown, so key 1 is option A', () => {
    const deck = wideQuiz();
    const s = started(deck, 4);
    const c = consoleView(deck, s, WORDS)!;
    expect(c.options.map((o) => [o.letter, o.id])).toEqual(
      shownIds(deck, s).map((id, i) => ['ABCDEF'[i], id]),
    );
    // What the shortcut “1” picks: the first option of the console view.
    const picked = run(deck, [{ type: 'pick', option: c.options[0]!.id }], s);
    expect(tallyPick(picked)).toBe(shownIds(deck, s)[0]);
    const voted = run(deck, [{ type: 'setVotes', votes: { [c.options[2]!.id]: 5 } }], s);
    expect(consoleView(deck, voted, WORDS)?.follows).toBe('C');
  });

  test('a scenario presentation shows the choices in its run’s order, also after back', () => {
    const deck = deckWithNotes();
    const atAsk = run(deck, [start, next]);
    const order = shownIds(deck, atAsk);
    expect(order).toEqual(choicesOf(scenarioOf(deck), atAsk.current!.run!).map((c) => c.id));
    const again = run(deck, [{ type: 'setVotes', votes: { good: 3 } }, next, back], atAsk);
    expect(shownIds(deck, again)).toEqual(order);
  });

  test('a session stored before the seed existed keeps one stable order', () => {
    const deck = wideQuiz();
    const s = started(deck, 8);
    const { seed: _seed, ...old } = s.current!;
    const raw = JSON.stringify({ ...s, current: old });
    const first = decodeVersioned(raw, sessionFormat);
    expect(first.status).toBe('ok');
    expect(first.value.current?.seed).toBe(old.p);
    expect(shownIds(deck, first.value)).toEqual(
      shownIds(deck, decodeVersioned(raw, sessionFormat).value),
    );
    // A stored scenario presentation takes its run's seed, so its order does not change.
    const scen = deckWithNotes();
    const atAsk = run(scen, [start, next]);
    const { seed: _s, ...oldScen } = atAsk.current!;
    const back = decodeVersioned(JSON.stringify({ ...atAsk, current: oldScen }), sessionFormat);
    expect(back.value.current?.seed).toBe(1);
    expect(shownIds(scen, back.value)).toEqual(shownIds(scen, atAsk));
  });
});

describe('session format', () => {
  test('round-trips a session through JSON', () => {
    const deck = deckWithNotes();
    const s = run(deck, [
      start,
      { type: 'addTeam', name: '一组' },
      next,
      { type: 'setTeamVote', team: 't1', option: 'good' },
      { type: 'pick', option: 'good' },
      next,
    ]);
    expect(itemOf(deck)).toBe('scenario:tiny');
    expect(decodeVersioned(JSON.stringify(s), sessionFormat)).toEqual({ value: s, status: 'ok' });
  });

  test('recovers from corrupt data with a fresh session, keeping what can be read', () => {
    expect(decodeVersioned('{oops', sessionFormat)).toEqual({
      value: initialSession(),
      status: 'recovered',
    });
    const partly = {
      ...initialSession(),
      teams: [{ id: 't1', name: '一组' }, { id: 7 }],
      current: { item: 'x' },
    };
    const out = decodeVersioned(JSON.stringify(partly), sessionFormat);
    expect(out.status).toBe('recovered');
    expect(out.value).toMatchObject({ teams: [{ id: 't1', name: '一组' }], current: null });
    expect(decodeVersioned(JSON.stringify({ v: 2 }), sessionFormat).status).toBe('recovered');
  });

  test('reads the run with the same rules as the saved runs: a run parseRun rejects is dropped', () => {
    const deck = deckWithNotes();
    const s = run(deck, [start, next]);
    const good = s.current!.run!;
    expect(parseRun(good)).toEqual(good);
    const bad = [
      { ...good, seed: -1 },
      { ...good, seed: 1.5 },
      { ...good, startedAt: 'yesterday' },
      { ...good, scenario: 'Not An Id' },
      { ...good, steps: [{ node: 'Ask!', choice: null }] },
      { ...good, finishedAt: 'soon' },
    ];
    for (const stored of bad) {
      expect(parseRun(stored)).toBeUndefined();
      const raw = JSON.stringify({ ...s, current: { ...s.current, run: stored } });
      const out = decodeVersioned(raw, sessionFormat);
      expect(out.status, JSON.stringify(stored)).toBe('recovered');
      expect(out.value.current).toBeNull();
    }
  });
});

describe('underway: whether restarting would lose where the room is', () => {
  test('a fresh presentation is not; a step taken, a reveal or a vote is', () => {
    const deck = deckWithNotes();
    const fresh = run(deck, [start]);
    expect(underway(fresh.current!)).toBe(false);
    expect(underway(run(deck, [next], fresh).current!)).toBe(true);
    const atAsk = run(deck, [next], fresh);
    expect(underway(run(deck, [back], atAsk).current!)).toBe(false);
    const bank = quizDeck();
    const asked = run(bank, [{ type: 'start', seed: 1, at: AT }]);
    expect(underway(asked.current!)).toBe(false);
    expect(underway(run(bank, [{ type: 'reveal' }], asked).current!)).toBe(true);
    const votes = { good: 3, bad: 1 };
    const voted = run(deck, [{ type: 'setVotes', votes }], atAsk);
    expect(underway(run(deck, [back], voted).current!)).toBe(true);
    expect(underway(run(deck, [start], voted).current!)).toBe(false);
  });
});
