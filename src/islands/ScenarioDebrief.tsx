import type { ScenarioSource } from '../lib/content/data-files';
import DataGate from './DataGate';
import DebriefView from './DebriefView';
import { useScenario } from './use-data';
import type { LinkMap } from './scenario-types';
import type { Strings } from './strings';
import type { DEBRIEF_KEYS } from './keys';

interface Props {
  /** The scenario's shared file (learner view). */
  scenario: ScenarioSource;
  links: LinkMap;
  strings: Strings<typeof DEBRIEF_KEYS>;
  playHref: string;
}

/** The scenario debrief: loads the scenario, then shows the latest finished run (`DebriefView`). */
export default function ScenarioDebrief({ scenario, strings: s, ...rest }: Props) {
  const [def, retry] = useScenario(scenario);
  return (
    <DataGate
      loaded={def}
      loading={s['scenario.loading']}
      failed={s['scenario.loadFailed']}
      retry={s['common.reload']}
      onRetry={retry}
    >
      {(value, hydrating) => (
        <DebriefView {...rest} def={value} strings={s} hydrating={hydrating} />
      )}
    </DataGate>
  );
}
