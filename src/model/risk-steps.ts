import { fieldAt, fieldDefaults } from "./meta";
import { flowConfigInput } from "./flow";
import { valueAt } from "./risk-judges";

/** The wizard steps a flow can require, and the flow section holding each one's settings (`steps.document` ↔ `documents`). */
export const STEP_SECTIONS = { document: "documents", liveness: "liveness" } as const;
export type Step = keyof typeof STEP_SECTIONS;
export const STEPS = Object.keys(STEP_SECTIONS) as Step[];

const defaultsOf = (path: string[]) => fieldDefaults(fieldAt(flowConfigInput, path)!);

/** A flow's requirement of a step (`mandatory`, `optional` or `skip`); unset is the model's default. */
export function stepOf(flow: unknown, step: Step): unknown {
  return valueAt(flow, ["steps", step]) ?? defaultsOf(["steps"])[step];
}

/** The step whose settings the flow field at `path` is one of (`liveness.minScore` → `liveness`), if any. */
export function stepOfField(path: readonly string[]): Step | undefined {
  return STEPS.find((s) => STEP_SECTIONS[s] === path[0] && path.length > 1);
}

/** The settings of a step's section that differ from the model's defaults, as `key value` texts. */
export function settingsGiven(flow: unknown, step: Step): string[] {
  const section = STEP_SECTIONS[step];
  const defaults = defaultsOf([section]);
  const given = valueAt(flow, [section]);
  if (given === null || typeof given !== "object") return [];
  return Object.entries(given as Record<string, unknown>)
    .filter(([k, v]) => k in defaults && v !== null && v !== undefined && JSON.stringify(v) !== JSON.stringify(defaults[k]))
    .map(([k, v]) => `${k} ${JSON.stringify(v)}`);
}

/** True when the value at `path` (or a value containing it) is known only after apply. */
export function unknownAt(unknown: unknown, path: readonly string[]): boolean {
  return path.some((_, i) => valueAt(unknown, path.slice(0, i + 1)) === true);
}
