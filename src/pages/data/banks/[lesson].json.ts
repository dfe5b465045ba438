import type { APIRoute, GetStaticPaths } from 'astro';
import { getPools } from '../../../data/quizzes';
import { bankFile } from '../../../lib/content/data-files';

/**
 * A lesson's question bank (learner view: trainer notes stripped), written once from the checked
 * collection. The lesson test, the card self-tests, the exam and the mistakes book fetch it instead
 * of carrying the questions in their pages; the service worker precaches it with the learner pack.
 */
export const getStaticPaths = (async () =>
  (await getPools()).map((pool) => ({
    params: { lesson: pool.lesson },
    props: { file: bankFile(pool.lesson, pool.questions) },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify((props as { file: unknown }).file), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
