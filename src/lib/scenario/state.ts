/**
 * The rules of a scenario's state: conditions, effects, routes and choice outcomes. Shared by the
 * engine (one run) and the validator (every reachable state), so both read content the same way.
 */
import type {
  Choice,
  Condition,
  Effect,
  Next,
  Scenario,
  ScenarioCase,
  Score,
  Value,
} from '../../schemas/scenario';

/** Variable values by id. */
export type Vars = Readonly<Record<string, Value>>;

/** Programmer error: the engine was asked something the content or the run cannot answer. */
export class ScenarioError extends Error {
  override name = 'ScenarioError';
}

/** The state a run starts in for `caseDef` (or the defaults when the scenario has no cases). */
export function initialVars(def: Scenario, caseDef: ScenarioCase | undefined): Vars {
  const vars: Record<string, Value> = {};
  for (const [id, variable] of Object.entries(def.variables)) vars[id] = variable.default;
  if (caseDef !== undefined) Object.assign(vars, caseDef.set);
  return vars;
}

/** Whether `condition` holds for `vars`. Unknown variables read as `undefined` (never equal). */
export function holds(condition: Condition | undefined, vars: Vars): boolean {
  if (condition === undefined) return true;
  if ('all' in condition) return condition.all.every((c) => holds(c, vars));
  if ('any' in condition) return condition.any.some((c) => holds(c, vars));
  if ('none' in condition) return !condition.none.some((c) => holds(c, vars));
  const value = vars[condition.var];
  if (condition.eq !== undefined) return value === condition.eq;
  if (condition.ne !== undefined) return value !== condition.ne;
  if (condition.in !== undefined) return value !== undefined && condition.in.includes(value);
  if (typeof value !== 'number') return false;
  if (condition.gte !== undefined) return value >= condition.gte;
  if (condition.lte !== undefined) return value <= condition.lte;
  if (condition.gt !== undefined) return value > condition.gt;
  if (condition.lt !== undefined) return value < condition.lt;
  return false;
}

/** Applies effects in order, without checking bounds (the validator proves they hold). */
export function applyEffects(vars: Vars, effects: readonly Effect[]): Vars {
  if (effects.length === 0) return vars;
  const next: Record<string, Value> = { ...vars };
  for (const effect of effects) {
    if ('set' in effect) next[effect.var] = effect.set;
    else next[effect.var] = Number(next[effect.var] ?? 0) + effect.add;
  }
  return next;
}

/** The node `next` leads to for `vars`, or `undefined` when no route applies. */
export function resolveNext(next: Next, vars: Vars): string | undefined {
  if (typeof next === 'string') return next;
  return next.find((route) => holds(route.when, vars))?.to;
}

/** What picking `choice` in state `vars` does: its feedback, score and effects, after branches. */
export interface ChoiceOutcome {
  feedback: string;
  score: Score;
  effects: readonly Effect[];
}

export function outcomeOf(choice: Choice, vars: Vars): ChoiceOutcome {
  const branch = choice.branches?.find((b) => holds(b.when, vars));
  return {
    feedback: branch?.feedback ?? choice.feedback,
    score: branch?.score ?? choice.score,
    effects: branch?.effects ?? choice.effects,
  };
}

/** The transition for `choice` from `vars`: new variables and the node it leads to. */
export function step(
  choice: Choice,
  vars: Vars,
): { outcome: ChoiceOutcome; vars: Vars; to: string | undefined } {
  const outcome = outcomeOf(choice, vars);
  const after = applyEffects(vars, outcome.effects);
  return { outcome, vars: after, to: resolveNext(choice.next, after) };
}

/** Display text of a variable's value (enum labels, 是/否 for flags). */
export function displayValue(
  def: Scenario,
  id: string,
  value: Value | undefined,
  yes = '是',
  no = '否',
): string {
  const variable = def.variables[id];
  if (variable === undefined || value === undefined) return '';
  if (variable.type === 'flag') return value === true ? yes : no;
  if (variable.type === 'enum') return variable.values[String(value)] ?? String(value);
  return String(value);
}

/** Placeholder names used in a text (`{{name}}`). */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([a-z0-9-]+)\s*\}\}/g)].map((m) => m[1] ?? '');
}

/** Fills `{{name}}` from the case's facts, then from variable values. */
export function interpolate(
  def: Scenario,
  text: string,
  caseDef: ScenarioCase | undefined,
  vars: Vars,
): string {
  return text.replace(/\{\{\s*([a-z0-9-]+)\s*\}\}/g, (whole, name: string) => {
    const fact = caseDef?.facts[name];
    if (fact !== undefined) return fact;
    if (name in def.variables) return displayValue(def, name, vars[name]);
    return whole;
  });
}

/** Sums scores. */
export function addScores(a: Score, b: Score): Score {
  const sum: Score = { ...a };
  for (const [key, points] of Object.entries(b) as [keyof Score, number][])
    sum[key] = (sum[key] ?? 0) + points;
  return sum;
}
