import type { AttributeChange } from "./attribute-diff";
import { deployText } from "./deploy-label";
import type { DriftAttribute, ProjectReport, Report, ReportChange } from "./report";

/** A value as a reviewer reads it: JSON for data, `(known after apply)` / `(unset)` for the gaps. */
export function showValue(v: unknown, unknown = false): string {
  if (unknown) return "(known after apply)";
  if (v === undefined || v === null) return "(unset)";
  return JSON.stringify(v);
}

/** `[label, from, to, deploy]` of an attribute change of either report kind (`deploy` only for drift). */
export function attributeRow(a: AttributeChange | DriftAttribute): [string, string, string, string?] {
  if ("recorded" in a) return [a.path, showValue(a.recorded), showValue(a.live), deployText(a.deploy, showValue)];
  return [a.path, "before" in a || !("after" in a) ? showValue(a.before) : "", showValue(a.after, a.afterUnknown)];
}

/** What deploy does to a resource deleted outside Terraform, for drift reports; undefined otherwise. */
export function deletionText(c: ReportChange): string | undefined {
  if (c.deploy === "creates") return "deploy creates it again";
  if (c.deploy === "keeps-deleted") return "not managed: deploy leaves it deleted";
  return c.deploy === "unknown" ? "deploy: unknown" : undefined;
}

/** The title of a project: its name, or what is known of it. */
export function projectTitle(p: ProjectReport): string {
  return p.name ?? (p.id ? `project ${p.id}` : (p.address ?? "project"));
}

/** "flow update" / "branding import + update" / "project deleted". */
export function changeLabel(c: ReportChange): string {
  const action = c.importing && c.action !== "import" ? `import + ${c.action}` : c.importing && c.attributes.length ? "import + update" : c.action;
  return `${c.resource} ${action}`;
}

/** "2 high, 1 medium" or "no findings". */
export function findingCounts(findings: { level: string }[]): string {
  const n = (l: string) => findings.filter((f) => f.level === l).length;
  const parts = ["high", "medium", "low"].filter((l) => n(l) > 0).map((l) => `${n(l)} ${l}`);
  return parts.length ? parts.join(", ") : "no findings";
}

/** "1 project", "2 resources": a count with its noun, singular or plural. */
const counted = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;

/**
 * What the report counts, each with its noun: resources per action ("2 resources to update, 1 resource to create";
 * drift: "2 resources changed"), then the attributes listed under them ("(4 attributes)").
 */
function changeCounts(r: Report): string {
  const resources = Object.entries(r.summary.changes)
    .map(([action, n]) => `${counted(n, "resource")} ${r.kind === "drift" ? action : `to ${action}`}`)
    .join(", ");
  const attributes = r.projects.reduce((n, p) => n + p.changes.reduce((m, c) => m + c.attributes.length, 0), 0);
  return attributes ? `${resources} (${counted(attributes, "attribute")})` : resources;
}

/** The one-line headline of a report: projects, resources and attributes, then the findings. */
export function headline(r: Report): string {
  const projects = counted(r.summary.projects, "project");
  const findings = allFindings(r).length ? `findings: ${findingCounts(allFindings(r))}` : "no findings";
  if (r.kind === "drift")
    return r.summary.projects === 0 ? "No drift: every SmartEnroll resource matches the state." : `Drift in ${projects} outside Terraform: ${changeCounts(r)}; ${findings}.`;
  return r.summary.projects === 0 ? "No SmartEnroll changes." : `${projects} changed: ${changeCounts(r)}; ${findings}.`;
}

/** Every finding of a report. */
export const allFindings = (r: Report) => r.projects.flatMap((p) => p.findings);
