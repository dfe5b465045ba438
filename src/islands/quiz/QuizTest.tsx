import type { BankSource } from '../../lib/content/data-files';
import DataGate from '../DataGate';
import { usePools } from '../use-data';
import TestRun from './TestRun';
import type { Strings } from '../strings';
import type { TEST_KEYS } from './keys';

interface Props {
  /** A lesson id, `exam`, or `card-<id>` for a card's self-test. */
  testId: string;
  /** The banks the test draws from (their shared files); one for a lesson test, all for the exam. */
  banks: BankSource[];
  count: number;
  passMark: number;
  strings: Strings<typeof TEST_KEYS>;
}

/** A scored test: loads its banks, then runs (`TestRun`); says so when they cannot be loaded. */
export default function QuizTest({ banks, strings: s, ...test }: Props) {
  const [pools, retry] = usePools(banks);
  return (
    <DataGate
      loaded={pools}
      loading={s['quiz.loading']}
      failed={s['quiz.loadFailed']}
      retry={s['common.reload']}
      onRetry={retry}
    >
      {(value, hydrating) => <TestRun {...test} pools={value} strings={s} hydrating={hydrating} />}
    </DataGate>
  );
}
