import type { RiskLevel } from "../model/risk";
import { attributeChanges, type AttributeChange } from "./attribute-diff";
import { groupFindings, type Finding } from "./findings";
import type { ChangeAction, ProjectGroup, ResourceKind } from "./group-by-project";

/** One resource's change in a report. */
export interface ReportChange {
  address: string;
  resource: ResourceKind;
  /** Review: what the plan does. Drift: `changed` or `deleted` outside Terraform. */
  action: ChangeAction | "changed" | "deleted";
  importing?: boolean;
  /** Review: `before` → `after`. Drift: `recorded` (in state) → `live` (the API now). */
  attributes: (AttributeChange | DriftAttribute)[];
}

/** An attribute changed outside Terraform. */
export interface DriftAttribute {
  path: string;
  recorded: unknown;
  live: unknown;
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

/** Builds a report from project groups; for drift, `update`/`destroy` read as `changed`/`deleted` outside Terraform. */
export function buildReport(kind: Report["kind"], groups: ProjectGroup[]): Report {
  const projects = groups.map((g): ProjectReport => ({
    name: g.name,
    id: g.id,
    address: g.address,
    changes: g.entries.map((e) => ({
      address: e.address,
      resource: e.kind,
      action: kind === "drift" ? (e.action === "destroy" ? "deleted" : "changed") : e.action,
      ...(e.importing ? { importing: true } : {}),
      attributes: attributesOf(kind, e),
    })),
    findings: groupFindings(g),
  }));
  projects.sort((a, b) => String(a.name ?? "\uffff").localeCompare(String(b.name ?? "\uffff")) || String(a.id).localeCompare(String(b.id)));
  const changes: Record<string, number> = {};
  const findings: Record<RiskLevel, number> = { high: 0, medium: 0, low: 0 };
  for (const p of projects) {
    for (const c of p.changes) changes[c.action] = (changes[c.action] ?? 0) + 1;
    for (const f of p.findings) findings[f.level]++;
  }
  return { kind, version: 1, projects, summary: { projects: projects.length, changes, findings } };
}

function attributesOf(kind: Report["kind"], e: ProjectGroup["entries"][number]): ReportChange["attributes"] {
  if (e.action === "destroy") return [];
  const diff = attributeChanges(e.action === "create" ? null : e.before, e.after, e.afterUnknown);
  return kind === "drift" ? diff.map((d) => ({ path: d.path, recorded: d.before ?? null, live: d.after ?? null })) : diff;
}

/** True when a finding at `level` or above exists. */
export function hasFindingAtOrAbove(report: Report, level: RiskLevel): boolean {
  const order: RiskLevel[] = ["high", "medium", "low"];
  return order.slice(0, order.indexOf(level) + 1).some((l) => report.summary.findings[l] > 0);
}
