import { describe, expect, test } from 'vitest';
import { createSerialSearch } from '../../../../src/lib/search/serial';

function deferred() {
  const calls: {
    query: string;
    resolve: (value: string) => void;
    reject: (error: Error) => void;
  }[] = [];
  const run = (query: string) =>
    new Promise<string>((resolve, reject) => calls.push({ query, resolve, reject }));
  return { calls, run };
}
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createSerialSearch', () => {
  test('runs one search at a time, then only the newest waiting query, and reports only the newest', async () => {
    const { calls, run } = deferred();
    const results: string[] = [];
    const search = createSerialSearch(
      run,
      (query, result) => results.push(`${query}=${result}`),
      () => {},
    );
    search.ask('回');
    search.ask('回款');
    search.ask('回款速度');
    expect(calls.map((call) => call.query)).toEqual(['回']);
    calls[0]!.resolve('r1');
    await flush();
    expect(calls.map((call) => call.query)).toEqual(['回', '回款速度']);
    expect(results).toEqual([]);
    calls[1]!.resolve('r3');
    await flush();
    expect(results).toEqual(['回款速度=r3']);
  });
  test('reports an error for the newest query and keeps working afterwards', async () => {
    const { calls, run } = deferred();
    const errors: string[] = [];
    const results: string[] = [];
    const search = createSerialSearch(
      run,
      (query, result) => results.push(`${query}=${result}`),
      (query) => errors.push(query),
    );
    search.ask('航信');
    calls[0]!.reject(new Error('offline'));
    await flush();
    expect(errors).toEqual(['航信']);
    search.ask('航信');
    calls[1]!.resolve('ok');
    await flush();
    expect(results).toEqual(['航信=ok']);
  });
});
