/**
 * Runs searches one at a time. Pagefind returned wrong excerpts when `search()` calls overlapped, so a
 * query typed while another runs waits, and only the newest waiting query runs next; answers to
 * queries that were overtaken are dropped.
 */
export interface SerialSearch {
  /** Asks for `query`; `onResult` is called only if no newer query was asked meanwhile. */
  ask(query: string): void;
}

export function createSerialSearch<R>(
  run: (query: string) => Promise<R>,
  onResult: (query: string, result: R) => void,
  onError: (query: string, error: unknown) => void,
): SerialSearch {
  let running = false;
  let pending: string | undefined;
  let latest: string | undefined;

  const next = async (): Promise<void> => {
    if (running || pending === undefined) return;
    const query = pending;
    pending = undefined;
    running = true;
    try {
      const result = await run(query);
      if (query === latest && pending === undefined) onResult(query, result);
    } catch (error) {
      if (query === latest && pending === undefined) onError(query, error);
    } finally {
      running = false;
    }
    await next();
  };

  return {
    ask(query) {
      latest = query;
      pending = query;
      void next();
    },
  };
}
