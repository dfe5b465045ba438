import { useMemo } from 'preact/hooks';
import type { Scenario } from '../schemas/scenario';
import { viewOf } from '../lib/scenario/view';
import { fitsScenario, hiddenRuns, historyOf, latestFinished } from '../lib/scenario/runs';
import { $scenarioRuns, scenarioRunsAtServer } from '../stores/scenario-runs';
import { fill } from '../lib/util/template';
import { useStored } from './use-stored';
import type { LinkMap } from './scenario-types';
import { LessonLinkView, Scores } from './ScenarioParts';
import PathMap from './charts/PathMap';
import type { Strings } from './strings';
import type { DEBRIEF_KEYS } from './keys';

interface Props {
  def: Scenario;
  links: LinkMap;
  strings: Strings<typeof DEBRIEF_KEYS>;
  playHref: string;
  /** Rendering over the server's HTML (see `DataGate`). */
  hydrating: boolean;
}

/** The debrief of a loaded scenario's latest finished run: path against the expert's, scores, what to review, history. */
export default function DebriefView({ def, links, strings: s, playHref, hydrating }: Props) {
  const runs = useStored($scenarioRuns, scenarioRunsAtServer, hydrating);
  const history = historyOf(runs, def.id).filter((r) => fitsScenario(def, r));
  const latest = latestFinished(runs, def);
  const hidden = hiddenRuns(runs, def);
  const hiddenNote = hidden > 0 && (
    <p class="scenario-hidden">{fill(s['scenario.hiddenRuns'], { n: hidden })}</p>
  );
  const view = useMemo(
    () => (latest === undefined ? undefined : viewOf(def, latest)),
    [def, latest],
  );
  if (view === undefined || view.kind !== 'ending') {
    return (
      <div class="scenario-empty" data-pagefind-ignore>
        {hidden === 0 && <p>{s['scenario.noRun']}</p>}
        {hiddenNote}
        <p>
          <a href={playHref}>{s['scenario.backToPlay']}</a>
        </p>
      </div>
    );
  }
  return (
    <div class="scenario-debrief" data-pagefind-ignore>
      <p class={`outcome outcome-${view.outcome}`}>
        {s['scenario.outcome']}：{s[`outcome.${view.outcome}`]} · {view.title}
      </p>
      {view.caseLabel !== undefined && (
        <p>
          {s['scenario.case']}：{view.caseLabel}
        </p>
      )}
      {view.debrief.map((p) => (
        <p key={p}>{p}</p>
      ))}
      <Scores scores={view.scores} s={s} />
      <h2>{s['scenario.path']}</h2>
      <PathMap
        differs={view.path.map((p) => p.expert !== undefined)}
        outcome={s[`outcome.${view.outcome}`]}
        outcomeKind={view.outcome}
        strings={s}
      />
      <ol class="scenario-path">
        {view.path.map((p, i) => (
          <li key={i}>
            <h3>{p.title}</h3>
            <p>
              {s['scenario.yourChoice']}：{p.choice}
            </p>
            <p>{p.feedback}</p>
            <p class={p.expert === undefined ? 'same' : 'differs'}>
              {p.expert === undefined
                ? s['scenario.sameAsExpert']
                : `${s['scenario.expertChoice']}：${p.expert}`}
            </p>
            <p class="why">
              {s['scenario.why']}：<LessonLinkView link={p.rationale} links={links} />
            </p>
          </li>
        ))}
      </ol>
      {view.review.length > 0 && (
        <>
          <h2>{s['scenario.review']}</h2>
          <ul class="scenario-review">
            {view.review.map((l) => (
              <li key={`${l.lesson}#${l.section}`}>
                <LessonLinkView link={l} links={links} />
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <a class="button" href={playHref}>
          {s['scenario.backToPlay']}
        </a>
      </p>
      <h2>{s['scenario.history']}</h2>
      {hiddenNote}
      <ul class="scenario-history">
        {history.map((run) => {
          const v = viewOf(def, run);
          if (v.kind !== 'ending') return null;
          const score = v.scores.reduce((n, r) => n + r.score, 0);
          const max = v.scores.reduce((n, r) => n + r.max, 0);
          const date = new Date(run.finishedAt ?? run.startedAt).toLocaleString('zh-CN');
          return (
            <li key={run.startedAt}>
              {fill(s['scenario.historyItem'], {
                date,
                case: v.caseLabel ?? def.title,
                outcome: s[`outcome.${v.outcome}`],
                score,
                max,
              })}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
