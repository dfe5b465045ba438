/** The shape of a live workshop session and of the commands the console sends (see `../session.ts`). */
import type { Scenario } from '../../../schemas/scenario';
import type { Question } from '../../../schemas/quiz';
import type { Run } from '../../scenario/engine';

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
/** A screen nobody has voted on yet. */
export const EMPTY_TALLY: Tally = { votes: {}, teamVotes: {}, pick: null };

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
