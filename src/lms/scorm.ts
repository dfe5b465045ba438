/**
 * The SCORM adapter of the launch page (loaded only when an LMS API was found). It owns the one
 * LMS session of the course: initialise, resume the browser copy from `suspend_data`, report
 * status, score and interactions whenever the site changes the browser copy (`storage` events from
 * the site frame), and on leaving set exit = suspend, the session time, commit and finish.
 */
import course from 'virtual:tmc-lms-course';
import { lmsStatus, scorm12Status, LMS_RULES } from '../lib/lms/rules';
import {
  decodeResume,
  emptyMarks,
  encodeResume,
  mergeResume,
  resumeSnapshot,
  SUSPEND_LIMIT,
  type SyncMarks,
} from '../lib/lms/resume';
import { pendingInteractions, type LatencyRef } from '../lib/lms/sync';
import { scorm12Writes, scorm2004Writes } from '../lib/lms/interactions';
import { isoDuration, scorm12Timespan } from '../lib/lms/time';
import { courseNamespace } from '../lib/lms/namespace';
import { isLearnerKey, readCopy, writeCopy } from './browser-copy';

export interface Scorm12Api {
  LMSInitialize(p: ''): string;
  LMSFinish(p: ''): string;
  LMSGetValue(e: string): string;
  LMSSetValue(e: string, v: string): string;
  LMSCommit(p: ''): string;
  LMSGetLastError(): string;
}
export interface Scorm2004Api {
  Initialize(p: ''): string;
  Terminate(p: ''): string;
  GetValue(e: string): string;
  SetValue(e: string, v: string): string;
  Commit(p: ''): string;
  GetLastError(): string;
}
export type FoundApi = { version: '1.2'; api: Scorm12Api } | { version: '2004'; api: Scorm2004Api };

/** The calls both versions share, with the version's element names. */
interface Lms {
  init(): boolean;
  get(e: string): string;
  set(e: string, v: string): boolean;
  commit(): boolean;
  finish(): boolean;
  error(): string;
}

function wrap(found: FoundApi): Lms {
  if (found.version === '1.2') {
    const a = found.api;
    return {
      init: () => String(a.LMSInitialize('')) === 'true',
      get: (e) => String(a.LMSGetValue(e) ?? ''),
      set: (e, v) => String(a.LMSSetValue(e, v)) === 'true',
      commit: () => String(a.LMSCommit('')) === 'true',
      finish: () => String(a.LMSFinish('')) === 'true',
      error: () => String(a.LMSGetLastError()),
    };
  }
  const a = found.api;
  return {
    init: () => String(a.Initialize('')) === 'true',
    get: (e) => String(a.GetValue(e) ?? ''),
    set: (e, v) => String(a.SetValue(e, v)) === 'true',
    commit: () => String(a.Commit('')) === 'true',
    finish: () => String(a.Terminate('')) === 'true',
    error: () => String(a.GetLastError()),
  };
}

export interface Session {
  namespace: string;
}

export interface Notices {
  failed(key: 'lms.initFailed' | 'lms.writeFailed', code: string): void;
}

/** Starts the SCORM session; the returned namespace is the site's storage namespace. */
export function startScorm(found: FoundApi, notices: Notices, clock = () => new Date()): Session {
  const lms = wrap(found);
  const v12 = found.version === '1.2';
  const started = clock();
  if (!lms.init()) {
    notices.failed('lms.initFailed', lms.error());
    return { namespace: courseNamespace(course.id, 'offline', location.pathname) };
  }
  const learner = lms.get(v12 ? 'cmi.core.student_id' : 'cmi.learner_id');
  const namespace = courseNamespace(course.id, learner, location.pathname);
  const lmsPassing = v12
    ? Number.parseFloat(lms.get('cmi.student_data.mastery_score'))
    : Number.parseFloat(lms.get('cmi.scaled_passing_score')) * 100;
  const passing = Number.isFinite(lmsPassing) ? lmsPassing : LMS_RULES.passingPercent;

  const resumed = decodeResume(course, lms.get('cmi.suspend_data'));
  let marks: SyncMarks = resumed?.marks ?? emptyMarks();
  const local = readCopy(namespace);
  writeCopy(namespace, resumed === undefined ? local : mergeResume(local, resumed));

  // Latency: a test from when its current draw was first seen, a decision from the previous one.
  const drawSeen = new Map<string, { seed: number | undefined; at: number }>();
  const stepSeen = new Map<string, number>();
  const latency = (ref: LatencyRef): number | undefined => {
    if (ref.kind === 'test') {
      const seen = drawSeen.get(ref.testId);
      const ms = seen === undefined ? undefined : Date.parse(ref.attempt.at) - seen.at;
      return ms !== undefined && ms >= 0 ? ms : undefined;
    }
    const since =
      stepSeen.get(ref.run.startedAt) ?? Math.max(Date.parse(ref.run.startedAt), started.getTime());
    return Math.max(0, clock().getTime() - since);
  };

  let failed = false;
  const set = (e: string, value: string) => {
    if (!lms.set(e, value) && !failed) {
      failed = true;
      notices.failed('lms.writeFailed', lms.error());
    }
  };

  function sync(): void {
    const data = readCopy(namespace);
    const now = clock();
    for (const [id, record] of Object.entries(data.attempts.tests)) {
      if (drawSeen.get(id)?.seed !== record.seed)
        drawSeen.set(id, { seed: record.seed, at: now.getTime() });
    }
    const pending = pendingInteractions(
      course,
      data.attempts,
      data.runs,
      marks,
      now.toISOString(),
      latency,
    );
    pending.interactions.forEach((interaction, k) => {
      const writes = v12
        ? scorm12Writes(interaction, marks.count + k)
        : scorm2004Writes(interaction, marks.count + k);
      for (const [e, value] of writes) set(e, value);
    });
    for (const run of Object.values(data.runs.active)) stepSeen.set(run.startedAt, now.getTime());
    marks = pending.marks;
    const status = lmsStatus(course, data.reading, data.attempts, passing);
    if (v12) {
      set('cmi.core.lesson_status', scorm12Status(status));
      if (status.score !== undefined) {
        set('cmi.core.score.raw', String(status.score));
        set('cmi.core.score.min', '0');
        set('cmi.core.score.max', '100');
      }
    } else {
      set('cmi.completion_status', status.completed ? 'completed' : 'incomplete');
      set('cmi.progress_measure', (status.lessonsRead / status.lessonsTotal).toFixed(2));
      set('cmi.success_status', status.success);
      if (status.score !== undefined) {
        set('cmi.score.scaled', (status.score / 100).toFixed(2));
        set('cmi.score.raw', String(status.score));
        set('cmi.score.min', '0');
        set('cmi.score.max', '100');
      }
    }
    const snapshot = resumeSnapshot(data.reading, data.attempts, data.runs, marks);
    set('cmi.suspend_data', encodeResume(course, snapshot, v12 ? SUSPEND_LIMIT : 64000));
    lms.commit();
  }

  // Times the draw of each test as seen at launch.
  for (const [id, record] of Object.entries(readCopy(namespace).attempts.tests))
    drawSeen.set(id, { seed: record.seed, at: started.getTime() });
  sync();

  let timer: ReturnType<typeof setTimeout> | undefined;
  addEventListener('storage', (event) => {
    if (!isLearnerKey(namespace, event.key)) return;
    clearTimeout(timer);
    timer = setTimeout(sync, 200);
  });

  let finished = false;
  const finish = () => {
    if (finished) return;
    finished = true;
    clearTimeout(timer);
    sync();
    const ms = clock().getTime() - started.getTime();
    set(v12 ? 'cmi.core.exit' : 'cmi.exit', 'suspend');
    set(
      v12 ? 'cmi.core.session_time' : 'cmi.session_time',
      v12 ? scorm12Timespan(ms) : isoDuration(ms),
    );
    lms.commit();
    lms.finish();
  };
  addEventListener('pagehide', finish);
  addEventListener('beforeunload', finish);
  return { namespace };
}
