/**
 * A cmi5 LMS + LRS test double: a small HTTP server on 127.0.0.1 (random port) implementing the
 * cmi5 launch contract an AU meets (cmi5 spec sections 8 and 10, xAPI 1.0.3):
 * - the fetch URL: POST → `{"auth-token": …}` once; every later call → `{"error-code": "1", …}`;
 * - the State API (`activities/state`: GET, PUT, POST merges JSON) holding `LMS.LaunchData`;
 * - the Agent Profile API (`agents/profile`, `cmi5LearnerPreferences`);
 * - statements (POST one or many, PUT with `statementId`);
 * - CORS with preflight on every resource, and Basic auth with the session's token.
 * Every statement received is checked with `@learninglocker/xapi-validation`; any warning is kept
 * in `problems`, which a test must find empty.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import validationModule from '@learninglocker/xapi-validation';

// A CommonJS module with `exports.default`: under ESM its default is the exports object.
const validation =
  (validationModule as unknown as { default?: typeof validationModule }).default ??
  validationModule;

export const SESSION_ID = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';

export interface Statement {
  id: string;
  actor: unknown;
  verb: { id: string };
  object: { id: string; definition?: Record<string, unknown> };
  result?: {
    success?: boolean;
    completion?: boolean;
    response?: string;
    score?: { scaled?: number };
    duration?: string;
  };
  context?: {
    registration?: string;
    extensions?: Record<string, unknown>;
    contextActivities?: { category?: { id: string }[] };
  };
}

export interface LaunchOptions {
  registration: string;
  launchMode?: 'Normal' | 'Browse' | 'Review';
  masteryScore?: number;
  returnURL?: string;
}

interface Session {
  id: string;
  token: string;
  fetched: number;
}

export interface Lrs {
  endpoint: string;
  statements: Statement[];
  /** Validator warnings and contract breaches (bad auth, unknown resource, repeated fetch). */
  problems: string[];
  /** Fetch calls per session id, to check the AU fetched its token exactly once. */
  fetches: () => Record<string, number>;
  state: Map<string, unknown>;
  /** The AU launch query for one new session (cmi5 8.1), and the session id. */
  launch(au: string, options: LaunchOptions): { query: string; session: string };
  close(): Promise<void>;
}

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, PUT, POST, DELETE, OPTIONS',
  'Access-Control-Allow-Headers':
    'Authorization, Content-Type, X-Experience-API-Version, If-Match, If-None-Match',
  'Access-Control-Expose-Headers': 'ETag, Last-Modified, X-Experience-API-Version',
};

const body = (req: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let text = '';
    req.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    req.on('end', () => resolve(text));
  });

export const ACTOR = {
  objectType: 'Agent',
  name: 'Li Lei',
  account: { homePage: 'http://lms.test', name: 'u-42' },
};

export async function startLrs(): Promise<Lrs> {
  const statements: Statement[] = [];
  const problems: string[] = [];
  const state = new Map<string, unknown>();
  const sessions = new Map<string, Session>();
  const tokens = new Set<string>();

  const agentName = (json: string | null) => {
    try {
      return (JSON.parse(json ?? '') as typeof ACTOR).account.name;
    } catch {
      return '';
    }
  };
  const stateKey = (q: URLSearchParams) =>
    [
      q.get('activityId'),
      agentName(q.get('agent')),
      q.get('registration') ?? '',
      q.get('stateId'),
    ].join('|');

  function send(res: ServerResponse, status: number, json?: unknown): void {
    res.writeHead(status, {
      ...CORS,
      'X-Experience-API-Version': '1.0.3',
      ...(json === undefined ? {} : { 'Content-Type': 'application/json' }),
    });
    res.end(json === undefined ? undefined : JSON.stringify(json));
  }

  function record(input: unknown): string {
    const s = input as Statement;
    s.id ??= randomUUID();
    for (const w of validation(s))
      problems.push(`statement ${s.verb?.id}: ${w.constructor.name} at ${w.path.join('.')}`);
    statements.push(s);
    return s.id;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method === 'OPTIONS') return send(res, 204);
    const fetchMatch = /^\/fetch\/([\w-]+)$/.exec(url.pathname);
    if (fetchMatch !== null) {
      const session = sessions.get(fetchMatch[1]!);
      if (req.method !== 'POST' || session === undefined)
        return send(res, 400, { 'error-code': '2', 'error-text': 'Unknown fetch URL.' });
      session.fetched += 1;
      if (session.fetched > 1)
        return send(res, 400, {
          'error-code': '1',
          'error-text': 'The authorization token has already been returned.',
        });
      return send(res, 200, { 'auth-token': session.token });
    }
    if (!url.pathname.startsWith('/xapi/')) return send(res, 404);
    const auth = req.headers.authorization ?? '';
    if (!tokens.has(auth.replace(/^Basic /, ''))) {
      problems.push(`${req.method} ${url.pathname} without a valid auth token`);
      return send(res, 401);
    }
    if (req.headers['x-experience-api-version'] === undefined)
      problems.push(`${req.method} ${url.pathname} without X-Experience-API-Version`);
    const resource = url.pathname.slice('/xapi/'.length);
    const q = url.searchParams;
    if (resource === 'activities/state') {
      const key = stateKey(q);
      if (req.method === 'GET') {
        return state.has(key) ? send(res, 200, state.get(key)) : send(res, 404);
      }
      const doc = JSON.parse(await body(req)) as Record<string, unknown>;
      if (q.get('stateId') === 'LMS.LaunchData') problems.push('the AU wrote LMS.LaunchData');
      const old = state.get(key);
      state.set(
        key,
        req.method === 'POST' && typeof old === 'object' ? { ...(old as object), ...doc } : doc,
      );
      return send(res, 204);
    }
    if (resource === 'agents/profile' && req.method === 'GET') {
      return q.get('profileId') === 'cmi5LearnerPreferences'
        ? send(res, 200, { languagePreference: 'zh-CN', audioPreference: 'off' })
        : send(res, 404);
    }
    if (resource === 'statements' && (req.method === 'POST' || req.method === 'PUT')) {
      const parsed = JSON.parse(await body(req)) as unknown;
      if (req.method === 'PUT') {
        record({ ...(parsed as object), id: q.get('statementId') ?? undefined });
        return send(res, 204);
      }
      return send(res, 200, (Array.isArray(parsed) ? parsed : [parsed]).map(record));
    }
    if (resource === 'about') return send(res, 200, { version: ['1.0.3'] });
    problems.push(`unexpected ${req.method} ${url.pathname}`);
    return send(res, 404);
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      problems.push(`server error: ${String(error)}`);
      send(res, 500);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  const base = `http://127.0.0.1:${port}`;

  return {
    endpoint: `${base}/xapi/`,
    statements,
    problems,
    state,
    fetches: () => Object.fromEntries([...sessions.values()].map((s) => [s.id, s.fetched])),
    launch(au, options) {
      const session: Session = {
        id: randomUUID(),
        token: Buffer.from(`${randomUUID()}:${randomUUID()}`).toString('base64'),
        fetched: 0,
      };
      sessions.set(session.id, session);
      tokens.add(session.token);
      const agent = JSON.stringify(ACTOR);
      const launchData = {
        contextTemplate: {
          contextActivities: { grouping: [{ objectType: 'Activity', id: `${au}/publisher` }] },
          extensions: { [SESSION_ID]: session.id },
        },
        launchMode: options.launchMode ?? 'Normal',
        launchMethod: 'AnyWindow',
        moveOn: 'CompletedAndPassed',
        ...(options.masteryScore === undefined ? {} : { masteryScore: options.masteryScore }),
        ...(options.returnURL === undefined ? {} : { returnURL: options.returnURL }),
      };
      const q = new URLSearchParams({
        activityId: au,
        agent,
        registration: options.registration,
        stateId: 'LMS.LaunchData',
      });
      state.set(stateKey(q), launchData);
      const query = new URLSearchParams({
        endpoint: `${base}/xapi/`,
        fetch: `${base}/fetch/${session.id}`,
        actor: agent,
        registration: options.registration,
        activityId: au,
      });
      return { query: query.toString(), session: session.id };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
