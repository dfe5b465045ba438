/** Read-only questions about a session: what is shown, what the room may vote on, who leads. */
import { choicesOf, position } from '../../scenario/engine';
import { outcomeOf } from '../../scenario/state';
import { arrange, displayOrder } from '../../quiz/draw';
import {
  EMPTY_TALLY,
  itemOf,
  type Deck,
  type Presentation,
  type Session,
  type Tally,
  type Team,
} from './model';

/** The presentation of `deck`, when the session is on it. */
export function presentationOf(deck: Deck, session: Session): Presentation | undefined {
  return session.current?.item === itemOf(deck) ? session.current : undefined;
}

/**
 * Whether restarting would throw away where the room is: past the first screen, revealed, or with
 * votes counted. A presentation nobody has moved yet restarts without asking.
 */
export function underway(pres: Presentation): boolean {
  return (
    pres.index > 0 ||
    (pres.run?.steps.length ?? 0) > 0 ||
    pres.revealed ||
    Object.keys(pres.tallies).length > 0
  );
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
