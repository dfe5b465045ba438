import type { APIRoute, GetStaticPaths } from 'astro';
import { getScenarios } from '../../../data/scenarios';
import { scenarioFile } from '../../../lib/content/data-files';
import { forLearners } from '../../../lib/scenario/view';

/**
 * A scenario as learners see it (facilitator notes stripped), written once from the checked
 * collection. The player, its debrief and the result code fetch it instead of carrying it in their
 * pages; the service worker precaches it with the learner pack. (Trainers' pages use the full
 * definition at /workshop/scenarios/<id>.json.)
 */
export const getStaticPaths = (async () =>
  (await getScenarios()).map(({ def }) => ({
    params: { id: def.id },
    props: { file: scenarioFile(forLearners(def)) },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify((props as { file: unknown }).file), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
