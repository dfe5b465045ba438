import type { APIRoute, GetStaticPaths } from 'astro';
import { getScenarios } from '../../../data/scenarios';

/**
 * A scenario's definition as JSON, for the roster: it replays learners' decisions to average the
 * room's competency points. Fetched only when the trainer picks that scenario, so the roster page
 * stays light.
 */
export const getStaticPaths = (async () =>
  (await getScenarios()).map(({ def }) => ({
    params: { id: def.id },
    props: { def },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify((props as { def: unknown }).def), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
