/**
 * The stored format of a live workshop session.
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
import type { Parsed, VersionedFormat } from '../../storage/versioned';
import { isRecord } from '../../util/guards';
import { parseRun } from '../../scenario/runs';
import {
  initialSession,
  type LedgerEntry,
  type Presentation,
  type Session,
  type Tally,
  type Team,
} from './model';

const isNumberRecord = (v: unknown): v is Record<string, number> =>
  isRecord(v) && Object.values(v).every((n) => typeof n === 'number');
const isStringRecord = (v: unknown): v is Record<string, string> =>
  isRecord(v) && Object.values(v).every((n) => typeof n === 'string');

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
  // The same reader as the learner's saved runs: a run it rejects is rejected here too.
  const run = v['run'] === null ? null : parseRun(v['run']);
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
