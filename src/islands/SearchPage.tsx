import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { $search, preloadSearch, searchFor } from '../stores/search';
import { fill } from '../lib/util/template';
import type { Strings } from './strings';
import type { SEARCH_KEYS } from './keys';

interface Props {
  strings: Strings<typeof SEARCH_KEYS>;
}

/** Full-text search over the built site (pagefind), one query at a time, results as plain text. */
export default function SearchPage({ strings }: Props) {
  const state = useStore($search);
  const [value, setValue] = useState('');
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    preloadSearch();
    // Text typed before hydration (slow phones) wins over the ?q= the page was opened with.
    const typed = input.current?.value ?? '';
    const initial =
      typed.trim() !== '' ? typed : (new URLSearchParams(location.search).get('q') ?? '');
    if (initial.trim() !== '') {
      setValue(initial);
      searchFor(initial, 0);
    }
  }, []);

  const update = (next: string, delay?: number) => {
    setValue(next);
    searchFor(next, delay);
    const url = new URL(location.href);
    if (next.trim() === '') url.searchParams.delete('q');
    else url.searchParams.set('q', next.trim());
    history.replaceState(null, '', url);
  };

  const status =
    state.status === 'searching'
      ? strings['search.searching']
      : state.status === 'error'
        ? strings['search.unavailable']
        : state.status === 'done'
          ? state.results.length === 0
            ? fill(strings['search.none'], { q: state.query })
            : fill(strings['search.count'], { n: state.results.length })
          : '';

  return (
    <div class="search-page">
      <form
        role="search"
        class="search-form"
        onSubmit={(event) => {
          event.preventDefault();
          update(input.current?.value ?? value, 0);
        }}
      >
        <label for="search-q">{strings['search.label']}</label>
        <div class="search-row">
          <input
            ref={input}
            id="search-q"
            type="search"
            name="q"
            autocomplete="off"
            placeholder={strings['search.placeholder']}
            value={value}
            onInput={(event) => update(event.currentTarget.value)}
          />
          <button type="submit">{strings['search.submit']}</button>
        </div>
      </form>
      {/* data-query: the query this status answers (a test waits for its own query, not a leftover). */}
      <p class="search-status" role="status" aria-live="polite" data-query={state.query}>
        {status}
      </p>
      {state.results.length > 0 && (
        <ol class="search-results" aria-label={strings['search.results']}>
          {state.results.map((result) => (
            <li key={result.url}>
              <a class="result-title" href={result.url}>
                {result.title}
              </a>
              {result.kind !== '' && <p class="result-kind">{result.kind}</p>}
              {result.passages.map((passage) => (
                <div class="passage" key={passage.url}>
                  {passage.title !== '' && (
                    <a class="passage-title" href={passage.url}>
                      {passage.title}
                    </a>
                  )}
                  <p class="excerpt">
                    {passage.segments.map((segment, index) =>
                      segment.mark ? <mark key={index}>{segment.text}</mark> : segment.text,
                    )}
                  </p>
                </div>
              ))}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
