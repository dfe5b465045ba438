import type { Action, Readiness } from '../../lib/progress/readiness';
import { fill } from '../../lib/util/template';
import { assertNever } from '../../lib/util/guards';
import type { Titled } from './DashboardView';
import ReadinessGauge from '../charts/ReadinessGauge';
import type { Strings } from '../strings';
import type { DASH_KEYS } from './keys';

interface Props {
  readiness: Readiness;
  lessons: Titled[];
  scenarios: Titled[];
  testHrefs: Record<string, string>;
  strings: Strings<typeof DASH_KEYS>;
}

const one = (n: number) => (Math.round(n * 10) / 10).toString();

/** The readiness number, each part's contribution, and the three best next steps as links. */
export default function ReadinessView({
  readiness,
  lessons,
  scenarios,
  testHrefs,
  strings: s,
}: Props) {
  const titleOf = (list: Titled[], id: string) => list.find((x) => x.id === id);
  const link = (a: Action): { href: string; text: string } => {
    switch (a.kind) {
      case 'read': {
        const l = titleOf(lessons, a.lesson);
        return {
          href: l?.href ?? '/path/',
          text: fill(s['dash.next.read'], { title: l?.title ?? a.lesson }),
        };
      }
      case 'test': {
        const title = titleOf(lessons, a.lesson)?.title ?? a.lesson;
        const text =
          a.best === undefined
            ? fill(s['dash.next.test'], { title })
            : fill(s['dash.next.retest'], { title, best: a.best });
        return { href: testHrefs[a.lesson] ?? '/practice/', text };
      }
      case 'exam':
        return {
          href: testHrefs['exam'] ?? '/practice/',
          text:
            a.best === undefined
              ? s['dash.next.exam']
              : fill(s['dash.next.reexam'], { best: a.best }),
        };
      case 'scenario': {
        const sc = titleOf(scenarios, a.scenario);
        const title = sc?.title ?? a.scenario;
        const text =
          a.best === undefined
            ? fill(s['dash.next.scenario'], { title })
            : fill(s['dash.next.replay'], { title, outcome: s[`outcome.${a.best}`] });
        return { href: sc?.href ?? '/scenarios/', text };
      }
      default:
        return assertNever(a);
    }
  };
  return (
    <section aria-labelledby="ready-title" class="ready">
      <h2 id="ready-title">{s['dash.ready.title']}</h2>
      <p class="ready-score">
        <strong data-testid="readiness">{readiness.score}</strong> <span>/ 100</span>
      </p>
      <ReadinessGauge
        score={readiness.score}
        parts={readiness.parts}
        names={Object.fromEntries(readiness.parts.map((p) => [p.id, s[`dash.part.${p.id}`]]))}
        strings={s}
      />
      <div class="table-scroll">
        <table class="dash-table">
          <thead>
            <tr>
              <th scope="col">{s['dash.ready.part']}</th>
              <th scope="col">{s['dash.ready.weight']}</th>
              <th scope="col">{s['dash.ready.done']}</th>
              <th scope="col">{s['dash.ready.points']}</th>
            </tr>
          </thead>
          <tbody>
            {readiness.parts.map((p) => (
              <tr key={p.id} data-part={p.id}>
                <th scope="row">{s[`dash.part.${p.id}`]}</th>
                <td>{one(p.weight)}</td>
                <td>{Math.round(p.ratio * 100)}%</td>
                <td>{one(p.points)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{s['dash.ready.next']}</h3>
      {readiness.next.length === 0 ? (
        <p>{s['dash.ready.allDone']}</p>
      ) : (
        <ol class="ready-next">
          {readiness.next.map((a) => {
            const { href, text } = link(a);
            return (
              <li key={`${a.kind}-${href}`}>
                <a href={href}>{text}</a>{' '}
                <span class="gain">{fill(s['dash.next.gain'], { gain: one(a.gain) })}</span>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
