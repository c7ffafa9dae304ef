import { judgeChange, judgeRemoval, judgeVerification, type RiskFinding, type SectionChange } from "../model/risk";
import { camelKeys } from "./attribute-diff";
import type { ProjectGroup, ResourceEntry } from "./group-by-project";

/** A finding with the resource it is about. */
export interface Finding extends RiskFinding {
  address: string;
}

const rank = { high: 0, medium: 1, low: 2 } as const;
const obj = (v: unknown) => (v === null || v === undefined ? null : (camelKeys(v) as Record<string, unknown>));

/** The model-shaped change of one resource entry (a destroy has no `after`). */
export function sectionChange(e: ResourceEntry): SectionChange {
  const gone = e.action === "destroy";
  return { section: e.kind, before: e.action === "create" ? null : obj(e.before), after: gone ? null : obj(e.after), unknown: obj(e.afterUnknown), replaced: e.action === "replace" };
}

/** Risk findings of a project group: each resource's field rules and what its flow verifies, then removal of a live project; high first. */
export function groupFindings(g: ProjectGroup): Finding[] {
  const out: Finding[] = [];
  for (const e of g.entries) {
    const change = sectionChange(e);
    const fields = judgeChange(change);
    for (const f of [...fields, ...judgeVerification(change, fields)]) out.push({ ...f, address: e.address });
  }
  const project = g.entries.find((e) => e.kind === "project");
  const flow = g.entries.find((e) => e.kind === "flow");
  for (const f of judgeRemoval(project && sectionChange(project), flow && sectionChange(flow))) out.push({ ...f, address: (project ?? flow)!.address });
  return out.sort((a, b) => rank[a.level] - rank[b.level]);
}
