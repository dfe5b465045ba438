import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { Scenario } from '../schemas/scenario';
import { fitsScenario } from '../lib/scenario/runs';
import { viewOf, type StepView } from '../lib/scenario/view';
import {
  $scenarioRuns,
  scenarioRunsAtServer,
  chooseInScenario,
  startScenario,
  undoInScenario,
} from '../stores/scenario-runs';
import { fill } from '../lib/util/template';
import { assertNever } from '../lib/util/guards';
import type { LinkMap } from './scenario-types';
import { Feedback, Scores } from './ScenarioParts';
import type { Strings } from './strings';
import { useStored } from './use-stored';
import type { SCENARIO_KEYS } from './keys';

interface Props {
  def: Scenario;
  links: LinkMap;
  strings: Strings<typeof SCENARIO_KEYS>;
  debriefHref: string;
  /** Rendering over the server's HTML (see `DataGate`). */
  hydrating: boolean;
}

/** Plays a loaded scenario one step at a time; the run lives in the scenario-runs store. */
export default function ScenarioSteps({ def, links, strings: s, debriefHref, hydrating }: Props) {
  const runs = useStored($scenarioRuns, scenarioRunsAtServer, hydrating);
  const stored = runs.active[def.id];
  // A run that no longer fits the scenario (unknown case) is not shown; the learner starts afresh.
  const run = stored !== undefined && fitsScenario(def, stored) ? stored : undefined;
  const view = useMemo(
    () =>
      run === undefined
        ? undefined
        : viewOf(def, run, { yes: s['scenario.yes'], no: s['scenario.no'] }),
    [def, run, s],
  );
  const heading = useRef<HTMLHeadingElement>(null);
  const acted = useRef(false);
  useEffect(() => {
    if (acted.current) heading.current?.focus();
  }, [view?.key]);
  const act = (fn: () => void) => () => {
    acted.current = true;
    fn();
  };
  const restart = act(() => startScenario(def));
  return (
    <div class="scenario-player" data-pagefind-ignore>
      <div role="status" aria-live="polite" class="feedback-region">
        {view?.feedback !== undefined && <Feedback feedback={view.feedback} links={links} s={s} />}
      </div>
      {view === undefined ? (
        <button type="button" class="scenario-start" onClick={restart}>
          {s['scenario.start']}
        </button>
      ) : view.kind === 'step' ? (
        <Step
          view={view}
          heading={heading}
          s={s}
          resumed={!acted.current && run !== undefined && run.steps.length > 0}
          onChoose={(id) => act(() => chooseInScenario(def, id))()}
        >
          <div class="scenario-tools">
            <button
              type="button"
              class="secondary"
              disabled={!view.canUndo}
              onClick={act(() => undoInScenario(def))}
            >
              {s['scenario.undo']}
            </button>
            <button type="button" class="secondary" onClick={restart}>
              {s['scenario.restart']}
            </button>
          </div>
        </Step>
      ) : view.kind === 'ending' ? (
        <section class="scenario-ending" aria-labelledby="scenario-step-title">
          <p class={`outcome outcome-${view.outcome}`}>
            {s['scenario.outcome']}：{s[`outcome.${view.outcome}`]}
          </p>
          <h2 id="scenario-step-title" tabIndex={-1} ref={heading}>
            {view.title}
          </h2>
          {view.paragraphs.map((p) => (
            <p key={p}>{p}</p>
          ))}
          <Scores scores={view.scores} s={s} />
          <p class="scenario-tools">
            <a class="button" href={debriefHref}>
              {s['scenario.toDebrief']}
            </a>
            <button type="button" class="secondary" onClick={restart}>
              {s['scenario.again']}
            </button>
          </p>
        </section>
      ) : (
        assertNever(view)
      )}
    </div>
  );
}

interface StepProps {
  view: StepView;
  heading: { current: HTMLHeadingElement | null };
  s: Strings<typeof SCENARIO_KEYS>;
  resumed: boolean;
  onChoose: (id: string | null) => void;
  children: preact.ComponentChildren;
}

function Step({ view, heading, s, resumed, onChoose, children }: StepProps) {
  return (
    <section class="scenario-step" aria-labelledby="scenario-step-title">
      {resumed && <p class="resumed">{s['scenario.resumed']}</p>}
      <p class="step-number">{fill(s['scenario.step'], { n: view.stepNumber })}</p>
      <h2 id="scenario-step-title" tabIndex={-1} ref={heading}>
        {view.title}
      </h2>
      {view.speaker !== undefined && <p class="speaker">{view.speaker}</p>}
      {view.paragraphs.map((p) => (
        <p key={p}>{p}</p>
      ))}
      {view.clues.length > 0 && (
        <div class="clues">
          <h3>{s['scenario.clues']}</h3>
          <ul>
            {view.clues.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </div>
      )}
      {view.nodeType === 'decision' ? (
        <fieldset class="choices">
          <legend>{view.prompt}</legend>
          <ul>
            {view.choices.map((c) => (
              <li key={c.id}>
                <button type="button" class="choice" onClick={() => onChoose(c.id)}>
                  {c.label}
                </button>
              </li>
            ))}
          </ul>
        </fieldset>
      ) : (
        <button type="button" onClick={() => onChoose(null)}>
          {s['scenario.continue']}
        </button>
      )}
      {view.state.length > 0 && (
        <aside class="scenario-state" aria-labelledby="scenario-state-title">
          <h3 id="scenario-state-title">{s['scenario.state']}</h3>
          <dl>
            {view.state.map((v) => (
              <div key={v.label}>
                <dt>{v.label}</dt>
                <dd>{v.value}</dd>
              </div>
            ))}
          </dl>
        </aside>
      )}
      {children}
    </section>
  );
}
