import { useState } from 'preact/hooks';
import type { ScenarioSource } from '../../lib/content/data-files';
import type { Catalog } from '../../lib/workshop/result-code';
import type { QrDrawing } from '../../lib/workshop/qr';
import { fill } from '../../lib/util/template';
import type { Strings } from '../strings';
import { act } from '../act';
import type { CODE_KEYS } from './keys';

interface Props {
  catalog: Catalog;
  /** A lesson id or `exam` for tests; omitted for scenarios. */
  testId?: string;
  /** The scenario's shared file, for scenario results (loaded when the code is made). */
  scenario?: ScenarioSource;
  strings: Strings<typeof CODE_KEYS>;
}

/**
 * After a test or a scenario: the learner's result as a code for the trainer's roster. The encoder
 * (with the stores it reads) and the QR generator load only when asked for, to keep test pages light.
 */
export default function ResultCode({ catalog, testId, scenario, strings: s }: Props) {
  const [name, setName] = useState('');
  const [team, setTeam] = useState('');
  const [made, setMade] = useState<{ code: string; percent: number } | undefined>();
  const [problem, setProblem] = useState('');
  const [copied, setCopied] = useState(false);
  const [qr, setQr] = useState<QrDrawing | undefined>();

  // The code maker, the scenario and the QR encoder load on demand: if one cannot, the learner is told.
  const partly = (action: () => Promise<void>) =>
    act(action, () => setProblem(s['common.partFailed']));
  const make = async () => {
    setCopied(false);
    setQr(undefined);
    const [{ makeResultCode }, { loadScenario }] = await Promise.all([
      import('../../stores/result-code'),
      import('../../stores/data-files'),
    ]);
    const def = scenario === undefined ? undefined : await loadScenario(scenario);
    if (scenario !== undefined && def === undefined) return setProblem(s['code.loadFailed']);
    const result = makeResultCode(catalog, name, { testId, def }, team);
    if (result === undefined) return setProblem(s['code.noResult']);
    if (name.trim() === '') return setProblem(s['code.needName']);
    setProblem('');
    setMade(result);
  };
  const copy = async () => {
    if (made === undefined) return;
    try {
      await navigator.clipboard.writeText(made.code);
      setProblem('');
      setCopied(true);
    } catch {
      setCopied(false);
      setProblem(s['code.copyFailed']);
    }
  };
  const showQr = async () => {
    if (made === undefined) return;
    const { qrDrawing } = await import('../../lib/workshop/qr');
    // Without the dashes of the typed form: fewer characters, a smaller symbol, larger modules.
    setQr(qrDrawing(made.code.replace(/-/g, '')));
  };

  return (
    <section class="result-code" aria-labelledby="result-code-title">
      <h2 id="result-code-title">{s['code.title']}</h2>
      <p>{s['code.lead']}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          partly(make)();
        }}
      >
        <label for="result-code-name">{s['code.name']}</label>
        <input
          id="result-code-name"
          name="nickname"
          autocomplete="nickname"
          maxLength={24}
          value={name}
          onInput={(e) => {
            setName(e.currentTarget.value);
            setMade(undefined);
            setQr(undefined);
          }}
        />
        <label for="result-code-team">{s['code.team']}</label>
        <input
          id="result-code-team"
          name="team"
          maxLength={5}
          value={team}
          onInput={(e) => {
            setTeam(e.currentTarget.value);
            setMade(undefined);
            setQr(undefined);
          }}
        />
        <button type="submit">{s['code.make']}</button>
      </form>
      <div role="status" aria-live="polite">
        {problem !== '' && <p class="result-code-problem">{problem}</p>}
        {made !== undefined && (
          <>
            <p>{fill(s['code.yours'], { score: made.percent })}</p>
            <p class="result-code-text" data-testid="result-code" lang="en">
              {made.code}
            </p>
            <p class="result-code-actions">
              <button type="button" onClick={partly(copy)}>
                {s['code.copy']}
              </button>
              <button type="button" class="secondary" onClick={partly(showQr)}>
                {s['code.showQr']}
              </button>
              {copied && <span> {s['code.copied']}</span>}
            </p>
          </>
        )}
      </div>
      {made !== undefined && qr !== undefined && (
        <figure class="result-code-qr">
          <svg
            role="img"
            aria-label={fill(s['code.qrLabel'], { code: made.code })}
            viewBox={`0 0 ${qr.size} ${qr.size}`}
            width={qr.size * 12}
            height={qr.size * 12}
            shape-rendering="crispEdges"
          >
            <rect width={qr.size} height={qr.size} fill="#fff" />
            <path d={qr.path} fill="#000" />
          </svg>
          <figcaption>{s['code.qrHint']}</figcaption>
        </figure>
      )}
    </section>
  );
}
