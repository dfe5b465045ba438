/**
 * A live workshop session: the trainer presents one scenario or question bank at a time to the
 * room, enters the show of hands, reveals, and moves on. Pure: the console's store calls `apply`
 * and persists the result; clocks and seeds come in with the commands.
 *
 * Stored JSON (key `tmc:workshop-session`):
 *   { "v": 1, "teams": [{ "id": "t1", "name": "第一组" }], "nextTeam": 2,
 *     "ledger": [{ "item": "scenario:x", "p": 3, "at": 2, "points": { "t1": 2 } }],
 *     "hidden": false, "timer": { "on": false, "seconds": 60 },
 *     "current": { "item": "scenario:x", "p": 3, "seed": 42, "run": { …engine Run… }, "index": 0, "revealed": false,
 *                  "tallies": { "2": { "votes": { "ask": 5 }, "teamVotes": { "t1": "ask" }, "pick": null } },
 *                  "shownAt": "2026-11-27T08:00:00.000Z" } }
 * `p` numbers presentations (a restart is a new one), `at` is the position in it (the run's step
 * count, or the question index), so votes and team points belong to one screen of one run.
 * `seed` orders what the room sees (a scenario's choices through its run, which carries the same
 * seed; a bank's options), so letters stay put across reloads and differ between presentations.
 * Version history:
 *   v1 (2026-11) — first version. `seed` was added later in v1 (issue 11); a stored presentation
 *   without it takes its run's seed, or its number `p`, so it keeps one stable order.
 */
import type { Scenario } from '../../schemas/scenario';
import type { Question } from '../../schemas/quiz';
import type { Parsed, VersionedFormat } from '../storage/versioned';
import { choicesOf, choose, position, startRun, undo, type Run } from '../scenario/engine';
import { outcomeOf } from '../scenario/state';
import { arrange, displayOrder } from '../quiz/draw';

/** What is being presented: a scenario, or a lesson's question bank (with trainer notes). */
export type Deck =
  | { kind: 'scenario'; def: Scenario }
  | { kind: 'quiz'; lesson: string; title: string; questions: Question[] };

export interface Team {
  id: string;
  name: string;
}

/** Points each team earned at one decision. */
export interface LedgerEntry {
  item: string;
  p: number;
  at: number;
  points: Record<string, number>;
}

/** The room's answers at one decision. */
export interface Tally {
  votes: Record<string, number>;
  teamVotes: Record<string, string>;
  /** The trainer's pick; overrides the room. */
  pick: string | null;
}

export interface Presentation {
  item: string;
  p: number;
  /** Orders the options the room sees (see the file header). */
  seed: number;
  /** Scenario run; null for a question bank. */
  run: Run | null;
  /** Question bank: the question shown (`questions.length` when finished). */
  index: number;
  revealed: boolean;
  tallies: Record<string, Tally>;
  /** When the current screen was first shown (for the timer). */
  shownAt: string;
}

export interface Session {
  v: 1;
  teams: Team[];
  nextTeam: number;
  ledger: LedgerEntry[];
  hidden: boolean;
  timer: { on: boolean; seconds: number };
  current: Presentation | null;
}

export type Command =
  | { type: 'start'; seed: number; at: string; caseId?: string }
  | { type: 'next'; at: string }
  | { type: 'back'; at: string }
  | { type: 'reveal'; on?: boolean }
  | { type: 'hide'; on?: boolean }
  | { type: 'setVotes'; votes: Record<string, number> }
  | { type: 'setTeamVote'; team: string; option: string | null }
  | { type: 'pick'; option: string | null }
  | { type: 'addTeam'; name: string }
  | { type: 'renameTeam'; team: string; name: string }
  | { type: 'removeTeam'; team: string }
  | { type: 'timer'; on: boolean; seconds?: number };

/** Why a command did nothing: the console shows a sentence for each. */
export type Notice = 'need-pick-tie' | 'need-pick-none' | 'at-end' | 'at-start' | 'not-started';

export const DEFAULT_TIMER_SECONDS = 60;
const EMPTY_TALLY: Tally = { votes: {}, teamVotes: {}, pick: null };

export const itemOf = (deck: Deck): string =>
  deck.kind === 'scenario' ? `scenario:${deck.def.id}` : `quiz:${deck.lesson}`;

export function initialSession(): Session {
  return {
    v: 1,
    teams: [],
    nextTeam: 1,
    ledger: [],
    hidden: false,
    timer: { on: false, seconds: DEFAULT_TIMER_SECONDS },
    current: null,
  };
}

/** The presentation of `deck`, when the session is on it. */
export function presentationOf(deck: Deck, session: Session): Presentation | undefined {
  return session.current?.item === itemOf(deck) ? session.current : undefined;
}

/** Position of the current screen inside its presentation. */
export function positionKey(deck: Deck, pres: Presentation): number {
  if (deck.kind === 'quiz' || pres.run === null) return pres.index;
  return position(deck.def, pres.run).validSteps;
}

export function tallyOf(deck: Deck, pres: Presentation): Tally {
  return pres.tallies[String(positionKey(deck, pres))] ?? EMPTY_TALLY;
}

/** A votable option at the current screen, with what choosing it scores for a team. */
export interface VoteOption {
  id: string;
  points: number;
  /** The right answer (quiz) — the expert choice of a scenario is worked out in `console.ts`. */
  correct: boolean;
}

/** The options the room votes on now, in the order shown; empty away from a decision or a votable question. */
export function optionsOf(deck: Deck, pres: Presentation): VoteOption[] {
  if (deck.kind === 'scenario') {
    if (pres.run === null) return [];
    const here = position(deck.def, pres.run);
    if (here.node.type !== 'decision') return [];
    // Guarded options the learner would not be offered are not put to the room either.
    return choicesOf(deck.def, pres.run).map((c) => {
      const score = outcomeOf(c, here.vars).score;
      return {
        id: c.id,
        points: Object.values(score).reduce((a, b) => a + (b ?? 0), 0),
        correct: false,
      };
    });
  }
  const q = deck.questions[pres.index];
  if (q === undefined) return [];
  switch (q.type) {
    case 'single':
    case 'case':
    case 'multiple':
      return arrange(q.options, displayOrder(q, pres.seed)).map((o) => ({
        id: o.id,
        points: o.correct ? 1 : 0,
        correct: o.correct,
      }));
    case 'truefalse':
      return [true, false].map((v) => ({
        id: String(v),
        points: v === q.answer ? 1 : 0,
        correct: v === q.answer,
      }));
    case 'ordering':
    case 'matching':
      return [];
  }
}

/** Team mode: once teams exist, each team's answer is its vote; otherwise the counted hands. */
export const teamMode = (session: Session): boolean => session.teams.length > 0;

/** Whether teams vote on this question (a multiple-answer question is counted by hands only). */
export function teamVotable(deck: Deck, pres: Presentation): boolean {
  if (deck.kind === 'scenario') return true;
  return deck.questions[pres.index]?.type !== 'multiple';
}

export interface RoomTally {
  counts: { id: string; count: number }[];
  total: number;
  /** The option with the most votes, when one leads alone. */
  leader: string | undefined;
  tie: boolean;
}

/** The room's votes at the current screen, in option order. */
export function roomTally(deck: Deck, session: Session, pres: Presentation): RoomTally {
  const options = optionsOf(deck, pres);
  const tally = tallyOf(deck, pres);
  const counts = options.map(({ id }) => ({
    id,
    count:
      teamMode(session) && teamVotable(deck, pres)
        ? session.teams.filter((t) => tally.teamVotes[t.id] === id).length
        : (tally.votes[id] ?? 0),
  }));
  const total = counts.reduce((a, c) => a + c.count, 0);
  const top = Math.max(0, ...counts.map((c) => c.count));
  const leaders = counts.filter((c) => c.count === top && top > 0);
  return {
    counts,
    total,
    leader: leaders.length === 1 ? leaders[0]!.id : undefined,
    tie: leaders.length > 1,
  };
}

/** The option “next” follows: the trainer's pick, else the room's clear leader. */
export function followed(deck: Deck, session: Session, pres: Presentation): string | undefined {
  const pick = tallyOf(deck, pres).pick;
  if (pick !== null && optionsOf(deck, pres).some((o) => o.id === pick)) return pick;
  return roomTally(deck, session, pres).leader;
}

/** Total points per team across the whole session (teams removed since are left out). */
export function teamScores(session: Session): { team: Team; score: number }[] {
  return session.teams.map((team) => ({
    team,
    score: session.ledger.reduce((sum, e) => sum + (e.points[team.id] ?? 0), 0),
  }));
}

function withTally(deck: Deck, pres: Presentation, change: (t: Tally) => Tally): Presentation {
  const key = String(positionKey(deck, pres));
  return { ...pres, tallies: { ...pres.tallies, [key]: change(pres.tallies[key] ?? EMPTY_TALLY) } };
}

/** Points the teams' votes earn at the current screen, or undefined when no team voted. */
function pointsNow(
  deck: Deck,
  session: Session,
  pres: Presentation,
): Record<string, number> | undefined {
  if (!teamMode(session) || !teamVotable(deck, pres)) return undefined;
  const options = optionsOf(deck, pres);
  const votes = tallyOf(deck, pres).teamVotes;
  const points: Record<string, number> = {};
  for (const team of session.teams) {
    const option = options.find((o) => o.id === votes[team.id]);
    if (option !== undefined) points[team.id] = option.points;
  }
  return Object.keys(points).length > 0 ? points : undefined;
}

function next(
  deck: Deck,
  session: Session,
  pres: Presentation,
  at: string,
): { session: Session; notice?: Notice } {
  const key = positionKey(deck, pres);
  const record = (s: Session): Session => {
    const points = pointsNow(deck, s, pres);
    const ledger = s.ledger.filter(
      (e) => !(e.item === pres.item && e.p === pres.p && e.at === key),
    );
    return {
      ...s,
      ledger:
        points === undefined
          ? ledger
          : [...ledger, { item: pres.item, p: pres.p, at: key, points }],
    };
  };
  const moved = (s: Session, change: Partial<Presentation>): Session => ({
    ...s,
    current: { ...pres, ...change, revealed: false, shownAt: at },
  });
  if (deck.kind === 'quiz') {
    if (pres.index >= deck.questions.length) return { session, notice: 'at-end' };
    return { session: moved(record(session), { index: pres.index + 1 }) };
  }
  const run = pres.run!;
  const here = position(deck.def, run);
  if (here.node.type === 'ending') return { session, notice: 'at-end' };
  if (here.node.type === 'narrative')
    return { session: moved(session, { run: choose(deck.def, run, null, at) }) };
  const option = followed(deck, session, pres);
  if (option === undefined)
    return {
      session,
      notice: roomTally(deck, session, pres).tie ? 'need-pick-tie' : 'need-pick-none',
    };
  return { session: moved(record(session), { run: choose(deck.def, run, option, at) }) };
}

function back(
  deck: Deck,
  session: Session,
  pres: Presentation,
  at: string,
): { session: Session; notice?: Notice } {
  let change: Partial<Presentation>;
  let to: number;
  if (deck.kind === 'quiz') {
    if (pres.index === 0) return { session, notice: 'at-start' };
    to = pres.index - 1;
    change = { index: to };
  } else {
    if (pres.run === null || pres.run.steps.length === 0) return { session, notice: 'at-start' };
    const run = undo(deck.def, pres.run);
    to = run.steps.length;
    change = { run };
  }
  // Points of the decisions taken back are no longer earned; they are earned again on “next”.
  const ledger = session.ledger.filter(
    (e) => !(e.item === pres.item && e.p === pres.p && e.at >= to),
  );
  return {
    session: { ...session, ledger, current: { ...pres, ...change, revealed: false, shownAt: at } },
  };
}

function start(
  deck: Deck,
  session: Session,
  seed: number,
  at: string,
  caseId: string | undefined,
): Session {
  const run =
    deck.kind === 'scenario'
      ? startRun(deck.def, caseId === undefined ? { seed, at } : { seed, at, caseId })
      : null;
  const p = Math.max(0, ...session.ledger.map((e) => e.p), session.current?.p ?? 0) + 1;
  return {
    ...session,
    hidden: false,
    current: {
      item: itemOf(deck),
      p,
      seed: seed >>> 0,
      run,
      index: 0,
      revealed: false,
      tallies: {},
      shownAt: at,
    },
  };
}

const cleanName = (name: string): string => name.trim().slice(0, 40);
const wholeCount = (n: number): number =>
  Number.isFinite(n) && n > 0 ? Math.min(9999, Math.floor(n)) : 0;

/**
 * Applies one command of the console. Commands that need a presentation of `deck` do nothing
 * (with notice `not-started`) until a `start`; commands that cannot apply say why in `notice`.
 */
export function apply(
  deck: Deck,
  session: Session,
  command: Command,
): { session: Session; notice?: Notice } {
  switch (command.type) {
    case 'start':
      return { session: start(deck, session, command.seed, command.at, command.caseId) };
    case 'hide':
      return { session: { ...session, hidden: command.on ?? !session.hidden } };
    case 'addTeam': {
      const id = `t${session.nextTeam}`;
      const name = cleanName(command.name) || id;
      return {
        session: {
          ...session,
          teams: [...session.teams, { id, name }],
          nextTeam: session.nextTeam + 1,
        },
      };
    }
    case 'renameTeam': {
      const name = cleanName(command.name);
      if (name === '') return { session };
      return {
        session: {
          ...session,
          teams: session.teams.map((t) => (t.id === command.team ? { ...t, name } : t)),
        },
      };
    }
    case 'removeTeam':
      return { session: { ...session, teams: session.teams.filter((t) => t.id !== command.team) } };
    case 'timer':
      return {
        session: {
          ...session,
          timer: {
            on: command.on,
            seconds:
              command.seconds === undefined
                ? session.timer.seconds
                : Math.max(5, Math.min(3600, Math.round(command.seconds))),
          },
        },
      };
    default:
      break;
  }
  const pres = presentationOf(deck, session);
  if (pres === undefined) return { session, notice: 'not-started' };
  const at = (p: Presentation): Session => ({ ...session, current: p });
  switch (command.type) {
    case 'next':
      return next(deck, session, pres, command.at);
    case 'back':
      return back(deck, session, pres, command.at);
    case 'reveal':
      if (
        optionsOf(deck, pres).length === 0 &&
        !(deck.kind === 'quiz' && pres.index < deck.questions.length)
      )
        return { session };
      return { session: at({ ...pres, revealed: command.on ?? !pres.revealed }) };
    case 'setVotes': {
      const ids = new Set(optionsOf(deck, pres).map((o) => o.id));
      return {
        session: at(
          withTally(deck, pres, (t) => {
            const votes = { ...t.votes };
            for (const [id, n] of Object.entries(command.votes))
              if (ids.has(id)) votes[id] = wholeCount(n);
            return { ...t, votes };
          }),
        ),
      };
    }
    case 'setTeamVote': {
      if (!session.teams.some((t) => t.id === command.team)) return { session };
      const option = command.option;
      if (option !== null && !optionsOf(deck, pres).some((o) => o.id === option))
        return { session };
      return {
        session: at(
          withTally(deck, pres, (t) => {
            const { [command.team]: _old, ...rest } = t.teamVotes;
            return {
              ...t,
              teamVotes: option === null ? rest : { ...rest, [command.team]: option },
            };
          }),
        ),
      };
    }
    case 'pick': {
      const option = command.option;
      if (option !== null && !optionsOf(deck, pres).some((o) => o.id === option))
        return { session };
      return { session: at(withTally(deck, pres, (t) => ({ ...t, pick: option }))) };
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Persistence

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isNumberRecord = (v: unknown): v is Record<string, number> =>
  isRecord(v) && Object.values(v).every((n) => typeof n === 'number');
const isStringRecord = (v: unknown): v is Record<string, string> =>
  isRecord(v) && Object.values(v).every((n) => typeof n === 'string');

function parseRun(v: unknown): Run | null | undefined {
  if (v === null) return null;
  if (
    !isRecord(v) ||
    v['v'] !== 1 ||
    typeof v['scenario'] !== 'string' ||
    typeof v['seed'] !== 'number' ||
    typeof v['startedAt'] !== 'string'
  )
    return undefined;
  if (!(v['case'] === null || typeof v['case'] === 'string') || !Array.isArray(v['steps']))
    return undefined;
  const steps = v['steps'] as unknown[];
  if (
    !steps.every(
      (s) =>
        isRecord(s) &&
        typeof s['node'] === 'string' &&
        (s['choice'] === null || typeof s['choice'] === 'string'),
    )
  )
    return undefined;
  return v as unknown as Run;
}

function parseTally(v: unknown): Tally | undefined {
  if (!isRecord(v) || !isNumberRecord(v['votes']) || !isStringRecord(v['teamVotes']))
    return undefined;
  const pick = v['pick'];
  if (!(pick === null || typeof pick === 'string')) return undefined;
  return { votes: v['votes'], teamVotes: v['teamVotes'], pick };
}

function parsePresentation(v: unknown): Presentation | null | undefined {
  if (v === null) return null;
  if (
    !isRecord(v) ||
    typeof v['item'] !== 'string' ||
    typeof v['p'] !== 'number' ||
    typeof v['index'] !== 'number'
  )
    return undefined;
  if (
    typeof v['revealed'] !== 'boolean' ||
    typeof v['shownAt'] !== 'string' ||
    !isRecord(v['tallies'])
  )
    return undefined;
  const run = parseRun(v['run']);
  if (run === undefined) return undefined;
  const tallies: Record<string, Tally> = {};
  for (const [key, raw] of Object.entries(v['tallies'])) {
    const tally = parseTally(raw);
    if (tally === undefined) return undefined;
    tallies[key] = tally;
  }
  const seed = v['seed'];
  return {
    item: v['item'],
    p: v['p'],
    seed:
      typeof seed === 'number' && Number.isInteger(seed) ? seed >>> 0 : (run?.seed ?? v['p']) >>> 0,
    run,
    index: v['index'],
    revealed: v['revealed'],
    tallies,
    shownAt: v['shownAt'],
  };
}

function parseSession(v: Record<string, unknown>): Parsed<Session> | undefined {
  const { teams, nextTeam, ledger, hidden, timer } = v;
  if (
    !Array.isArray(teams) ||
    typeof nextTeam !== 'number' ||
    !Array.isArray(ledger) ||
    typeof hidden !== 'boolean'
  )
    return undefined;
  if (!isRecord(timer) || typeof timer['on'] !== 'boolean' || typeof timer['seconds'] !== 'number')
    return undefined;
  const goodTeams = teams.filter(
    (t): t is Team => isRecord(t) && typeof t['id'] === 'string' && typeof t['name'] === 'string',
  );
  const goodLedger = ledger.filter(
    (e): e is LedgerEntry =>
      isRecord(e) &&
      typeof e['item'] === 'string' &&
      typeof e['p'] === 'number' &&
      typeof e['at'] === 'number' &&
      isNumberRecord(e['points']),
  );
  const current = parsePresentation(v['current']);
  const value: Session = {
    v: 1,
    teams: goodTeams.map(({ id, name }) => ({ id, name })),
    nextTeam,
    ledger: goodLedger,
    hidden,
    timer: { on: timer['on'], seconds: timer['seconds'] },
    current: current ?? null,
  };
  return {
    value,
    dropped:
      (current === undefined ? 1 : 0) +
      teams.length -
      goodTeams.length +
      ledger.length -
      goodLedger.length,
  };
}

export const sessionFormat: VersionedFormat<Session> = {
  version: 1,
  minVersion: 1,
  migrations: {},
  parse: parseSession,
  initial: initialSession,
};
