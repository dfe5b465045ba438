/**
 * What the trainer's console shows besides the room's screen: trainer notes and prompts for the
 * screen, the expert or right option with its feedback and lesson link, the votes, who “next”
 * follows, and the teams' scores. Plain data; the console island only renders it.
 */
import type { LessonLink } from '../../schemas/scenario';
import { expertChoice, position } from '../scenario/engine';
import { interpolate, outcomeOf } from '../scenario/state';
import { audienceView, letter, type AudienceView, type AudienceWords } from './audience';
import {
  followed,
  optionsOf,
  presentationOf,
  roomTally,
  tallyOf,
  teamMode,
  teamScores,
  teamVotable,
  type Deck,
  type Session,
} from './session';

export interface NoteBlock {
  scope: 'scenario' | 'case' | 'node' | 'choice' | 'question';
  /** What the note is attached to: the case, node or option label (empty for the scenario). */
  label: string;
  notes: string | undefined;
  prompts: string[];
}

export interface ConsoleOption {
  id: string;
  letter: string;
  label: string;
  count: number;
  expert: boolean;
  feedback: string;
}

export interface ConsoleView {
  /** The current screen as the room sees it (even while the projector is blanked). */
  screen: AudienceView;
  /** What the projector shows right now. */
  live: AudienceView;
  notes: NoteBlock[];
  options: ConsoleOption[];
  /** Teams vote (one select each) rather than counted hands. */
  teamVoting: boolean;
  votes: Record<string, number>;
  teamVotes: Record<string, string>;
  pick: string | null;
  total: number;
  /** The option “next” will follow, or why it cannot yet. */
  follows: string | undefined;
  needPick: 'tie' | 'none' | undefined;
  expert:
    { letter: string; label: string; feedback: string; link: LessonLink | undefined } | undefined;
  teams: { id: string; name: string; score: number }[];
  revealed: boolean;
  hidden: boolean;
  canBack: boolean;
  atEnd: boolean;
  caseId: string | null;
}

type Facilitator = { notes?: string | undefined; prompts?: string[] | undefined } | undefined;

function block(scope: NoteBlock['scope'], label: string, f: Facilitator): NoteBlock[] {
  if (f === undefined || (f.notes === undefined && (f.prompts ?? []).length === 0)) return [];
  return [{ scope, label, notes: f.notes, prompts: f.prompts ?? [] }];
}

/** The console's view of the session for `deck`; `undefined` before the deck is started. */
export function consoleView(
  deck: Deck,
  session: Session,
  words: AudienceWords,
): ConsoleView | undefined {
  const pres = presentationOf(deck, session);
  if (pres === undefined) return undefined;
  const screen = audienceView(deck, session, words, true);
  const tally = tallyOf(deck, pres);
  const room = roomTally(deck, session, pres);
  const opts = optionsOf(deck, pres);
  const labels = screen.kind === 'step' ? screen.options : [];
  const notes: NoteBlock[] = [];
  let expert: ConsoleView['expert'];
  let options: ConsoleOption[] = [];
  let atEnd = false;
  if (deck.kind === 'scenario') {
    const def = deck.def;
    const here = position(def, pres.run!);
    const fill = (text: string) => interpolate(def, text, here.caseDef, here.vars);
    notes.push(
      ...block('scenario', '', def.facilitator),
      ...block('case', here.caseDef?.label ?? '', here.caseDef?.facilitator),
    );
    notes.push(...block('node', fill(here.node.title), here.node.facilitator));
    atEnd = here.node.type === 'ending';
    if (here.node.type === 'decision') {
      const best = expertChoice(def, pres.run!);
      const choices = here.node.choices;
      options = opts.map((o, i) => {
        const choice = choices.find((c) => c.id === o.id)!;
        notes.push(...block('choice', `${letter(i)}. ${fill(choice.label)}`, choice.facilitator));
        return {
          id: o.id,
          letter: letter(i),
          label: labels[i]?.label ?? '',
          count: room.counts[i]?.count ?? 0,
          expert: o.id === best,
          feedback: fill(outcomeOf(choice, here.vars).feedback),
        };
      });
      const i = options.findIndex((o) => o.expert);
      const choice = choices.find((c) => c.id === best);
      if (i >= 0 && choice !== undefined)
        expert = {
          letter: letter(i),
          label: options[i]!.label,
          feedback: options[i]!.feedback,
          link: choice.rationale,
        };
    }
  } else {
    const q = deck.questions[pres.index];
    atEnd = q === undefined;
    if (q !== undefined) {
      notes.push(...block('question', q.prompt, q.facilitator));
      const feedbackOf = (id: string): string =>
        q.type === 'truefalse'
          ? id === 'true'
            ? q.ifTrue
            : q.ifFalse
          : 'options' in q
            ? (q.options.find((o) => o.id === id)?.feedback ?? '')
            : '';
      options = opts.map((o, i) => ({
        id: o.id,
        letter: letter(i),
        label: labels[i]?.label ?? '',
        count: room.counts[i]?.count ?? 0,
        expert: o.correct,
        feedback: feedbackOf(o.id),
      }));
      const right = options.filter((o) => o.expert);
      const link =
        q.section === undefined ? undefined : { lesson: deck.lesson, section: q.section };
      expert = {
        letter: right.map((o) => o.letter).join('、'),
        label: right.map((o) => o.label).join('；'),
        feedback: q.explanation ?? '',
        link,
      };
    }
  }
  const follows = followed(deck, session, pres);
  const decision = options.length > 0 && deck.kind === 'scenario';
  return {
    screen,
    live: audienceView(deck, session, words),
    notes,
    options,
    teamVoting: teamMode(session) && teamVotable(deck, pres),
    votes: tally.votes,
    teamVotes: tally.teamVotes,
    pick: tally.pick,
    total: room.total,
    follows: follows === undefined ? undefined : options.find((o) => o.id === follows)?.letter,
    needPick: decision && follows === undefined ? (room.tie ? 'tie' : 'none') : undefined,
    expert,
    teams: teamScores(session).map(({ team, score }) => ({ id: team.id, name: team.name, score })),
    revealed: pres.revealed,
    hidden: session.hidden,
    canBack: deck.kind === 'quiz' ? pres.index > 0 : (pres.run?.steps.length ?? 0) > 0,
    atEnd,
    caseId: pres.run?.case ?? null,
  };
}
