/** Small views shared by the scenario player and the debrief. */
import type { LessonLink } from '../schemas/scenario';
import type { Competency } from '../schemas/competency';
import { fill } from '../lib/util/template';
import { linkKey, type LinkMap } from './scenario-types';
import type { Strings } from './strings';
import type { SCENARIO_KEYS } from './keys';

export function LessonLinkView({ link, links }: { link: LessonLink; links: LinkMap }) {
  const target = links[linkKey(link)];
  return target === undefined ? null : <a href={target.href}>{target.label}</a>;
}

export function Feedback({
  feedback,
  links,
  s,
}: {
  feedback: { text: string; rationale: LessonLink };
  links: LinkMap;
  s: Strings<typeof SCENARIO_KEYS>;
}) {
  return (
    <div class="scenario-feedback">
      <p>
        <strong>{s['scenario.feedback']}：</strong>
        {feedback.text}
      </p>
      <p class="why">
        {s['scenario.why']}：<LessonLinkView link={feedback.rationale} links={links} />
      </p>
    </div>
  );
}

export function Scores({
  scores,
  s,
}: {
  scores: { competency: Competency; score: number; max: number }[];
  s: Strings<typeof SCENARIO_KEYS>;
}) {
  return (
    <table class="scenario-scores">
      <caption>{s['scenario.scores']}</caption>
      <thead>
        <tr>
          <th scope="col">{s['scenario.competency']}</th>
          <th scope="col">{s['scenario.scores']}</th>
        </tr>
      </thead>
      <tbody>
        {scores.map((row) => (
          <tr key={row.competency}>
            <th scope="row">{s[`competency.${row.competency}`]}</th>
            <td>{fill(s['scenario.scoreOf'], { score: row.score, max: row.max })}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
