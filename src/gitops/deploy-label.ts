import { camelKeys } from "./attribute-diff";
import type { ResourceChangeJson } from "./plan-json";

/**
 * What `deploy` does to an attribute changed outside Terraform: `restores` it to the configuration's `value`, or
 * `keeps` the live value (the configuration does not manage it), or `unknown` (known only after apply, or no plan).
 */
export type DeployLabel = { action: "restores"; value: unknown } | { action: "keeps"; value: unknown } | { action: "unknown"; reason: string };

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Reads a report path (`documents.documentTypes[0].country`) of a camelCase value. */
export function valueAtPath(v: unknown, path: string): unknown {
  let cur = v;
  for (const step of path.split(/\.|(?=\[)/)) {
    const index = /^\[(\d+)\]$/.exec(step);
    cur = index ? (Array.isArray(cur) ? cur[Number(index[1])] : undefined) : isObj(cur) ? cur[step] : undefined;
  }
  return cur;
}

/**
 * The label of one drifted attribute (`path` in the report's camelCase, `live` its value now), from the normal plan's
 * change of the same resource: its planned value is what deploy leaves there. Undefined `planned`: no plan was made.
 */
export function deployLabel(path: string, live: unknown, planned: ResourceChangeJson | undefined, noPlan: string): DeployLabel {
  if (!planned) return { action: "unknown", reason: noPlan };
  const { after, after_unknown: unknown } = planned.change;
  if (after === null) return { action: "unknown", reason: "deploy destroys the resource" };
  if (valueAtPath(camelKeys(unknown), path) === true) return { action: "unknown", reason: "known only after apply" };
  const value = valueAtPath(camelKeys(after), path) ?? null;
  return same(value, live) ? { action: "keeps", value } : { action: "restores", value };
}

/** "deploy restores 3", "not managed: deploy keeps 5", "deploy: known only after apply". */
export function deployText(label: DeployLabel, show: (v: unknown) => string): string {
  if (label.action === "restores") return `deploy restores ${show(label.value)}`;
  if (label.action === "keeps") return `not managed: deploy keeps ${show(label.value)}`;
  return `deploy: ${label.reason}`;
}
