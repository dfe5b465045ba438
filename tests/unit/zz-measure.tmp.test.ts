import { test } from 'vitest';
import { choicesOf, choose, position, result, startRun, expertChoice, type Run } from '/work/wt/h11-scen-b/src/lib/scenario/engine';
import { loadScenario } from '/work/wt/h11-scen-b/tests/unit/content/load';

const AT = '2026-11-27T08:00:00.000Z';
const files = (process.env.SCN ?? 'contract-review,account-defense,full-deal').split(',');
test('measure', () => {
  for (const f of files) {
    const { scenario: def, errors } = loadScenario(`${f}.yaml`);
    if (!def) { console.log(f, errors); continue; }
    // static: per decision node, best = max summed base score (first by score)
    const f0: any = def.cases[0]?.facts ?? {};
    const sub = (t: string) => t.replace(/\{\{([a-z-]+)\}\}/g, (_: string, k: string) => f0[k] ?? k);
    let dec = 0, longestBest = 0, dupLabels = 0;
    const lines: string[] = [];
    for (const [id, n] of Object.entries(def.nodes)) {
      if (n.type !== 'decision') continue;
      dec++;
      const sc = (c: any) => Object.values(c.score ?? {}).reduce((a: number, b: any) => a + (b ?? 0), 0) as number;
      const bestScore = Math.max(...n.choices.map(sc));
      const bests = n.choices.filter((c) => sc(c) === bestScore);
      const L = (c: any) => sub(c.label).length;
      const lens = n.choices.map(L);
      const maxLen = Math.max(...lens);
      const isLong = bests.some((b) => L(b) === maxLen);
      if (isLong) longestBest++;
      if (new Set(n.choices.map((c) => c.label)).size !== n.choices.length) dupLabels++;
      lines.push(`  ${id}: ${n.choices.map((c) => `${c.id}(${sc(c)}:${L(c)})`).join(' ')}${isLong ? '  <-BEST LONGEST' : ''}`);
    }
    console.log(`\n${f}: decisions ${dec}, best-is-longest ${longestBest}/${dec} (${(100 * longestBest / dec).toFixed(0)}%), dup-label nodes ${dupLabels}`);
    if (process.env.V) console.log(lines.join('\n'));
    const cases = def.cases.length ? def.cases.map((c) => c.id) : [undefined];
    for (const caseId of cases) {
      const out: string[] = [];
      for (const strat of ['longest', 'shortest', 'expert']) {
        let run: Run = startRun(def, { seed: 1, at: AT, ...(caseId ? { caseId } : {}) });
        const seq: string[] = [];
        for (let i = 0; i < 200 && run.finishedAt === undefined; i++) {
          const p = position(def, run);
          if (p.node.type === 'narrative') { run = choose(def, run, null, AT); continue; }
          const cs = choicesOf(def, run);
          let pick;
          if (strat === 'expert') pick = expertChoice(def, run)!;
          else {
            const fx: any = def.cases.find((c) => c.id === caseId)?.facts ?? {};
            const len = (c: any) => c.label.replace(/\{\{([a-z-]+)\}\}/g, (_: string, k: string) => fx[k] ?? k).length;
            const sorted = [...cs].sort((a, b) => strat === 'longest' ? len(b) - len(a) : len(a) - len(b));
            pick = sorted[0]!.id;
          }
          seq.push(pick);
          run = choose(def, run, pick, AT);
        }
        const r = result(def, run)!;
        const full = r.scores.every((s) => s.score === s.max);
        out.push(`${strat}: ${r.ending}/${r.outcome}${full ? ' FULL' : ''} [${r.scores.map((s) => `${s.score}/${s.max}`).join(',')}]${strat === 'expert' ? ' ' + seq.join('>') : ''}`);
      }
      console.log(`  case ${caseId ?? '-'}: ${out.join(' | ')}`);
    }
  }
});
