import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { $quizAttempts } from '../../stores/quiz-attempts';
import { $scenarioRuns } from '../../stores/scenario-runs';
import { attemptsFormat, currentResult } from '../../lib/quiz/attempts';
import { runsFormat, historyOf } from '../../lib/scenario/runs';
import { result as runResult } from '../../lib/scenario/engine';
import type { Scenario } from '../../schemas/scenario';
import { encodeResult, groupCode, type Catalog, type ItemResult } from '../../lib/workshop/result-code';
import { fill, type Strings } from '../quiz/keys';
import type { CODE_KEYS } from './keys';

interface Props {
  catalog: Catalog;
  /** A lesson id or `exam` for tests; omitted for scenarios. */
  testId?: string;
  /** The scenario (learner view) for scenario results. */
  def?: Scenario;
  strings: Strings<typeof CODE_KEYS>;
}

const quizAtServer = attemptsFormat.initial();
const runsAtServer = runsFormat.initial();

/** After a test or a scenario: the learner's result as a code for the trainer's roster. */
export default function ResultCode({ catalog, testId, def, strings: s }: Props) {
  const attempts = useStore($quizAttempts, { ssr: () => quizAtServer });
  const runs = useStore($scenarioRuns, { ssr: () => runsAtServer });
  const [name, setName] = useState('');
  const [code, setCode] = useState<string | undefined>();
  const [problem, setProblem] = useState('');
  const [copied, setCopied] = useState(false);

  let latest: ItemResult | undefined;
  if (testId !== undefined) {
    const r = currentResult(attempts, testId);
    if (r !== undefined) latest = { name, percent: r.percent, results: r.ids.map((id) => ({ key: id, ok: r.right.includes(id) })) };
  } else if (def !== undefined) {
    const run = historyOf(runs, def.id)[0];
    const res = run === undefined ? undefined : runResult(def, run);
    if (res !== undefined) {
      const max = res.scores.reduce((a, x) => a + x.max, 0);
      const got = res.scores.reduce((a, x) => a + Math.max(0, x.score), 0);
      latest = {
        name,
        percent: max > 0 ? Math.round((got / max) * 100) : 0,
        results: res.path.map((p) => ({ key: `${p.node}/${p.choice.id}`, ok: p.expert === undefined })),
      };
    }
  }

  const make = (e: Event) => {
    e.preventDefault();
    setCopied(false);
    if (latest === undefined) return setProblem(s['code.noResult']);
    if (name.trim() === '') return setProblem(s['code.needName']);
    setProblem('');
    setCode(encodeResult(catalog, latest));
  };
  const copy = async () => {
    if (code === undefined) return;
    try {
      await navigator.clipboard.writeText(groupCode(code));
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };

  return (
    <section class="result-code" aria-labelledby="result-code-title">
      <h2 id="result-code-title">{s['code.title']}</h2>
      <p>{s['code.lead']}</p>
      <form onSubmit={make}>
        <label for="result-code-name">{s['code.name']}</label>
        <input id="result-code-name" name="nickname" autocomplete="nickname" maxLength={24} value={name} onInput={(e) => { setName(e.currentTarget.value); setCode(undefined); }} />
        <button type="submit">{s['code.make']}</button>
      </form>
      <div role="status" aria-live="polite">
        {problem !== '' && <p class="result-code-problem">{problem}</p>}
        {code !== undefined && latest !== undefined && (
          <>
            <p>{fill(s['code.yours'], { score: latest.percent })}</p>
            <p class="result-code-text" data-testid="result-code" lang="en">{groupCode(code)}</p>
            <button type="button" onClick={() => void copy()}>{s['code.copy']}</button>
            {copied && <span> {s['code.copied']}</span>}
          </>
        )}
      </div>
    </section>
  );
}
