/**
 * Playbook components that lesson MDX may use without imports, e.g. `<CompetitorTable />`.
 * Each renders data from content/playbook/, the same data the quick-refresh cards show.
 */
import PlaybookBlock from './PlaybookBlock.astro';
import CompetitorTable from './CompetitorTable.astro';
import VolumeTiers from './VolumeTiers.astro';
import ThreeMeetings from './ThreeMeetings.astro';
import ProposalPoints from './ProposalPoints.astro';
import ContractPoints from './ContractPoints.astro';
import CareRoutine from './CareRoutine.astro';
import MeetingTimeline from './MeetingTimeline.astro';
import DecisionChain from './DecisionChain.astro';

export const playbookComponents = {
  PlaybookBlock,
  CompetitorTable,
  VolumeTiers,
  ThreeMeetings,
  ProposalPoints,
  ContractPoints,
  CareRoutine,
  MeetingTimeline,
  DecisionChain,
};
