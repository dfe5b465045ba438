import { $reading, readingAtServer } from '../../stores/reading';
import { $quizAttempts, quizAttemptsAtServer } from '../../stores/quiz-attempts';
import { $scenarioRuns, scenarioRunsAtServer } from '../../stores/scenario-runs';
import { dashboard, type CourseShape } from '../../lib/progress/dashboard';
import ReadinessView from './ReadinessView';
import CompetencyTable from './CompetencyTable';
import { fill } from '../../lib/util/template';
import type { Strings } from '../strings';
import { useStored } from '../use-stored';
import type { DASH_KEYS } from './keys';

export interface Titled {
  id: string;
  title: string;
  href: string;
}

interface Props {
  course: CourseShape;
  lessons: Titled[];
  /** Test page per lesson id, and `exam`. */
  testHrefs: Record<string, string>;
  scenarios: Titled[];
  strings: Strings<typeof DASH_KEYS>;
  /** Rendering over the server's HTML (see `DataGate`). */
  hydrating: boolean;
}

/** The learner's progress (played scenarios loaded): readiness, lessons, tests, scenarios and competencies. */
export default function DashboardView({
  course,
  lessons,
  testHrefs,
  scenarios,
  strings: s,
  hydrating,
}: Props) {
  const reading = useStored($reading, readingAtServer, hydrating);
  const attempts = useStored($quizAttempts, quizAttemptsAtServer, hydrating);
  const runs = useStored($scenarioRuns, scenarioRunsAtServer, hydrating);
  const model = dashboard(course, reading, attempts, runs);
  const title = (list: Titled[], id: string) => list.find((x) => x.id === id)?.title ?? id;
  const pct = (n: number | undefined) => (n === undefined ? s['dash.tests.none'] : `${n}%`);
  return (
    <div class="dash">
      <ReadinessView
        readiness={model.readiness}
        lessons={lessons}
        scenarios={scenarios}
        testHrefs={testHrefs}
        strings={s}
      />

      <section aria-labelledby="dash-lessons">
        <h2 id="dash-lessons">{s['dash.lessons.title']}</h2>
        <p class="dash-count">
          {fill(s['dash.lessons.count'], { read: model.read.length, total: lessons.length })}
        </p>
        <ul class="dash-lessons">
          {lessons.map((l) => (
            <li key={l.id} data-read={model.read.includes(l.id) ? 'yes' : 'no'}>
              <a href={l.href}>{l.title}</a>{' '}
              <span>
                {model.read.includes(l.id) ? s['dash.lessons.read'] : s['dash.lessons.unread']}
              </span>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="dash-tests">
        <h2 id="dash-tests">{s['dash.tests.title']}</h2>
        <div class="table-scroll">
          <table class="dash-table">
            <thead>
              <tr>
                <th scope="col">{s['dash.tests.test']}</th>
                <th scope="col">{s['dash.tests.best']}</th>
                <th scope="col">{s['dash.tests.latest']}</th>
                <th scope="col">{s['dash.tests.count']}</th>
              </tr>
            </thead>
            <tbody>
              {[...model.tests, ...(course.hasExam ? [model.exam] : [])].map((row) => (
                <tr key={row.id}>
                  <th scope="row">
                    <a href={testHrefs[row.id]}>
                      {row.id === 'exam' ? s['dash.tests.exam'] : title(lessons, row.id)}
                    </a>
                  </th>
                  <td>{pct(row.best)}</td>
                  <td>{pct(row.latest)}</td>
                  <td>{row.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="dash-scenarios">
        <h2 id="dash-scenarios">{s['dash.scenarios.title']}</h2>
        <div class="table-scroll">
          <table class="dash-table">
            <thead>
              <tr>
                <th scope="col">{s['dash.scenarios.scenario']}</th>
                <th scope="col">{s['dash.scenarios.played']}</th>
                <th scope="col">{s['dash.scenarios.best']}</th>
              </tr>
            </thead>
            <tbody>
              {model.scenarios.map((row) => (
                <tr key={row.id}>
                  <th scope="row">
                    <a href={scenarios.find((x) => x.id === row.id)?.href}>
                      {title(scenarios, row.id)}
                    </a>
                  </th>
                  <td>{row.played}</td>
                  <td>
                    {row.best === undefined ? s['dash.scenarios.none'] : s[`outcome.${row.best}`]}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <CompetencyTable rows={model.competencies} strings={s} />
    </div>
  );
}
