import { useStore } from '@nanostores/preact';
import { $scenarioRuns, scenarioRunsAtServer } from '../../stores/scenario-runs';
import { playedScenarios, withDefs, type DashCourse } from '../../lib/progress/dashboard';
import DataGate from '../DataGate';
import { useScenarios } from '../use-data';
import DashboardView, { type Titled } from './DashboardView';
import type { Strings } from '../strings';
import type { DASH_KEYS } from './keys';

interface Props {
  course: DashCourse;
  lessons: Titled[];
  /** Test page per lesson id, and `exam`. */
  testHrefs: Record<string, string>;
  scenarios: Titled[];
  strings: Strings<typeof DASH_KEYS>;
}

/**
 * The progress dashboard: loads the scenarios the learner has played (their runs are replayed for
 * outcomes and points; none for a new learner), then shows it all (`DashboardView`).
 */
export default function Dashboard({ course, strings: s, ...rest }: Props) {
  const runs = useStore($scenarioRuns, { ssr: scenarioRunsAtServer });
  const played = playedScenarios(
    course.scenarios.map((x) => x.id),
    runs,
  );
  const sources = course.scenarios
    .filter((x) => played.includes(x.id))
    .map(({ id, href }) => ({ id, href }));
  const [defs, retry] = useScenarios(sources);
  return (
    <DataGate
      loaded={defs}
      loading={s['dash.loading']}
      failed={s['dash.loadFailed']}
      retry={s['common.reload']}
      onRetry={retry}
    >
      {(list, hydrating) => (
        <DashboardView
          {...rest}
          course={withDefs(course, list)}
          strings={s}
          hydrating={hydrating}
        />
      )}
    </DataGate>
  );
}
