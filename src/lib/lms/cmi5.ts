/**
 * cmi5 rules of the course's one AU, pure: which judgement statements are due (`completed`,
 * `passed`, `failed`), the `answered` statement parts of an interaction, and the learner state kept
 * in the LMS's State API.
 *
 * State document (stateId `CMI5_STATE_ID`, per actor, AU and registration), version 1:
 *   { "v": 1, "resume": "<encodeResume text>", "sent": { "completed": bool, "passed": bool,
 *     "failedScore": number | null } }
 * `sent` remembers the judgements already sent in this registration, so a relaunch never repeats
 * `completed` or `passed` (cmi5 9.3.2, 9.3.4) and sends `failed` again only for a new best score.
 */
import type { LmsStatus } from './rules';
import { format2004, type Interaction } from './interactions';

export type LaunchMode = 'Normal' | 'Browse' | 'Review';
export type Judgement = 'completed' | 'passed' | 'failed';

export interface Cmi5Sent {
  completed: boolean;
  passed: boolean;
  /** The exam score a `failed` was last sent for; `null` when none. */
  failedScore: number | null;
}

export interface Cmi5State {
  v: 1;
  resume: string;
  sent: Cmi5Sent;
}

/** The State API document id of the learner state (the AU's own; `LMS.LaunchData` is the LMS's). */
export const CMI5_STATE_ID = 'tmc-resume';

export const noneSent = (): Cmi5Sent => ({ completed: false, passed: false, failedScore: null });

/**
 * The judgements due now, in order, and what has been sent after them. Outside `Normal` launch
 * mode none (cmi5 10.2.2: Browse and Review send only initialized and terminated). `passed` once,
 * when the best exam score reaches the mastery score; `failed` for each new best score below it
 * until then; `completed` once, when every lesson is read.
 */
export function dueJudgements(
  status: LmsStatus,
  sent: Cmi5Sent,
  mode: LaunchMode,
): { due: Judgement[]; sent: Cmi5Sent } {
  if (mode !== 'Normal') return { due: [], sent };
  const due: Judgement[] = [];
  const next = { ...sent };
  if (status.completed && !sent.completed) {
    due.push('completed');
    next.completed = true;
  }
  if (status.success === 'passed' && !sent.passed) {
    due.push('passed');
    next.passed = true;
  } else if (
    status.success === 'failed' &&
    !sent.passed &&
    status.score !== undefined &&
    (sent.failedScore === null || status.score > sent.failedScore)
  ) {
    due.push('failed');
    next.failedScore = status.score;
  }
  return { due, sent: next };
}

/** The xAPI interaction definition of an `answered` statement (cmi.interaction activity type). */
export interface AnsweredDefinition {
  type: 'http://adlnet.gov/expapi/activities/cmi.interaction';
  interactionType: Interaction['type'];
  correctResponsesPattern?: string[];
  choices?: { id: string }[];
  source?: { id: string }[];
  target?: { id: string }[];
}

export interface Answered {
  /** Test and item ids; the client names the object `<AU activity id>/test/<test>/question/<item>`. */
  test: string;
  item: string;
  response: string;
  definition: AnsweredDefinition;
  /** Right or wrong for a question; absent for a scenario decision (no single right answer). */
  success?: boolean;
  /** When the learner started and gave the answer (ISO), when the latency is known. */
  period?: { start: string; end: string };
}

/** The parts of the `answered` statement of an interaction (responses as in SCORM 2004). */
export function answered(i: Interaction): Answered {
  const components = (ids: string[]) => ids.map((id) => ({ id }));
  const definition: AnsweredDefinition = {
    type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
    interactionType: i.type,
    ...(i.correct === undefined ? {} : { correctResponsesPattern: [format2004(i.correct)] }),
    ...(i.type === 'matching'
      ? { source: components(i.sources), target: components(i.targets) }
      : i.type === 'true-false'
        ? {}
        : { choices: components(i.sources) }),
  };
  const end = Date.parse(i.at);
  return {
    test: i.activity.test,
    item: i.activity.item,
    response: i.learner === undefined ? '' : format2004(i.learner),
    definition,
    ...(i.result === 'neutral' ? {} : { success: i.result === 'correct' }),
    ...(i.latencyMs === undefined
      ? {}
      : { period: { start: new Date(end - i.latencyMs).toISOString(), end: i.at } }),
  };
}

/** The State API document for `resume` text and `sent` judgements. */
export const cmi5State = (resume: string, sent: Cmi5Sent): Cmi5State => ({ v: 1, resume, sent });

/** Reads a State API document; anything unreadable counts as none (the browser copy then leads). */
export function readCmi5State(doc: unknown): Cmi5State | undefined {
  if (typeof doc !== 'object' || doc === null) return undefined;
  const d = doc as Partial<Cmi5State>;
  const s = d.sent as Partial<Cmi5Sent> | undefined;
  if (d.v !== 1 || typeof d.resume !== 'string' || typeof s !== 'object' || s === null)
    return undefined;
  if (typeof s.completed !== 'boolean' || typeof s.passed !== 'boolean') return undefined;
  const failedScore = typeof s.failedScore === 'number' ? s.failedScore : null;
  return {
    v: 1,
    resume: d.resume,
    sent: { completed: s.completed, passed: s.passed, failedScore },
  };
}
