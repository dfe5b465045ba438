/** The session's one state transition: `apply(deck, session, command)` (see `../session.ts`). */
import { choose, position, startRun, undo } from '../../scenario/engine';
import {
  EMPTY_TALLY,
  itemOf,
  type Command,
  type Deck,
  type Notice,
  type Presentation,
  type Session,
  type Tally,
} from './model';
import {
  followed,
  optionsOf,
  positionKey,
  presentationOf,
  roomTally,
  tallyOf,
  teamMode,
  teamVotable,
} from './queries';

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
