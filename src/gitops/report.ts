import type { RiskLevel } from "../model/risk";
import { attributeChanges, type AttributeChange } from "./attribute-diff";
import { deployLabel, type DeployLabel } from "./deploy-label";
import { groupFindings, type Finding } from "./findings";
import type { ChangeAction, ProjectGroup, ResourceKind } from "./group-by-project";
import type { ResourceChangeJson } from "./plan-json";

/** One resource's change in a report. */
export interface ReportChange {
  address: string;
  resource: ResourceKind;
  /** Review: what the plan does. Drift: `changed` or `deleted` outside Terraform. */
  action: ChangeAction | "changed" | "deleted";
  importing?: boolean;
  /** Review: `before` → `after`. Drift: `recorded` (in state) → `live` (the API now), and what deploy does. */
  attributes: (AttributeChange | DriftAttribute)[];
  /** Drift, for a resource deleted outside Terraform: whether deploy creates it again. */
  deploy?: "creates" | "keeps-deleted" | "unknown";
}

/** An attribute changed outside Terraform, and what the next deploy does to it. */
export interface DriftAttribute {
  path: string;
  recorded: unknown;
  live: unknown;
  deploy: DeployLabel;
}

/** For drift: the normal plan's change of each resource (what deploy would do), or why there is none. */
export interface DeployPlan {
  changes?: ReadonlyMap<string, ResourceChangeJson>;
  /** Why the changes are not known (the plan failed), shown as the label. */
  missing?: string;
}

/** A KYC project's part of a report. */
export interface ProjectReport {
  name: string | null;
  id: string | null;
  address: string | null;
  changes: ReportChange[];
  findings: Finding[];
}

/** The output of `smartenroll review` and `smartenroll drift` (`--format json`, schema version 1). */
export interface Report {
  kind: "review" | "drift";
  version: 1;
  projects: ProjectReport[];
  summary: { projects: number; changes: Record<string, number>; findings: Record<RiskLevel, number> };
}

/**
 * Builds a report from project groups; for drift, `update`/`destroy` read as `changed`/`deleted` outside Terraform,
 * each attribute labelled with what `deploy` does (from `deploy`, the normal plan), and a change of nothing but the
 * provider's bookkeeping (`accountId`, `endpoint` filled in for the first time) is not drift.
 */
export function buildReport(kind: Report["kind"], groups: ProjectGroup[], deploy: DeployPlan = {}): Report {
  const projects = groups
    .map((g): ProjectReport => ({
      name: g.name,
      id: g.id,
      address: g.address,
      changes: g.entries.map((e) => changeOf(kind, e, deploy)).filter((c) => kind === "review" || c.action === "deleted" || c.attributes.length > 0),
      findings: groupFindings(g),
    }))
    .filter((p) => p.changes.length > 0);
  projects.sort((a, b) => String(a.name ?? "\uffff").localeCompare(String(b.name ?? "\uffff")) || String(a.id).localeCompare(String(b.id)));
  const changes: Record<string, number> = {};
  const findings: Record<RiskLevel, number> = { high: 0, medium: 0, low: 0 };
  for (const p of projects) {
    for (const c of p.changes) changes[c.action] = (changes[c.action] ?? 0) + 1;
    for (const f of p.findings) findings[f.level]++;
  }
  return { kind, version: 1, projects, summary: { projects: projects.length, changes, findings } };
}

function changeOf(kind: Report["kind"], e: ProjectGroup["entries"][number], deploy: DeployPlan): ReportChange {
  const base = { address: e.address, resource: e.kind, ...(e.importing ? { importing: true } : {}) };
  if (kind === "review") return { ...base, action: e.action, attributes: e.action === "destroy" ? [] : attributeChanges(e.action === "create" ? null : e.before, e.after, e.afterUnknown) };
  const planned = deploy.changes?.get(e.address);
  const noPlan = deploy.missing ?? "no plan";
  if (e.action === "destroy") return { ...base, action: "deleted", attributes: [], deploy: !deploy.changes ? "unknown" : planned?.change.actions.includes("create") ? "creates" : "keeps-deleted" };
  const attributes = attributeChanges(e.before, e.after).map((d) => ({ path: d.path, recorded: d.before ?? null, live: d.after ?? null, deploy: deployLabel(d.path, d.after ?? null, planned, noPlan) }));
  return { ...base, action: "changed", attributes };
}

/** True when a finding at `level` or above exists. */
export function hasFindingAtOrAbove(report: Report, level: RiskLevel): boolean {
  const order: RiskLevel[] = ["high", "medium", "low"];
  return order.slice(0, order.indexOf(level) + 1).some((l) => report.summary.findings[l] > 0);
}
