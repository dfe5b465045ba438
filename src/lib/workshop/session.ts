/**
 * A live workshop session: the trainer presents one scenario or question bank at a time to the
 * room, enters the show of hands, reveals, and moves on. Pure: the console's store calls `apply`
 * and persists the result; clocks and seeds come in with the commands.
 *
 * - `session/model.ts`: the session's shape, the commands and notices, the empty session;
 * - `session/queries.ts`: read-only questions (options, room tally, team scores);
 * - `session/reducer.ts`: `apply`, the one state transition;
 * - `session/format.ts`: the stored JSON and its reader (runs are read by `scenario/runs.ts`).
 */
export * from './session/model';
export * from './session/queries';
export * from './session/reducer';
export * from './session/format';
