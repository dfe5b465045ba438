/**
 * The cmi5 adapter of the launch page (loaded only when the page was launched with cmi5 launch
 * parameters). Through `@xapi/cmi5`: fetch the auth token once, read `LMS.LaunchData`, send
 * `initialized`; resume from the AU's State API document (the browser copy is a cache); on every
 * change of the browser copy send `answered` statements for new answers and decisions, the
 * judgements that became due (Normal launch mode only) and the state; on exit `terminated`, last,
 * then go to the LMS's `returnURL`.
 */
import Cmi5, { type LaunchParameters } from '@xapi/cmi5';
import course from 'virtual:tmc-lms-course';
import { lmsStatus, LMS_RULES } from '../lib/lms/rules';
import {
  decodeResume,
  emptyMarks,
  encodeResume,
  mergeResume,
  resumeSnapshot,
} from '../lib/lms/resume';
import type { SyncMarks } from '../lib/lms/resume';
import { pendingInteractions, type LatencyRef } from '../lib/lms/sync';
import { courseNamespace } from '../lib/lms/namespace';
import {
  answered,
  cmi5State,
  dueJudgements,
  noneSent,
  readCmi5State,
  CMI5_STATE_ID,
  type Cmi5Sent,
  type LaunchMode,
} from '../lib/lms/cmi5';
import { isLearnerKey, readCopy, writeCopy } from './browser-copy';

/** The launch parameters cmi5 appends to the AU URL (cmi5 8.1), or `undefined` when one is missing. */
export function cmi5Params(search: string): LaunchParameters | undefined {
  const q = new URLSearchParams(search);
  const [endpoint, fetch, actor, registration, activityId] = [
    'endpoint',
    'fetch',
    'actor',
    'registration',
    'activityId',
  ].map((k) => q.get(k));
  if (!endpoint || !fetch || !actor || !registration || !activityId) return undefined;
  try {
    return { endpoint, fetch, actor: JSON.parse(actor), registration, activityId };
  } catch {
    return undefined;
  }
}

/** The client's interaction definition type (a union per interaction type; ours is one shape). */
type Definition = Parameters<Cmi5['interaction']>[3];

export interface Cmi5Notices {
  failed(key: 'lms.initFailed' | 'lms.writeFailed', code: string): void;
  mode(mode: Exclude<LaunchMode, 'Normal'>): void;
}

export interface Cmi5Session {
  namespace: string;
  /** Sends what is pending and `terminated`, then leaves for the LMS's returnURL (if it gave one). */
  exit(): Promise<{ returnURL: string | undefined }>;
}

const code = (error: unknown) =>
  String((error as { response?: { status?: number } }).response?.status ?? 'network');

/** Starts the cmi5 session; resolves once the learner state is in the browser copy. */
export async function startCmi5(
  params: LaunchParameters,
  notices: Cmi5Notices,
  clock = () => new Date(),
): Promise<Cmi5Session> {
  const namespace = courseNamespace(course.id, params.registration, location.pathname);
  const cmi5 = new Cmi5(params);
  try {
    await cmi5.initialize();
  } catch (error) {
    notices.failed('lms.initFailed', code(error));
    return { namespace, exit: async () => ({ returnURL: undefined }) };
  }
  const data = cmi5.getLaunchData();
  const mode = data.launchMode;
  if (mode !== 'Normal') notices.mode(mode);
  const passing =
    typeof data.masteryScore === 'number'
      ? Math.round(data.masteryScore * 10000) / 100
      : LMS_RULES.passingPercent;
  const where = {
    agent: params.actor,
    activityId: params.activityId,
    registration: params.registration,
    stateId: CMI5_STATE_ID,
  };
  const xapi = cmi5.xapi!;

  const stored = await xapi.getState(where).then(
    (r) => readCmi5State(r.data),
    () => undefined, // none yet (404) or unreadable: the browser copy leads
  );
  const resumed = stored === undefined ? undefined : decodeResume(course, stored.resume);
  let marks: SyncMarks = resumed?.marks ?? emptyMarks();
  let sent: Cmi5Sent = stored?.sent ?? noneSent();
  const local = readCopy(namespace);
  writeCopy(namespace, resumed === undefined ? local : mergeResume(local, resumed));

  // One queue, so statements reach the LRS in the order they were made and terminated is last.
  let queue: Promise<unknown> = Promise.resolve();
  let failed = false;
  const enqueue = (task: () => Promise<unknown>) => {
    queue = queue.then(task).catch((error: unknown) => {
      if (failed) return;
      failed = true;
      notices.failed('lms.writeFailed', code(error));
    });
    return queue;
  };

  const started = clock().getTime();
  const drawSeen = new Map<string, { seed: number | undefined; at: number }>();
  for (const [id, record] of Object.entries(readCopy(namespace).attempts.tests))
    drawSeen.set(id, { seed: record.seed, at: started });
  const stepSeen = new Map<string, number>();
  const latency = (ref: LatencyRef): number | undefined => {
    if (ref.kind === 'test') {
      const seen = drawSeen.get(ref.testId);
      const ms = seen === undefined ? undefined : Date.parse(ref.attempt.at) - seen.at;
      return ms !== undefined && ms >= 0 ? ms : undefined;
    }
    const since =
      stepSeen.get(ref.run.startedAt) ?? Math.max(Date.parse(ref.run.startedAt), started);
    return Math.max(0, clock().getTime() - since);
  };

  function sync(): void {
    if (mode !== 'Normal') return; // Browse and Review record nothing (cmi5 10.2.2)
    const copy = readCopy(namespace);
    const now = clock();
    for (const [id, record] of Object.entries(copy.attempts.tests))
      if (drawSeen.get(id)?.seed !== record.seed)
        drawSeen.set(id, { seed: record.seed, at: now.getTime() });
    const pending = pendingInteractions(
      course,
      copy.attempts,
      copy.runs,
      marks,
      now.toISOString(),
      latency,
    );
    for (const run of Object.values(copy.runs.active)) stepSeen.set(run.startedAt, now.getTime());
    marks = pending.marks;
    for (const interaction of pending.interactions) {
      const a = answered(interaction);
      const period =
        a.period === undefined
          ? undefined
          : { start: new Date(a.period.start), end: new Date(a.period.end) };
      void enqueue(() =>
        cmi5.interaction(a.test, a.item, a.response, a.definition as Definition, a.success, period),
      );
    }
    const status = lmsStatus(course, copy.reading, copy.attempts, passing);
    const judged = dueJudgements(status, sent, mode);
    sent = judged.sent;
    const scaled = status.score === undefined ? undefined : status.score / 100;
    for (const verb of judged.due)
      void enqueue(() =>
        verb === 'completed'
          ? cmi5.complete()
          : verb === 'passed'
            ? cmi5.pass(scaled)
            : cmi5.fail(scaled),
      );
    const state = cmi5State(
      encodeResume(course, resumeSnapshot(copy.reading, copy.attempts, copy.runs, marks), 64000),
      sent,
    );
    void enqueue(() => xapi.setState({ ...where, state }));
  }

  sync();
  let timer: ReturnType<typeof setTimeout> | undefined;
  addEventListener('storage', (event) => {
    if (!isLearnerKey(namespace, event.key)) return;
    clearTimeout(timer);
    timer = setTimeout(sync, 200);
  });

  let ended: Promise<{ returnURL: string | undefined }> | undefined;
  const exit = () => {
    ended ??= (async () => {
      clearTimeout(timer);
      sync();
      await enqueue(() => cmi5.terminate());
      return { returnURL: data.returnURL };
    })();
    return ended;
  };
  // Closing the window without the exit button: best effort, the browser may cut it short.
  addEventListener('pagehide', () => void exit());
  return { namespace, exit };
}
