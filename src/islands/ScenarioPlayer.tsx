import type { ScenarioSource } from '../lib/content/data-files';
import DataGate from './DataGate';
import ScenarioSteps from './ScenarioSteps';
import { useScenario } from './use-data';
import type { LinkMap } from './scenario-types';
import type { Strings } from './strings';
import type { SCENARIO_KEYS } from './keys';

interface Props {
  /** The scenario's shared file (learner view). */
  scenario: ScenarioSource;
  links: LinkMap;
  strings: Strings<typeof SCENARIO_KEYS>;
  debriefHref: string;
}

/** The scenario player: loads the scenario, then plays it (`ScenarioSteps`). */
export default function ScenarioPlayer({ scenario, strings: s, ...rest }: Props) {
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
        <ScenarioSteps {...rest} def={value} strings={s} hydrating={hydrating} />
      )}
    </DataGate>
  );
}
